import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchStrings } from '../../src/i18n/search.ts';
import en from '../../src/content/i18n/en.json';
import ko from '../../src/content/i18n/ko.json';
import { askSearchPage } from '../../scripts/bench/search.ts';
import { launchBrowser, openPage, origin, type WatchedPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const isSearchCode = (url: string): boolean => {
  const { pathname } = new URL(url);
  return (
    pathname.startsWith('/pagefind/') ||
    pathname.startsWith('/search-index/') ||
    /\/_astro\/search-ui\.[^/]*\.js$/.test(pathname)
  );
};

interface SearchWatch extends WatchedPage {
  /** Requests for Pagefind or the handbook's search module. */
  searchRequests: string[];
  /** Messages of alert/confirm/prompt dialogs (none may open). */
  dialogs: string[];
}

/** A page that also records CSP violations, alert dialogs and every request for search code. */
async function openWatched(path: string): Promise<SearchWatch> {
  // Listeners go on before the page loads, so nothing that happens while it loads is missed.
  const watched = await openPage(browser, 'about:blank', { trackCspViolations: true });
  const searchRequests: string[] = [];
  const dialogs: string[] = [];
  watched.context.on('request', (request) => {
    if (isSearchCode(request.url())) searchRequests.push(request.url());
  });
  watched.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await watched.page.goto(new URL(path, origin()).href);
  return { ...watched, searchRequests, dialogs };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations in the light and the dark theme, optionally within one element. */
async function accessibilityProblems(page: Page, include?: string): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((value) => {
      document.documentElement.dataset['theme'] = value;
    }, theme);
    let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
    if (include) builder = builder.include(include);
    for (const violation of (await builder.analyze()).violations) {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      problems.push(`${theme}: ${violation.id} ${violation.help} → ${targets.join(' | ')}`);
    }
  }
  return problems;
}

