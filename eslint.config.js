import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layersRule from './scripts/eslint/layers-rule.js';

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
      local: { rules: { layering: layersRule } },
    },
    rules: {
      'local/layering': ['error', { root }],
    },
  },
);
