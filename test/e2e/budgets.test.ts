// Size budgets, on bytes (stable), not times. A failure prints the table of what is over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Browser } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { DIST, distFile, gzipSize, sitemapPaths } from './support/site-files.ts';

const KB = 1024;
export const BUDGETS = {
  chromeHtml: 8 * KB,
  diagram: 8 * KB,
  textPageJs: 10 * KB,
  perCalculatorJs: 6 * KB,
  calculatorKitJs: 3 * KB,
  css: 20 * KB,
  /** woff2 bytes (already compressed) of every font a page downloads on its first load. */
  fontsFirstLoad: 150 * KB,
};

const TEXT_CHAPTERS = ['/ko/why-isolation/', '/en/why-isolation/', '/ko/hypervisors/', '/en/hypervisors/'];
const CALCULATOR_PAGES: Record<string, number> = {
  '/ko/images/': 3,
  '/en/images/': 3,
  '/ko/containers/': 1,
  '/en/containers/': 1,
  '/ko/vm-vs-containers/': 1,
  '/en/vm-vs-containers/': 1,
  '/ko/networking/': 1,
  '/en/networking/': 1,
};

const pageHtml = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const table = (rows: [string, number, number][]) =>
  ['what | gzip | budget', ...rows.map(([what, size, budget]) => `${what} | ${kb(size)} | ${kb(budget)}`)].join('\n');

function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/media="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '');
}

describe('HTML and CSS budgets', () => {
  test('page chrome (header, sidebar, table of contents, footer) stays within budget', () => {
    const rows: [string, number, number][] = [];
    for (const path of TEXT_CHAPTERS) {
      // The chapter's own content removed leaves what every page carries.
      const tree = fromHtml(pageHtml(path));
      visit(tree, 'element', (node) => {
        const className = node.properties['className'];
        if (Array.isArray(className) && className.includes('sl-markdown-content')) node.children = [];
      });
      const chrome = toHtml(tree, { allowDangerousHtml: true, allowDangerousCharacters: true });
      expect(chrome.length).toBeLessThan(pageHtml(path).length);
      rows.push([path, gzipSize(chrome), BUDGETS.chromeHtml]);
    }
    expect(
      rows.filter(([, size, budget]) => size > budget),
      table(rows),
    ).toEqual([]);
  });

  test('each diagram, light and dark renders with their styles, stays within budget', () => {
    const rows: [string, number, number][] = [];
    for (const path of sitemapPaths()) {
      if (path === '/') continue;
      const html = pageHtml(path);
      const css = stylesheetHrefs(html)
        .filter((href) => href.includes('/inline.'))
        .map((href) => distFile(href).toString('utf8'))
        .join('\n');
      for (const [index, figure] of [...html.matchAll(/<figure class="diagram">[\s\S]*?<\/figure>/g)].entries()) {
        const rootIds = [...figure[0].matchAll(/<svg id="([^"]+)"/g)].map((match) => match[1] ?? '');
        const rules = css.split('\n').filter((rule) => rootIds.some((id) => rule.includes(`#${id}`)));
        rows.push([`${path} diagram ${index + 1}`, gzipSize(figure[0] + rules.join('\n')), BUDGETS.diagram]);
      }
    }
    expect(rows.length).toBeGreaterThan(10);
    expect(
      rows.filter(([, size, budget]) => size > budget),
      table(rows),
    ).toEqual([]);
  });

  // The site's stylesheets; a page's diagram styles (inline.*.css) belong to the diagram budget.
  test('the CSS a page loads stays within budget', () => {
    const rows: [string, number, number][] = sitemapPaths()
      .filter((path) => path !== '/')
      .map((path) => [
        path,
        stylesheetHrefs(pageHtml(path))
          .filter((href) => !href.includes('/inline.'))
          .reduce((sum, href) => sum + gzipSize(distFile(href)), 0),
        BUDGETS.css,
      ]);
    expect(
      rows.filter(([, size, budget]) => size > budget),
      table(rows),
    ).toEqual([]);
  });
});

