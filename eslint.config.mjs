// Flat config. The one rule that matters most: src/core stays pure (no vscode, no Node I/O),
// so the same analysis runs in the CLI, in tests, in desktop VS Code and in the browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-test-web/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**', 'test/**', 'src/cli/**', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: adapt editor services in src/vscode.' },
          { name: 'fs', message: 'src/core is pure: no file system access.' },
          { name: 'node:fs', message: 'src/core is pure: no file system access.' },
          { name: 'fs/promises', message: 'src/core is pure: no file system access.' },
          { name: 'node:fs/promises', message: 'src/core is pure: no file system access.' },
          { name: 'path', message: 'src/core runs in the browser: no Node built-ins.' },
          { name: 'node:path', message: 'src/core runs in the browser: no Node built-ins.' },
        ],
        patterns: [{ group: ['node:*'], message: 'src/core runs in the browser: no Node built-ins.' }],
      }],
    },
  },
);
