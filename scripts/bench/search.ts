// Search benchmark over a built site: for each language it types every query of
// scripts/bench/recall-queries.ts into /<lang>/search/ in Chromium and reports
// - recall@3: how often the expected chapter is among the first three results,
// - latency: from submitting the query to the results being on screen (median, p95),
// - bytes: what the browser fetched for search (the search-ui module, /search-index/ and anything
//   under /pagefind/) for the first (cold) query and for each later (warm) query, counted as gzip
//   at nginx's level 6 (docker/nginx.conf), since the test server sends files uncompressed,
// - recall by query kind (recall-queries.ts `kind`),
// and, for comparison, recall@3 of Pagefind's own search (pagefind.search with its defaults) on
// the same pages, which is what the site had before the Korean-aware search.
//
// Alone: `node scripts/bench/search.ts [dist]` (serves dist/ with scripts/serve-dist.ts). From
// scripts/bench.ts: `benchSearch(origin)`, rows for its table; `runSearchBench(origin)` gives numbers.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../src/integrations/chromium.ts';
import { RECALL_QUERIES, type RecallQuery } from './recall-queries.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { serveDist } from '../serve-dist.ts';

export type BenchLang = Lang;

export interface QueryRun {
  query: string;
  expected: string;
  kind: string;
  /** Result links in order, as the search page shows them. */
  urls: string[];
  /** 1-based rank of the expected chapter, or null when it is not listed. */
  rank: number | null;
  /** Milliseconds from submitting to the results being rendered, measured in the page. */
  ms: number;
  /** Search bytes fetched while this query ran, gzip (see watchSearchBytes). */
  bytes: number;
}

export interface LanguageReport {
  lang: BenchLang;
  queries: number;
  recallAt3: number;
  stockRecallAt3: number;
  misses: QueryRun[];
  /** Recall@3 per query kind: [kind, found, total]. */
  byKind: [string, number, number][];
  /** Result links from the other language (must be 0). */
  foreign: number;
  latencyMs: { median: number; p95: number; max: number };
  bytes: { cold: number; warmMedian: number; warmMean: number; warmMax: number };
}

export interface SearchBenchReport {
  languages: LanguageReport[];
}

const slugOf = (url: string): string | undefined => /^\/(?:ko|en)\/([^/#?]+)\//.exec(url)?.[1];

export function rankOf(urls: readonly string[], expected: string): number | null {
  const index = urls.findIndex((url) => slugOf(url) === expected);
  return index === -1 ? null : index + 1;
}

export function recallAt(runs: readonly Pick<QueryRun, 'rank'>[], k: number): number {
  if (runs.length === 0) return 0;
  return runs.filter((run) => run.rank !== null && run.rank <= k).length / runs.length;
}

/** Recall@3 per query kind, in first-seen order: [kind, found in the top 3, queries]. */
export function recallByKind(runs: readonly Pick<QueryRun, 'kind' | 'rank'>[]): [string, number, number][] {
  const kinds = new Map<string, [number, number]>();
  for (const run of runs) {
    const counts = kinds.get(run.kind) ?? [0, 0];
    if (run.rank !== null && run.rank <= 3) counts[0]++;
    counts[1]++;
    kinds.set(run.kind, counts);
  }
  return [...kinds].map(([kind, [found, total]]) => [kind, found, total]);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Whether a request is search code or data: what a reader downloads because they searched. */
export const isSearchRequest = (url: string): boolean => {
  const { pathname } = new URL(url);
  return (
    pathname.startsWith('/pagefind/') ||
    pathname.startsWith('/search-index/') ||
    /\/_astro\/search-ui\.[^/]*\.js$/.test(pathname)
  );
};

/**
 * Counts the gzip bytes of finished search requests. The test server sends files as they are; nginx
 * compresses JSON, text and JavaScript at level 6, so that is what is counted. Pagefind's files
 * are compressed already and count as they are.
 */
export function watchSearchBytes(context: BrowserContext): { take(): Promise<number> } {
  let pending: Promise<number>[] = [];
  const size = async (request: Request): Promise<number> => {
    if (!isSearchRequest(request.url())) return 0;
    const body = await (await request.response())?.body().catch(() => undefined);
    if (!body) return 0;
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) return body.length;
    return Math.min(body.length, gzipSync(body, { level: 6 }).length);
  };
  context.on('requestfinished', (request) => pending.push(size(request).catch(() => 0)));
  return {
    async take() {
      const taken = pending;
      pending = [];
      return (await Promise.all(taken)).reduce((sum, bytes) => sum + bytes, 0);
    },
  };
}

/** @deprecated the name from before the handbook's own index; counts every search request. */
export const watchPagefindBytes = watchSearchBytes;

/** Types a query into the open search page and waits until its results are rendered. */
export async function askSearchPage(page: Page, query: string): Promise<{ urls: string[]; ms: number }> {
  const input = page.locator('[data-search-page] input[name="q"]');
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction((expected) => {
    const results = document.querySelector<HTMLElement>('[data-search-results]');
    return results?.dataset['query'] === expected && !results.hasAttribute('aria-busy');
  }, query);
  return page.evaluate(() => {
    const results = document.querySelector<HTMLElement>('[data-search-results]');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] .hs-result-title a')];
    return { urls: links.map((link) => link.getAttribute('href') ?? ''), ms: Number(results?.dataset['ms'] ?? 0) };
  });
}

/** Runs queries through the search page of one language, in one browser context. */
export async function runQueries(
  browser: Browser,
  origin: string,
  lang: BenchLang,
  queries: readonly RecallQuery[],
): Promise<QueryRun[]> {
  const context = await browser.newContext();
  const bytes = watchSearchBytes(context);
  try {
    const page = await context.newPage();
    await page.goto(new URL(`/${lang}/search/`, origin).href);
    await page.waitForSelector('[data-search-page][data-search-ready]');
    const runs: QueryRun[] = [];
    // What the search page fetches for search before the first query (it starts loading the index
    // as soon as it opens) counts toward the first query.
    for (const { query, expected, kind = 'topic' } of queries) {
      // Results render only after every fetch they need has finished, so the bytes counted
      // now belong to this query.
      const { urls, ms } = await askSearchPage(page, query);
      runs.push({ query, expected, kind, urls, rank: rankOf(urls, expected), ms, bytes: await bytes.take() });
    }
    return runs;
  } finally {
    await context.close();
  }
}

/** Recall@3 of Pagefind's own search, as the stock Starlight UI ran it, for comparison. */
export async function stockRecall(
  browser: Browser,
  origin: string,
  lang: BenchLang,
  queries: readonly RecallQuery[],
): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL(`/${lang}/`, origin).href);
    const urls = await page.evaluate(
      async (terms) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = (await import(/* @vite-ignore */ url)) as {
          search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const found: string[][] = [];
        for (const term of terms) {
          const { results } = await pagefind.search(term);
          found.push(await Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).url)));
        }
        return found;
      },
      queries.map(({ query }) => query),
    );
    return recallAt(
      queries.map(({ expected }, index) => ({ rank: rankOf(urls[index] ?? [], expected) })),
      3,
    );
  } finally {
    await context.close();
  }
}

