// Lint: typescript-eslint's recommended type-aware-free rules, plus the house rules: game/ stays pure (no UI,
// I/O, Math.random or clock) and ui/ imports nothing from src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['game/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'boardgame.io/react'],
              message: 'game/ holds no UI.',
            },
            { group: ['**/ui/**', '**/src/**', '../ui', '../src'], message: 'game/ depends on nothing of ours.' },
            { group: ['node:*', 'fs', 'path', 'http'], message: 'game/ does no I/O.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded rng in game state.' },
        { object: 'Date', property: 'now', message: 'game/ reads no clock: take one as a parameter.' },
        { object: 'performance', property: 'now', message: 'game/ reads no clock: take one as a parameter.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'performance'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0], CallExpression[callee.name='Date']",
          message: 'game/ reads no clock: take one as a parameter.',
        },
      ],
    },
  },
  {
    files: ['ui/**/*.ts', 'ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '../src', '../../src'],
              message: 'ui/ imports nothing from src/: shared vocabulary lives in game/ (e.g. game/seats.ts).',
            },
          ],
        },
      ],
    },
  },
);
