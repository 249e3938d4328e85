import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { reviewedProblem } from './lib/content/content-rules.ts';
import { unknownFrontmatterKeys } from './lib/content/frontmatter-keys.ts';
import { interfaceStrings } from './i18n/interface-strings.ts';

const chapterSchema = docsSchema({
  extend: z.object({
    // Extra words readers may search for (synonyms, the other language's term).
    keywords: z.array(z.string().min(1)).optional(),
    // The commit of the other language this translation follows (see `npm run translations`).
    translatedFrom: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/i, 'translatedFrom is a git commit hash (7 to 40 hex digits)')
      .optional(),
    // The day the chapter's facts were last checked (YYYY-MM-DD); shown on the page. YAML reads an
    // unquoted date as a Date, so it is turned back into its calendar day before the check. Optional
    // here because pages in src/pages (404, search) share this schema through <StarlightPage>; every
    // file in content/ must have it, which the content rules check with the file and line (npm test).
    reviewed: z.preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z
        .string()
        .superRefine((value, context) => {
          const problem = reviewedProblem(value, new Date());
          if (problem) context.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
    ),
  }),
});

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    // A typo in a key fails the build with the file and a suggestion, instead of being dropped.
    schema: (context) => {
      const schema = chapterSchema(context);
      const keys = Object.keys(schema.shape);
      return z.preprocess((data, check) => {
        for (const message of unknownFrontmatterKeys(data, keys)) check.addIssue({ code: 'custom', message });
        return data;
      }, schema);
    },
  }),
  // src/content/i18n/{ko,en}.json: the interface strings of our own components (interfaceStrings, all
  // required), plus Starlight overrides. Starlight's English strings lack the Expressive Code keys, so
  // with Korean as the default locale English pages fell back to "복사 완료!"; en.json supplies them.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: interfaceStrings }) }),
};