export async function benchLanguage(
  browser: Browser,
  origin: string,
  lang: BenchLang,
  queries: readonly RecallQuery[] = RECALL_QUERIES[lang],
): Promise<LanguageReport> {
  const runs = await runQueries(browser, origin, lang, queries);
  const latencies = runs.map((run) => run.ms);
  const warm = runs.slice(1).map((run) => run.bytes);
  return {
    lang,
    queries: runs.length,
    recallAt3: recallAt(runs, 3),
    stockRecallAt3: await stockRecall(browser, origin, lang, queries),
    misses: runs.filter((run) => run.rank === null || run.rank > 3),
    byKind: recallByKind(runs),
    foreign: runs.reduce((sum, run) => sum + run.urls.filter((url) => !url.startsWith(`/${lang}/`)).length, 0),
    latencyMs: { median: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(0, ...latencies) },
    bytes: {
      cold: runs[0]?.bytes ?? 0,
      warmMedian: percentile(warm, 50),
      warmMean: warm.length ? Math.round(warm.reduce((sum, value) => sum + value, 0) / warm.length) : 0,
      warmMax: Math.max(0, ...warm),
    },
  };
}

/** The structured figures, for scripts that want numbers. */
export async function runSearchBench(
  origin: string,
  { browser }: { browser?: Browser } = {},
): Promise<SearchBenchReport> {
  const ownBrowser = browser ? undefined : await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const active = browser ?? ownBrowser;
  if (!active) throw new Error('no browser');
  try {
    const languages: LanguageReport[] = [];
    for (const lang of LANGS) languages.push(await benchLanguage(active, origin, lang));
    return { languages };
  } finally {
    await ownBrowser?.close();
  }
}

/** Rows for `npm run bench` (scripts/bench.ts): what → value. */
export async function benchSearch(origin: string): Promise<Record<string, string>> {
  const rows: Record<string, string> = {};
  for (const report of (await runSearchBench(origin)).languages) {
    const { lang } = report;
    rows[`search recall@3, ${lang} (stock Pagefind)`] =
      `${percent(report.recallAt3)} of ${report.queries} queries (${percent(report.stockRecallAt3)})`;
    rows[`search latency, ${lang}: median / p95`] =
      `${report.latencyMs.median.toFixed(1)} / ${report.latencyMs.p95.toFixed(1)} ms`;
    rows[`search bytes per query, ${lang} (gzip): first / warm median / warm max`] =
      `${kB(report.bytes.cold)} / ${kB(report.bytes.warmMedian)} / ${kB(report.bytes.warmMax)}`;
    rows[`search recall@3 by kind, ${lang}`] = report.byKind
      .map(([kind, found, total]) => `${kind} ${found}/${total}`)
      .join(', ');
    rows[`search results from the other language, ${lang}`] = String(report.foreign);
  }
  return rows;
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

export function formatReport({ languages }: SearchBenchReport): string {
  const lines = [
    'search: lang  queries  recall@3  (stock Pagefind)  latency median / p95  bytes cold / warm median / warm max',
  ];
  for (const report of languages) {
    lines.push(
      `search: ${report.lang}    ${String(report.queries).padStart(7)}  ${percent(report.recallAt3).padStart(8)}  (${percent(report.stockRecallAt3)})` +
        `  ${report.latencyMs.median.toFixed(1)} / ${report.latencyMs.p95.toFixed(1)} ms` +
        `  ${kB(report.bytes.cold)} / ${kB(report.bytes.warmMedian)} / ${kB(report.bytes.warmMax)}`,
    );
    lines.push(
      `search:   by kind: ${report.byKind.map(([kind, found, total]) => `${kind} ${found}/${total}`).join(', ')}; other-language results: ${report.foreign}`,
    );
    for (const miss of report.misses) {
      lines.push(
        `search:   miss ${report.lang} "${miss.query}" → expected ${miss.expected}, got ${miss.urls.slice(0, 3).join(' ')}`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { server, origin } = await serveDist(resolve(process.argv[2] ?? 'dist'));
  try {
    console.log(formatReport(await runSearchBench(origin)));
  } finally {
    server.close();
  }
}
