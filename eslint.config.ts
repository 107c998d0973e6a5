import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'cdk.out/',
      '.data/',
      '.bench/',
      'src/kernel/graphql/generated/',
      'src/registers/generated/',
      'examples/partner-client/generated/',
      // Trees that break the dependency rules on purpose (tests/unit/architecture/dependency-rules.test.ts).
      'tests/unit/architecture/fixtures/',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name=/^(only|skip)$/]',
          message: 'Committed tests must not use .only or .skip.',
        },
        {
          // The named `z` (or default) is zod's whole namespace as one object, which keeps every locale
          // (~260 KB) in the Lambda bundle; the namespace import lets the bundler drop what is not used.
          selector:
            "ImportDeclaration[source.value='zod'] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
          message: "Write `import * as z from 'zod'`: the named `z` bundles all of zod's locales.",
        },
      ],
    },
  },
  {
    // Size limits: a file a newcomer can read in one sitting, a function that fits on a screen. Data tables
    // (*-data.ts) and generated code are exempt: their length is their content, not their design.
    files: ['src/**/*.ts'],
    ignores: ['src/kernel/graphql/generated/**', 'src/registers/generated/**', 'src/**/*-data.ts'],
    rules: {
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@aws-sdk/client-dynamodb',
              importNames: ['ScanCommand'],
              message: 'No Scan on a request path: query a key or index.',
            },
            {
              name: '@aws-sdk/lib-dynamodb',
              importNames: ['ScanCommand', 'paginateScan'],
              message: 'No Scan on a request path: query a key or index.',
            },
          ],
        },
      ],
    },
  },
);
