// @ts-check
/**
 * Lint: typescript-eslint's type-checked rules for TypeScript files and for the frontmatter and template
 * expressions of `.astro` components and pages, plus eslint-plugin-astro's rules. `npm run lint` runs it with
 * --max-warnings 0. Prettier owns formatting.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.bench/',
      '.cache/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Chinese text uses the ideographic space (U+3000) in comments, strings and patterns on purpose.
      'no-irregular-whitespace': [
        'error',
        { skipComments: true, skipStrings: true, skipRegExps: true, skipTemplates: true },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    // Components and pages, type-checked: astro-eslint-parser turns each into TSX for typescript-eslint,
    // writing a temporary .tsx beside the component while it parses. It takes `project`, not the
    // projectService the TypeScript files use (it says it would read that as `project: true`).
    // jsx.d.ts gives that TSX its element type.
    files: ['**/*.astro'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: false,
        project: './tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    // A component's <script>s are virtual files that no TypeScript program holds, so they get the rules
    // without type information (astro check still types them); code that needs more belongs in src/browser/.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { project: false, projectService: false, program: null },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
