// Recall and cost of the handbook's search, measured the way readers meet it: every query of
// scripts/bench/recall-queries.ts is typed into /<lang>/search/ in Chromium. The expected chapter must be among
// the first three results for more than 98% of the queries of each language, no result may come
// from the other language, and the bytes and time stay within the budgets of issue 12: the first
// query ≤ 100 KB on the wire (gzip), later queries ≤ 20 KB, median latency ≤ 50 ms.
import { LANGS } from '../../src/i18n/locales.ts';
import { recallAt, recallByKind, runQueries } from '../../scripts/bench/search.ts';
import { RECALL_QUERIES } from '../../scripts/bench/recall-queries.ts';
import { expect, test } from './fixtures.ts';

const REQUIRED_RECALL_AT_3 = 0.98;
const FIRST_QUERY_BYTES = 100 * 1024;
const WARM_QUERY_BYTES = 20 * 1024;
const MEDIAN_LATENCY_MS = 50;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

test.describe('search recall and budgets', () => {
  for (const lang of LANGS) {
    test(`${lang}: the expected chapter is in the top 3 for more than 98% of realistic queries, within the byte and time budgets`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const queries = RECALL_QUERIES[lang];
      expect(queries.length).toBeGreaterThanOrEqual(80);
      const runs = await runQueries(browser, baseURL ?? '', lang, queries);
      const recall = recallAt(runs, 3);
      const misses = runs.filter((run) => run.rank === null || run.rank > 3);
      const warm = runs.slice(1).map((run) => run.bytes);
      console.log(
        `search recall@3 ${lang}: ${(recall * 100).toFixed(1)}% of ${runs.length} queries; by kind ` +
          recallByKind(runs)
            .map(([kind, found, total]) => `${kind} ${found}/${total}`)
            .join(', ') +
          `; first query ${(runs[0]!.bytes / 1024).toFixed(1)} KB, warm median ${(median(warm) / 1024).toFixed(1)} KB,` +
          ` max ${(Math.max(...warm) / 1024).toFixed(1)} KB; median ${median(runs.map((run) => run.ms)).toFixed(1)} ms` +
          misses
            .map((miss) => `\n  miss "${miss.query}" → ${miss.expected}; got ${miss.urls.slice(0, 3).join(' ')}`)
            .join(''),
      );
      expect(recall).toBeGreaterThan(REQUIRED_RECALL_AT_3);
      // Results only from the page language.
      expect(runs.flatMap((run) => run.urls.filter((url) => !url.startsWith(`/${lang}/`)))).toEqual([]);
      expect(runs[0]!.bytes).toBeGreaterThan(0);
      expect(runs[0]!.bytes).toBeLessThanOrEqual(FIRST_QUERY_BYTES);
      expect(Math.max(...warm)).toBeLessThanOrEqual(WARM_QUERY_BYTES);
      expect(median(runs.map((run) => run.ms))).toBeLessThanOrEqual(MEDIAN_LATENCY_MS);
    });
  }
});
