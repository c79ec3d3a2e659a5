// Flat ESLint config. The boundary rules are the architecture: dependencies point inward
// (ui → state → runner → sim), and the simulator stays headless and deterministic.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/.build',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'lessons/**/*.ts',
      'lessons/**/*.cs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/sim/**/*.ts'],
    // Tests and test support may drive the simulator through the runner, with real time.
    ignores: ['src/sim/**/*.test.ts', 'src/sim/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'src/sim is headless: no React.' },
            { group: ['monaco-editor', '@monaco-editor/*'], message: 'src/sim is headless: no Monaco.' },
            { group: ['zustand', 'zustand/*'], message: 'src/sim knows no UI state.' },
            {
              group: ['**/ui/**', '**/state/**', '**/runner/**', '**/lessons/**'],
              message: 'Dependencies point inward: sim imports nothing outside src/sim.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/sim runs in a Worker too: no Node APIs (take them as parameters).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Virtual clock only: take time from the Scheduler.' },
        { name: 'setInterval', message: 'Virtual clock only: take time from the Scheduler.' },
        { name: 'window', message: 'src/sim knows no DOM.' },
        { name: 'document', message: 'src/sim knows no DOM.' },
        { name: 'performance', message: 'No ambient time in the simulator.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded PRNG passed in (replay must be exact).',
        },
        { object: 'Date', property: 'now', message: 'No ambient time in the simulator.' },
      ],
    },
  },
  {
    // The C# front end is headless like the simulator: no DOM, no UI, no runner; Node only in node/.
    files: ['src/csharp/**/*.ts'],
    ignores: ['src/csharp/**/*.test.ts', 'src/csharp/testSupport/**', 'src/csharp/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
                'monaco-editor',
                '@monaco-editor/*',
              ],
              message: 'src/csharp is headless.',
            },
            {
              group: ['**/ui/**', '**/state/**', '**/runner/**', '**/lessons/**'],
              message: 'src/csharp may import src/sim only (it lowers onto the runner; it does not call it).',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/csharp runs in the browser too: Node APIs only in src/csharp/node.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/csharp knows no DOM.' },
        { name: 'document', message: 'src/csharp knows no DOM.' },
        { name: 'performance', message: 'No ambient time.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'No randomness.' },
        { object: 'Date', property: 'now', message: 'No ambient time.' },
      ],
    },
  },
  {
    files: ['src/runner/**/*.ts'],
    ignores: ['src/runner/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'zustand', 'monaco-editor'], message: 'src/runner has no UI.' },
            { group: ['**/ui/**', '**/state/**'], message: 'Dependencies point inward: runner → sim only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    ignores: ['src/state/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/ui/**'], message: 'Dependencies point inward: state never imports ui.' },
            {
              group: ['**/sim/**'],
              message: 'state reads Runs through src/runner types, never the simulator.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sim/**'],
              message:
                'The UI reaches the simulator only through src/runner (a Run / Trace), never directly.',
            },
          ],
        },
      ],
    },
  },
);
