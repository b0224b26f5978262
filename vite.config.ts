import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser app: src/main.tsx is the entry; game/ and ui/ are bundled from source.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
