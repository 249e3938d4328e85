import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        // Extra words readers may search for (synonyms, the other language's term).
        keywords: z.array(z.string().min(1)).optional(),
      }),
    }),
  }),
  // Starlight's English strings lack the Expressive Code keys, so with Korean as the default locale
  // English pages fell back to "복사 완료!"; en.json supplies them.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
