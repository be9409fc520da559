import tseslint from 'typescript-eslint';

// Import cycles are checked by test/architecture/no-import-cycles.spec.ts (eslint-plugin-import's
// import/no-cycle did the same job and made `npm run lint` take minutes).
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'artifacts/**', '*.js', '*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='forwardRef']", message: 'A cycle wants a seam, not forwardRef.' }],
    },
  },
);
