import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Modules that only extension entry points may import (browser-extension APIs, WXT runtime). */
const EXTENSION_APIS = [
  { name: 'wxt/browser', message: 'src/ is browser-free: wire extension APIs in entrypoints/.' },
  { name: 'webextension-polyfill', message: 'src/ is browser-free: wire extension APIs in entrypoints/.' },
  { name: 'wxt', message: 'src/ must not depend on the WXT runtime.' },
];
const EXTENSION_API_PATTERNS = [
  { group: ['wxt/*', '@wxt-dev/*'], message: 'src/ must not depend on the WXT runtime or extension APIs.' },
];
const UI_PATTERNS = [
  {
    group: ['preact', 'preact/*', '**/ui/**', '../ui/*', './ui/*'],
    message: 'src/ core is UI-free: UI lives in src/ui/.',
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', '.output/**', '.wxt/**', 'test-results/**', 'bench/out/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML: build DOM with createElement/textContent.' },
        { property: 'outerHTML', message: 'No outerHTML: build DOM with createElement/textContent.' },
        { property: 'insertAdjacentHTML', message: 'No HTML strings: build DOM with createElement.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No innerHTML: build DOM with createElement/textContent.',
        },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in UI.' },
      ],
    },
  },
  {
    // Core: pure logic; no extension APIs, no UI framework.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: EXTENSION_APIS, patterns: [...EXTENSION_API_PATTERNS, ...UI_PATTERNS] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'src/ is browser-free: wire extension APIs in entrypoints/.' },
        { name: 'browser', message: 'src/ is browser-free: wire extension APIs in entrypoints/.' },
      ],
    },
  },
  {
    // UI components: may use Preact and the DOM, never extension APIs.
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: EXTENSION_APIS, patterns: EXTENSION_API_PATTERNS }],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'UI gets data through props; entrypoints talk to extension APIs.' },
        { name: 'browser', message: 'UI gets data through props; entrypoints talk to extension APIs.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
