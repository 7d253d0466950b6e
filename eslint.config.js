import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '__tests__/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure stages: no I/O library, and nothing from the layers that use them (settings, config,
    // the GitHub and model adapters, the entries), so dependencies point one way.
    files: [
      'src/types.ts',
      'src/{diff,filter,chunk,context,prompt,findings,place,memory,review,tools,verify,converse,images}/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@octokit/*', 'openai', 'openai/*', 'undici'],
              message: 'Pure stages do no I/O.',
            },
            {
              group: [
                '**/settings.ts',
                '**/settings/*',
                '**/config/*',
                '**/github/*',
                '**/model/*',
                '**/cli/*',
                '**/action/*',
              ],
              message: 'Pure stages must not import the layers above them (see the README layout table).',
            },
            {
              group: ['**/pipeline.ts', '**/plan.ts', '**/review-run.ts', '**/main.ts'],
              message: 'Only the entries wire stages together.',
            },
          ],
        },
      ],
    },
  },
);
