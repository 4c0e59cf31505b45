import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const nodeOnlyPackages = ['electron', 'better-sqlite3', 'ws'];

/** Keeps Node and Electron out of code that must run in the sandboxed renderer or anywhere (src/shared). */
const processBoundary = (message, extraPatterns = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [...nodeBuiltins, ...nodeOnlyPackages].map((name) => ({ name, message })),
      patterns: [{ group: ['electron/*', ...extraPatterns], message }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'docs/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // One way to do each job (issue 12): these shapes each had a shared helper written for them.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ConditionalExpression[test.operator='instanceof'][test.right.name='Error'][consequent.property.name='message']",
          message: 'Use errorMessage(error) from src/shared/error-message.ts.',
        },
        {
          selector: "LogicalExpression[operator='??'] > CallExpression.right[callee.type='ArrowFunctionExpression']",
          message: 'Use a require… helper from src/main/service/required-rows.ts for a row that must exist.',
        },
      ],
    },
  },
  {
    // A promise nobody awaits or handles loses its error; these need the types, so they run where tsconfig reaches.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...processBoundary('The renderer runs sandboxed in a browser: talk to the main process through the API client only.', ['**/main/**', '**/preload/**']),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: processBoundary('src/shared must run in Node and in the browser: no Node, Electron or process-specific imports.', [
      '**/main/**',
      '**/preload/**',
      '**/renderer/**',
    ]),
  },
);