describe('JavaScript and font budgets', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** gzip bytes of every script the page loads (search code loads only when search opens). */
  async function pageScripts(path: string): Promise<Map<string, number>> {
    const watched = await openPage(browser, path);
    const scripts = new Map<string, number>();
    watched.page.on('response', () => undefined);
    await watched.page.waitForLoadState('networkidle');
    const entries = await watched.page.evaluate(() => [
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
      ...[...document.scripts].filter((script) => !script.src).map((script) => `inline:${script.textContent ?? ''}`),
    ]);
    for (const entry of entries) {
      if (entry.startsWith('inline:')) scripts.set(entry.slice(0, 60), gzipSize(entry.slice(7)));
      else {
        const url = new URL(entry);
        if (url.pathname.endsWith('.js') && !url.pathname.startsWith('/pagefind/')) {
          scripts.set(url.pathname, gzipSize(distFile(url.pathname)));
        }
      }
    }
    await watched.context.close();
    return scripts;
  }
  const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((sum, size) => sum + size, 0);

  test('a text-only chapter loads little JavaScript, and no diagram code', async () => {
    const rows: [string, number, number][] = [];
    for (const path of TEXT_CHAPTERS) {
      const scripts = await pageScripts(path);
      expect([...scripts.keys()].filter((name) => /mermaid/i.test(name))).toEqual([]);
      rows.push([path, total(scripts), BUDGETS.textPageJs]);
    }
    expect(
      rows.filter(([, size, budget]) => size > budget),
      table(rows),
    ).toEqual([]);
  });

  // A calculator's own JS (its entry and the chunks only calculators of its kind load) ≤ 6 KB each;
  // the kit every calculator shares (mount, view, formatting) is budgeted once, like a runtime.
  test('each calculator adds little JavaScript', async () => {
    const baseline = await pageScripts('/en/why-isolation/');
    const added = new Map<string, Map<string, number>>();
    for (const path of Object.keys(CALCULATOR_PAGES)) {
      const scripts = await pageScripts(path);
      added.set(path, new Map([...scripts].filter(([name]) => !baseline.has(name))));
    }
    const pages = [...added.values()];
    const runtime = [...(pages[0] ?? new Map<string, number>())].filter(([name]) =>
      pages.every((page) => page.has(name)),
    );
    const runtimeNames = new Set(runtime.map(([name]) => name));
    const rows: [string, number, number][] = [
      ['shared calculator kit', runtime.reduce((sum, [, size]) => sum + size, 0), BUDGETS.calculatorKitJs],
    ];
    for (const [path, scripts] of added) {
      const calculators = CALCULATOR_PAGES[path] ?? 1;
      const own = [...scripts].filter(([name]) => !runtimeNames.has(name)).reduce((sum, [, size]) => sum + size, 0);
      expect(own).toBeGreaterThan(0);
      rows.push([
        `${path} (${calculators} calculator${calculators > 1 ? 's' : ''})`,
        own,
        calculators * BUDGETS.perCalculatorJs,
      ]);
    }
    expect(
      rows.filter(([, size, budget]) => size > budget),
      table(rows),
    ).toEqual([]);
  });

  // The site's own subsets (src/integrations/font-subsets.ts): a few files per page, at most 150 KB of
  // font data on a first load, in both languages, and no file fetched late that was not preloaded
  // (a late font with font-display: optional is never shown, a late swap would re-lay out).
  test('web fonts: at most 150 KB and a few preloaded files on any first load', async () => {
    const rows: [string, number, number][] = [];
    const late: string[] = [];
    const paths = sitemapPaths().filter((path) => path !== '/');
    for (const path of paths) {
      const watched = await openPage(browser, path);
      await watched.page.waitForLoadState('networkidle');
      await watched.page.evaluate(() => document.fonts.ready);
      const { fonts, preloaded } = await watched.page.evaluate(() => ({
        fonts: performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((name) => /\.(woff2?|ttf|otf)$/.test(name)),
        preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
          (link) => new URL(link.href).pathname,
        ),
      }));
      await watched.context.close();
      expect(fonts.length, path).toBeLessThanOrEqual(4);
      late.push(...fonts.filter((font) => !preloaded.includes(font)).map((font) => `${path} ${font}`));
      rows.push([
        `${path} (${fonts.length} files)`,
        fonts.reduce((sum, font) => sum + distFile(font).length, 0),
        BUDGETS.fontsFirstLoad,
      ]);
    }
    expect(rows.length).toBeGreaterThan(10);
    expect(
      rows.filter(([, size, budget]) => size > budget),
      table(rows),
    ).toEqual([]);
    // English pages preload only the base files; the Korean file comes only for Korean text.
    expect(late.filter((entry) => !/search|glossary/.test(entry))).toEqual([]);
  });
});
