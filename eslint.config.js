import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layersRule from './scripts/eslint/layers-rule.js';
import storeSqlRule from './scripts/eslint/store-sql-rule.js';

/** The project root: layers are named by the top-level folders under it. */
const root = import.meta.dirname;

export default defineConfig(
  globalIgnores(['node_modules/', 'out/', 'release/', 'test-results/', 'playwright-report/']),

  // typescript-eslint's recommended set, not the type-checked one: lint stays fast.
  tseslint.configs.recommended,

  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },

  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  {
    files: ['renderer/**', 'shared/**'],
    rules: {
      'no-console': 'error',
    },
  },

  // Who may import whom (architecture.md, "Layers").
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: {
      local: { rules: { layering: layersRule, 'store-sql': storeSqlRule } },
    },
    rules: {
      'local/layering': ['error', { root }],
      // SQL only in main/store (issue 15): the rest of main calls its named functions.
      'local/store-sql': ['error', { root }],
    },
  },
);
