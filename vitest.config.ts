import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['game/**/*.test.ts', 'tests/**/*.test.ts', 'ui/**/*.test.ts', 'ui/**/*.test.tsx', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
