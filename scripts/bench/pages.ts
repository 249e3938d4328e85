// Page-load benchmark over a built site, Korean and English side by side:
// - fonts: the web-font files (count and bytes) each page downloads on its first load, measured in
//   Chromium; bytes are independent of machine load;
// - Lighthouse (mobile defaults, simulated throttling), median of N runs: performance,
//   accessibility, best practices, SEO, CLS, TBT and LCP.
// The site is served gzip-compressed, as a production host serves it (Lighthouse's simulated
// throttling works from transfer sizes, so an uncompressed server would understate the scores).
//
// Alone: `node scripts/bench/pages.ts [dist] [--runs 3] [--fonts-only]`. From scripts/bench.ts:
// `benchPages(dist)`, rows for its table.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { HANGUL_FONT_STORAGE_KEY } from '../../src/components/fonts/hangul-font.ts';
import { chromiumArgs, chromiumPath } from '../../src/integrations/chromium.ts';
import type { Lang } from '../../src/i18n/locales.ts';

/** The pages the issue names, per language: landing, text, diagram-heaviest, calculator, search. */
export const BENCH_PAGES: { label: string; path: (lang: Lang) => string }[] = [
  { label: 'landing', path: (lang) => `/${lang}/` },
  { label: 'text chapter', path: (lang) => `/${lang}/why-isolation/` },
  { label: 'diagram-heaviest', path: (lang) => `/${lang}/containers/` },
  { label: 'calculator chapter', path: (lang) => `/${lang}/images/` },
  {
    label: 'search with a query',
    path: (lang) => `/${lang}/search/?q=${encodeURIComponent(lang === 'ko' ? '컨테이너 격리' : 'container isolation')}`,
  },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.wasm', '.pf_meta']);

/** A static server for dist/ that gzips text (as nginx's gzip on; does), with long-lived caching. */
export function serveGzip(root: string): Promise<{ server: Server; origin: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(root, normalize(path));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let zipped = cache.get(file);
      if (!zipped) cache.set(file, (zipped = gzipSync(body, { level: 6 })));
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    if (path.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    response.writeHead(200, headers).end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

export interface FontLoad {
  /** Font files requested before the load event: what the first paint and Lighthouse's LCP see. */
  files: number;
  bytes: number;
  /** Fetched while idle after load, for the next page (src/components/fonts/warm-hangul.ts). */
  later: { files: number; bytes: number };
}

/**
 * Web-font files a page downloads on first load, split into those requested before the load event
 * and those fetched while idle afterwards (waited for: the warm-up records them in localStorage).
 */
export async function fontLoads(dist: string, origin: string, paths: string[]): Promise<Map<string, FontLoad>> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const loads = new Map<string, FontLoad>();
  try {
    for (const path of paths) {
      // A phone-sized viewport, as Lighthouse's mobile run.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      // Korean pages warm the Hangul files while idle; give them time, English pages fetch none.
      await page
        .waitForFunction((key) => localStorage.getItem(key), HANGUL_FONT_STORAGE_KEY, { timeout: 6000 })
        .catch(() => {});
      const entries = await page.evaluate(() => {
        const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return performance
          .getEntriesByType('resource')
          .map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime }))
          .filter((entry) => /\.(woff2?|ttf|otf)$/.test(entry.name))
          .map((entry) => ({ ...entry, late: entry.start >= (load?.loadEventStart ?? Infinity) }));
      });
      await context.close();
      const sum = (list: typeof entries) => ({
        files: list.length,
        bytes: list.reduce((total, entry) => total + statSync(join(dist, entry.name)).size, 0),
      });
      loads.set(path, {
        ...sum(entries.filter((entry) => !entry.late)),
        later: sum(entries.filter((entry) => entry.late)),
      });
    }
  } finally {
    await browser.close();
  }
  return loads;
}

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  tbt: number;
  lcp: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Lighthouse with its mobile defaults, `runs` times; each figure is the median over the runs. */
export async function lighthouseFigures(url: string, runs = 3): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results: LighthouseFigures[] = [];
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumArgs],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      const score = (name: string) => Math.round((lhr?.categories[name]?.score ?? 0) * 100);
      const audit = (name: string) => lhr?.audits[name]?.numericValue ?? Number.NaN;
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        lcp: audit('largest-contentful-paint'),
      });
    } finally {
      chrome.kill();
    }
  }
  const pick = (key: keyof LighthouseFigures) => median(results.map((result) => result[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    cls: pick('cls'),
    tbt: pick('tbt'),
    lcp: pick('lcp'),
  };
}

const formatFonts = (load: FontLoad | undefined) =>
  load
    ? `${load.files} files, ${(load.bytes / 1024).toFixed(1)} KB` +
      (load.later.files ? ` (+ ${load.later.files}, ${(load.later.bytes / 1024).toFixed(1)} KB while idle)` : '')
    : '—';
const formatLighthouse = (figures: LighthouseFigures) =>
  `${figures.performance}/${figures.accessibility}/${figures.bestPractices}/${figures.seo} ` +
  `CLS ${figures.cls.toFixed(3)} TBT ${Math.round(figures.tbt)} ms LCP ${(figures.lcp / 1000).toFixed(1)} s`;

/** Rows for the bench table: one per page and figure, Korean and English side by side. */
export async function benchPages(dist: string, { runs = 3, lighthouse = true } = {}): Promise<[string, string][]> {
  const { server, origin } = await serveGzip(dist);
  const rows: [string, string][] = [];
  try {
    const paths = BENCH_PAGES.flatMap((page) => [page.path('ko'), page.path('en')]);
    const fonts = await fontLoads(dist, origin, paths);
    for (const page of BENCH_PAGES) {
      rows.push([
        `fonts, ${page.label} (ko | en)`,
        `${formatFonts(fonts.get(page.path('ko')))} | ${formatFonts(fonts.get(page.path('en')))}`,
      ]);
    }
    if (lighthouse) {
      for (const page of BENCH_PAGES) {
        const ko = await lighthouseFigures(origin + page.path('ko'), runs);
        const en = await lighthouseFigures(origin + page.path('en'), runs);
        rows.push([`Lighthouse, ${page.label} (ko | en)`, `${formatLighthouse(ko)} | ${formatLighthouse(en)}`]);
      }
    }
  } finally {
    server.close();
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsIndex = args.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 3;
  const dist = resolve(args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--runs') ?? 'dist');
  const rows = await benchPages(dist, { runs, lighthouse: !args.includes('--fonts-only') });
  const width = Math.max(...rows.map(([what]) => what.length));
  console.log(`(performance/accessibility/best practices/SEO; median of ${runs}; ${new Date().toISOString()})`);
  for (const [what, value] of rows) console.log(`${what.padEnd(width)}  ${value}`);
}
