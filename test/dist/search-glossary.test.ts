// The glossary drives search (issue 12 §1): over the built index (dist/search-index/, no browser),
// every form of every glossary term — headwords, glosses, variants, the forms the house style
// avoids — finds a chapter that explains the term among the first three results, in both languages,
// and the index's files stay within their share of the first-query budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseIndex, searchIndex } from '../../src/components/search/engine.ts';
import type { SearchIndexFile } from '../../src/components/search/index-builder.ts';
import { explainingSections, GLOSSARY_TERMS, termForms } from '../../src/lib/glossary.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { DIST, gzipSize } from '../support/dist.ts';

const INDEX = join(DIST, 'search-index');
/** The main index's share of the 100 KB first query (the rest: search code, excerpts). */
const MAIN_INDEX_GZIP = 75 * 1024;
const RARE_SHARD_GZIP = 8 * 1024;

describe.each(LANGS)('%s search index', (lang) => {
  const raw = readFileSync(join(INDEX, `${lang}.json`), 'utf8');
  const file = JSON.parse(raw) as SearchIndexFile;
  const rareFile = (shard: number): string => readFileSync(join(INDEX, file.texts, `rare-${shard}.json`), 'utf8');

  test('every glossary form finds a chapter that explains the term in the top 3', async () => {
    const index = parseIndex(file);
    const options = {
      fetchText: async () => '',
      loadRare: async (shard: number) => JSON.parse(rareFile(shard)) as { words: string; postings: string },
    };
    const misses: string[] = [];
    let forms = 0;
    for (const term of GLOSSARY_TERMS) {
      const chapters = explainingSections(term, lang).map(({ chapter }) => `/${lang}/${chapter}/`);
      if (chapters.length === 0) continue;
      for (const form of termForms(term)) {
        forms++;
        const { hits } = await searchIndex(index, form, options);
        const top = hits.slice(0, 3).map((hit) => hit.url);
        if (!top.some((url) => chapters.includes(url))) misses.push(`"${form}" (${term.id}) → ${top.join(' ')}`);
      }
    }
    expect(forms).toBeGreaterThan(500);
    expect(misses).toEqual([]);
  }, 60_000);

  test('the main index and each rare shard stay within their byte budget (gzip)', () => {
    expect(gzipSize(raw)).toBeLessThanOrEqual(MAIN_INDEX_GZIP);
    for (let shard = 0; shard < file.rareShards; shard++) {
      expect(gzipSize(rareFile(shard)), `rare-${shard}`).toBeLessThanOrEqual(RARE_SHARD_GZIP);
    }
  });
});
