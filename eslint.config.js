// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** runtime/ is the pure engine: it runs in Node and in the browser and takes `now` as an argument. */
const runtimeForbidden = {
  paths: [
    { name: 'express', message: 'runtime/ is pure: no HTTP.' },
    { name: 'lowdb', message: 'runtime/ is pure: no storage.' },
    { name: 'pg', message: 'runtime/ is pure: no storage.' },
    { name: 'react-dom', message: 'runtime/ must not touch the DOM directly.' },
    { name: 'react-dom/client', message: 'runtime/ must not touch the DOM directly.' },
  ],
  patterns: [
    {
      group: ['node:*', 'fs', 'fs/*', 'path', 'http', 'https', 'net', 'child_process'],
      message: 'runtime/ is pure: no I/O.',
    },
    {
      group: ['**/server/**', '**/editor/**', 'lowdb/*'],
      message: 'runtime/ never imports server/ or editor/.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Ports are async; an adapter that answers from memory is async without awaiting, and that is fine.
      '@typescript-eslint/require-await': 'off',
      'no-console': ['error', { allow: ['error', 'info'] }],
    },
  },
  {
    files: ['runtime/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', runtimeForbidden],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Time is data: no timers in runtime/.' },
        { name: 'setInterval', message: 'Time is data: no timers in runtime/.' },
        { name: 'fetch', message: 'runtime/ is pure: no I/O.' },
        { name: 'localStorage', message: 'runtime/ is pure: no I/O.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Definitions are data: never eval.' },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'runtime/ takes `now` as an argument: no reading of the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'runtime/ takes `now` as an argument: no reading of the clock.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'Definitions are data: never new Function.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'server/**/*.ts', '**/*.config.{ts,js}'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests read JSON replies of the real API; typing every reply would add noise, not safety.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
