// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'src/content/docs/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Dependency arrows (issue 13): models import no view, string table, astro:* or node:*; src/ does
  // not reach into scripts/ or test/; scripts/ does not reach into test/. A calculator's model and
  // defaults (src/calculators/<name>/model.ts, defaults.ts) are models too: they may import only
  // other models and defaults, the ports in src/lib/ and src/i18n/locales.ts.
  {
    files: ['src/lib/**/*.ts', 'src/calculators/*/model.ts', 'src/calculators/*/defaults.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro:*', 'node:*'],
              message: 'A model is pure: no astro:* or node:* (pass what it needs in as arguments).',
            },
            {
              group: [
                '**/components/**',
                '**/i18n/**',
                '!**/i18n/locales.ts',
                '**/integrations/**',
                '**/build/**',
                '**/kit/**',
                '**/view.ts',
                '**/strings.ts',
                '**/*.astro',
              ],
              message:
                'A model imports no view, string table, calculator kit or build code: only other models and defaults, src/lib/ and src/i18n/locales.ts.',
            },
            { group: ['**/scripts/**', '**/test/**'], message: 'src/ does not import scripts/ or test/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,astro,mjs}'],
    ignores: ['src/lib/**', 'src/calculators/*/model.ts', 'src/calculators/*/defaults.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/scripts/**', '**/test/**'], message: 'src/ does not import scripts/ or test/.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/test/**'],
              message: 'scripts/ does not import test/; shared data lives in scripts/ or src/.',
            },
          ],
        },
      ],
    },
  },
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        document: 'readonly',
        window: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
