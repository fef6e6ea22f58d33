import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.stryker-tmp/**',
      '.stryker-tmp-static/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules on every TypeScript file: a promise nobody awaits, or an async handler
    // where React expects a plain one, is how a click silently fails.
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  { files: ['renderer/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  { files: ['scripts/**', '.ci/**', '*.config.*', 'tests/**', 'electron/**'], languageOptions: { globals: globals.node } },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  // The Electron stand-in must be CommonJS: bundled dependencies require('electron') as well as import it.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain core stays pure: it runs in main, in the renderer and in plain Node tests.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'shared/ must not use Node APIs: do I/O in electron/.' },
            { regex: '^(electron|electron-store|conf)$', message: 'shared/ must not import Electron or the store.' },
            { regex: '^react(-dom)?(/.*)?$', message: 'shared/ must not import React.' },
            {
              regex: '^(fs|path|os|child_process|crypto|http|https|net|url|worker_threads)(/.*)?$',
              message: 'shared/ must not use Node APIs: do I/O in electron/.',
            },
            { regex: '^\\.\\./\\.\\./?(electron|renderer)/', message: 'shared/ must not depend on electron/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    // Dependencies point inward: renderer -> shared <- electron.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)electron(/|$)', message: 'The renderer reaches main only through window.followThrough.' }] },
      ],
    },
  },
);
