// Recall of the handbook's search, measured the way readers meet it: every query of
// search-queries.ts is typed into /<lang>/search/ in Chromium, and the expected chapter must be
// among the first three results for at least 95% of the queries of each language.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recallAt, runQueries } from '../../scripts/bench/search.ts';
import { RECALL_QUERIES } from './search-queries.ts';
import { launchBrowser, origin } from './support/browser.ts';

const REQUIRED_RECALL_AT_3 = 0.95;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('search recall', () => {
  test.each(['ko', 'en'] as const)(
    '%s: the expected chapter is in the top 3 for at least 95% of realistic queries',
    async (lang) => {
      const queries = RECALL_QUERIES[lang];
      expect(queries.length).toBeGreaterThanOrEqual(40);
      const runs = await runQueries(browser, origin(), lang, queries);
      const recall = recallAt(runs, 3);
      const misses = runs.filter((run) => run.rank === null || run.rank > 3);
      console.log(
        `search recall@3 ${lang}: ${(recall * 100).toFixed(1)}% of ${runs.length} queries` +
          misses
            .map((miss) => `\n  miss "${miss.query}" → ${miss.expected}; got ${miss.urls.slice(0, 3).join(' ')}`)
            .join(''),
      );
      expect(recall).toBeGreaterThanOrEqual(REQUIRED_RECALL_AT_3);
    },
    120_000,
  );
});