async function resultLinks(page: Page, selector = '[data-search-results] .hs-result-title a'): Promise<string[]> {
  return page.$$eval(selector, (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('header search', () => {
  test('downloads no search code until the reader opens search, then finds Korean with particles (Ctrl+K)', async () => {
    const watched = await openWatched('/ko/containers/');
    const { page } = watched;
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(300);
    expect(watched.searchRequests).toEqual([]);

    await page.keyboard.press('Control+K');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    const input = dialog.locator('input[name="q"]');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.pressSequentially('컨트롤 그룹으로 메모리를 제한하려면');
    await page.waitForSelector('[data-dialog-results][data-state="done"] .hs-result');
    const links = await resultLinks(page, '[data-dialog-results] .hs-result-title a');
    expect(links[0]).toBe('/ko/containers/');
    expect(links.every((link) => link.startsWith('/ko/'))).toBe(true);
    expect(await page.locator('[data-dialog-results] mark').count()).toBeGreaterThan(0);
    expect(watched.searchRequests.some((url) => url.includes('/search-index/ko.json'))).toBe(true);
    // The handbook's own index replaced Pagefind's runtime in the browser.
    expect(watched.searchRequests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    // One Escape closes, even though the search field has text (which Escape would clear first).
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  test('"/" opens search on an English page, and focusing the button starts loading it', async () => {
    const watched = await openWatched('/en/virtual-machines/');
    const { page } = watched;
    await page.waitForLoadState('networkidle');
    expect(watched.searchRequests).toEqual([]);
    await page.locator('[data-search-trigger]').focus();
    await expect.poll(() => watched.searchRequests.some((url) => /search-ui/.test(url))).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const input = page.locator('dialog[data-search-dialog] input[name="q"]');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.pressSequentially('cgroup memory');
    await page.waitForSelector('[data-dialog-results][data-state="done"] .hs-result');
    const links = await resultLinks(page, '[data-dialog-results] .hs-result-title a');
    expect(links[0]).toBe('/en/containers/');
    expect(links.every((link) => link.startsWith('/en/'))).toBe(true);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });

  test('"/" typed into a form field stays in the field', async () => {
    const watched = await openWatched('/ko/search/');
    const { page } = watched;
    const pageInput = page.locator('[data-search-page] input[name="q"]');
    await pageInput.click();
    await page.keyboard.type('a/b');
    expect(await pageInput.inputValue()).toBe('a/b');
    expect(
      await page.locator('dialog[data-search-dialog]').evaluate((element: HTMLDialogElement) => element.open),
    ).toBe(false);
    await watched.context.close();
  });
});

describe('search page', () => {
  test.each([
    ['ko', '이미지의 계층', '/ko/images/'],
    ['ko', '하이퍼바이저 종류', '/ko/hypervisors/'],
    ['en', 'image layers', '/en/images/'],
  ] as const)(
    '/%s/search/?q=%s lists chapters and sections with highlighted excerpts',
    async (lang, query, expected) => {
      const watched = await openWatched(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const { page } = watched;
      await page.waitForSelector('[data-search-results][data-state="done"]');
      expect(await page.locator('[data-search-page] input[name="q"]').inputValue()).toBe(query);
      const links = await resultLinks(page);
      expect(links.slice(0, 3)).toContain(expected);
      expect(links.every((link) => link.startsWith(`/${lang}/`))).toBe(true);
      expect(new Set(links).size).toBe(links.length);
      const sections = await resultLinks(page, '[data-search-results] .hs-section-title');
      expect(sections.length).toBeGreaterThan(0);
      expect(
        sections.every((href) => /^\/(ko|en)\/([^#]*\/)?#.+/.test(href)),
        sections.join(' '),
      ).toBe(true);
      expect(await page.locator('[data-search-results] .hs-excerpt mark').count()).toBeGreaterThan(0);
      // A section link lands on its heading.
      const anchor = decodeURIComponent(sections[0]!.split('#')[1]!);
      await page.locator('[data-search-results] .hs-section-title').first().click();
      await page.waitForURL((url) => url.hash !== '');
      expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
      expect(await watched.cspViolations()).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await watched.context.close();
    },
  );

  test('results and the open dialog are accessible in both themes', async () => {
    const watched = await openWatched(`/ko/search/?q=${encodeURIComponent('컨테이너를 실행하면')}`);
    const { page } = watched;
    await page.waitForSelector('[data-search-results][data-state="done"]');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Control+K');
    await page.locator('dialog[data-search-dialog] input[name="q"]').fill('cgroup 메모리');
    await page.waitForSelector('[data-dialog-results][data-state="done"]');
    expect(await accessibilityProblems(page, 'dialog[data-search-dialog]')).toEqual([]);
    await watched.context.close();
  });

  test('typing keeps the address shareable', async () => {
    const watched = await openWatched('/ko/search/');
    const { page } = watched;
    await askSearchPage(page, 'cgroup 메모리');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cgroup 메모리');
    expect((await resultLinks(page))[0]).toBe('/ko/containers/');
    await watched.context.close();
  });

  test('results come only from the page language, and each chapter once', async () => {
    for (const [lang, query] of [
      ['en', '컨테이너'],
      ['en', 'container'],
      ['ko', 'container'],
      ['ko', '컨테이너'],
    ] as const) {
      const watched = await openWatched(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      await watched.page.waitForSelector('[data-search-results][data-state="done"]');
      const links = await resultLinks(watched.page);
      expect(links.length, `${lang} ${query}`).toBeGreaterThan(0);
      expect(
        links.every((link) => link.startsWith(`/${lang}/`)),
        `${lang} ${query}: ${links.join(' ')}`,
      ).toBe(true);
      expect(new Set(links).size).toBe(links.length);
      // Untranslated fallback pages carry the language of their text; none may appear here.
      for (const link of links) {
        const html = await (await fetch(new URL(link, origin()))).text();
        expect(html, link).toContain(`data-pagefind-filter="lang[content]"`);
        expect(html, link).toMatch(new RegExp(`content="${lang}" data-pagefind-filter="lang\\[content\\]"`));
      }
      await watched.context.close();
    }
  });

  const hostile = [
    ['empty', ''],
    ['whitespace only', '   '],
    ['1,000 characters', 'a'.repeat(1000)],
    ['only punctuation', '?!.,;:…“”()[]{}'],
    ['emoji', '🐳🔥🚀'],
    ['markup', '<script>alert(1)</script>'],
    ['attribute injection', '"><img src=x onerror=alert(1)>'],
  ] as const;

  test.each(['ko', 'en'] as const)('bad input on /%s/search/ answers with a friendly message', async (lang) => {
    const strings = searchStrings[lang];
    for (const [name, query] of hostile) {
      const watched = await openWatched(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const { page } = watched;
      await page.waitForFunction((expected) => {
        const results = document.querySelector<HTMLElement>('[data-search-results]');
        return results?.dataset['query'] === expected && !results.hasAttribute('aria-busy');
      }, query);
      const status = (await page.locator('[data-search-status]').textContent()) ?? '';
      const expected = query.trim() === '' ? strings.empty : strings.noResults.split('{query}')[0]!;
      expect(status, name).toContain(expected);
      expect(await page.locator('[data-search-results] .hs-result').count(), name).toBe(0);
      expect(await page.locator('main script, main img, [data-search-results] *[onerror]').count(), name).toBe(0);
      expect(watched.dialogs, name).toEqual([]);
      expect(await watched.cspViolations(), name).toEqual([]);
      expect(watched.consoleErrors, name).toEqual([]);
      await watched.context.close();
    }
  });

  test.each(['ko', 'en'] as const)('a mixed-script query on /%s/search/ finds what its words name', async (lang) => {
    const query = 'Dockerで🐳를 Ωx <i>';
    const watched = await openWatched(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const { page } = watched;
    await page.waitForSelector('[data-search-results][data-state="done"]');
    const links = await resultLinks(page);
    expect(links.slice(0, 3)).toContain(`/${lang}/docker-architecture/`);
    expect(links.every((link) => link.startsWith(`/${lang}/`))).toBe(true);
    expect(await page.locator('main i, [data-search-results] script').count()).toBe(0);
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });

  test('a 10,000-character query typed into the page is searched by its start, without error', async () => {
    const watched = await openWatched('/ko/search/');
    const { page } = watched;
    const query = `컨테이너 ${'가'.repeat(5000)} ${'<b>'.repeat(1666)}`;
    const input = page.locator('[data-search-page] input[name="q"]');
    await input.fill(query);
    await input.press('Enter');
    await page.waitForFunction(() => {
      const results = document.querySelector<HTMLElement>('[data-search-results]');
      return (results?.dataset['query'] ?? '').length > 5000 && !results?.hasAttribute('aria-busy');
    });
    expect(['done', 'none']).toContain(await page.locator('[data-search-results]').getAttribute('data-state'));
    expect(await page.locator('main b, main script').count()).toBe(0);
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });

  test('Korean typed on the English layout is searched as Korean, with a notice that undoes it', async () => {
    const watched = await openWatched(`/ko/search/?q=${encodeURIComponent('zjsxpdlsj')}`);
    const { page } = watched;
    await page.waitForSelector('[data-search-results][data-state="done"] .hs-result');
    const notice = page.locator('[data-search-results] .hs-converted');
    expect(await notice.textContent()).toBe('컨테이너(으)로 검색했습니다 · zjsxpdlsj로 검색');
    expect(await notice.locator('code').textContent()).toBe('zjsxpdlsj');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^컨테이너\(으\)로 검색했습니다\. /);
    expect((await resultLinks(page)).slice(0, 3)).toContain('/ko/containers/');
    expect(await accessibilityProblems(page, '[data-search-page]')).toEqual([]);
    await notice.locator('button').click();
    await page.waitForSelector('[data-search-results][data-state="none"]');
    expect(await page.locator('[data-search-page] input[name="q"]').inputValue()).toBe('zjsxpdlsj');
    expect(new URL(page.url()).searchParams.get('raw')).toBe('1');
    expect(await page.locator('.hs-converted').count()).toBe(0);
    // The shared link keeps the reader's choice.
    await page.reload();
    await page.waitForSelector('[data-search-results][data-state="none"]');
    expect(await page.locator('.hs-converted').count()).toBe(0);
    expect(watched.consoleErrors).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    await watched.context.close();
  });

  test('the header dialog reads the wrong layout too', async () => {
    const watched = await openWatched('/ko/images/');
    const { page } = watched;
    await page.keyboard.press('Control+K');
    await page.locator('dialog[data-search-dialog] input[name="q"]').fill('gkdlvjqkdlwj');
    await page.waitForSelector('[data-dialog-results][data-state="done"] .hs-result');
    expect(await page.locator('[data-dialog-results] .hs-converted').textContent()).toContain(
      '하이퍼바이저(으)로 검색했습니다',
    );
    expect((await resultLinks(page, '[data-dialog-results] .hs-result-title a'))[0]).toBe('/ko/hypervisors/');
    await page.locator('[data-dialog-results] .hs-converted button').click();
    await page.waitForSelector('[data-dialog-results][data-state="none"]');
    expect(await watched.cspViolations()).toEqual([]);
    await watched.context.close();
  });

  test.each([
    ['ko', 'ㄷㅋ', '도커'],
    ['ko', '칸태이너', '컨테이너'],
    ['en', 'kubrnets', 'Kubernetes'],
  ] as const)(
    'no results on /%s/search/?q=%s suggests the nearest glossary term and the chapter list',
    async (lang, query, label) => {
      const watched = await openWatched(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const { page } = watched;
      await page.waitForSelector('[data-search-results][data-state="none"]');
      const suggestion = page.locator('[data-search-results] .hs-suggest');
      expect(await suggestion.textContent()).toContain(searchStrings[lang].didYouMean);
      const links = suggestion.locator('a');
      expect(await links.allTextContents()).toContain(label);
      expect(await links.first().getAttribute('href')).toMatch(new RegExp(`^/${lang}/[^/]+/#`));
      expect(await page.locator('[data-search-results] .hs-hint a').getAttribute('href')).toBe(
        searchStrings[lang].chapterListHref,
      );
      expect(await accessibilityProblems(page, '[data-search-page]')).toEqual([]);
      await watched.context.close();
    },
  );

  test('markup typed into the header dialog stays text', async () => {
    const watched = await openWatched('/en/');
    const { page } = watched;
    await page.keyboard.press('Control+K');
    const input = page.locator('dialog[data-search-dialog] input[name="q"]');
    await input.fill('<img src=x onerror=alert(1)> 🐳');
    await page.waitForSelector('[data-dialog-results][data-state="none"]');
    expect(await page.locator('[data-dialog-status]').textContent()).toContain('No results for “<img src=x');
    expect(await page.locator('dialog img').count()).toBe(0);
    expect(watched.dialogs).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    await watched.context.close();
  });

  test.each(['ko', 'en'] as const)(
    'without JavaScript /%s/search/ says search needs it and links the chapter list',
    async (lang) => {
      const strings = searchStrings[lang];
      const { page, context } = await openPage(browser, `/${lang}/search/?q=test`, { javaScriptEnabled: false });
      const notice = page.locator('[data-search-needs-js]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain({ ko, en }[lang]['searchPage.needsJs']);
      expect(await notice.locator('a').getAttribute('href')).toBe(strings.chapterListHref);
      // The header button is a plain link to the search page.
      expect(await page.locator('[data-search-trigger]').getAttribute('href')).toBe(`/${lang}/search/`);
      await context.close();
    },
  );
});
