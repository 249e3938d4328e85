// The built site in dist/, read straight from disk: shared by the suites that check dist/ without a
// browser (test/dist/) and the browser suite (test/e2e/), which needs the page list to make one test per page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';

/** Fails with the command to run when there is no built site (both suites read dist/). */
export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` before the tests that read it.');
  }
}

/** Paths (`/ko/images/`) of every page the sitemap lists. */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  return sitemaps
    .flatMap((sitemap) => [...readFileSync(join(DIST, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map((match) => new URL(match[1] ?? '').pathname)
    .sort();
}

export function htmlFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** The HTML of the page at a URL path such as `/ko/images/`. */
export const pageHtml = (path: string): string => readFileSync(join(DIST, path, 'index.html'), 'utf8');

export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** The file in dist/ that a URL path such as `/_astro/x.js` is served from. */
export function distFile(urlPath: string): Buffer {
  return readFileSync(join(DIST, decodeURIComponent(urlPath)));
}
