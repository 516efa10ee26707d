// The linter in `npm test` (STYLE.md 14): only rules that catch real defects — unused
// code, promises nobody waits for, unsafe or dead regular expressions, unreachable code,
// switch fall-through and constant conditions. No style rules: formatting is not linted.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', '.nodes/**', 'test-output/**', 'bench/out/**', 'src/model/generated/**'],
  },
  {
    files: ['**/*.{ts,js,mjs,cjs}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        // tsconfig.json covers src/, test/, scripts/ and bench/; the JavaScript entry
        // points outside it get a default project so the promise rules see their types.
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.mjs', 'bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@typescript-eslint': tseslint.plugin, regexp },
    rules: {
      // Control flow that cannot be what was meant.
      'no-unreachable': 'error',
      'no-fallthrough': 'error',
      'no-constant-condition': ['error', { checkLoops: 'allExceptWhileTrue' }],
      // Regular expressions: control characters (usually a mangled escape), exponential
      // backtracking, and parts that match nothing or do nothing.
      'no-control-regex': 'error',
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-useless-assertions': 'error',
      'regexp/no-useless-backreference': 'error',
      'regexp/no-useless-dollar-replacements': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-useless-lazy': 'error',
      'regexp/no-useless-range': 'error',
      'regexp/no-dupe-characters-character-class': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-empty-group': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-invalid-regexp': 'error',
      // Unused code: variables, imports, functions, parameters after the last used one
      // (a leading `_` marks one kept on purpose), caught errors, expressions whose value
      // is dropped (`a === b;`), private members, labels.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
      'no-unused-private-class-members': 'error',
      'no-unused-labels': 'error',
      // Promises: every promise is awaited, returned, or explicitly `void`ed; no promise
      // where a boolean or a void callback is expected; no `await` on a non-promise.
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test runs what test() and describe() return itself.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // bin/dpia.js is CommonJS run by Node.js directly.
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
