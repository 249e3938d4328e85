// Diagram labels stay inside their boxes with the fonts readers actually get: the site's Pretendard
// subset (for Korean pages, as from a reader's second page on, when the Hangul files are cached:
// src/components/fonts/hangul-font.ts), and the system fallback when Pretendard is late or blocked
// (font-display: optional shows the fallback for the whole page view; a first visit shows Hangul in it). On this machine the fallback for Hangul is Noto Sans CJK KR
// (Debian's fonts-noto-cjk), the font Linux and Android readers get; its Hangul is 1 em wide, wider
// than Pretendard's, so it is the hard case. Boxes are sized at build time (src/integrations/rehype-mermaid.ts).
import type { Page } from '@playwright/test';
import { pageHtml, sitemapPaths } from '../support/dist.ts';
import { afterHangulWarmUp, expect, test } from './fixtures.ts';

const diagramPages = sitemapPaths().filter(
  (path) => path !== '/' && pageHtml(path).includes('<figure class="diagram">'),
);

async function overflows(
  page: Page,
  path: string,
  fonts: 'site' | 'fallback',
): Promise<{ checked: number; problems: string[] }> {
  // Every web font refused: what a reader sees when Pretendard misses first paint.
  if (fonts === 'fallback') await page.context().route(/\.woff2$/, (route) => route.abort());
  await page.goto(path, { waitUntil: 'networkidle' });
  const korean = await page.evaluate(() => Boolean(document.querySelector('main:lang(ko)')));
  if (fonts === 'site' && korean) {
    // The warm-up fetches the Hangul files while idle; the next view of the page uses them.
    await afterHangulWarmUp(page, true);
    await page.reload({ waitUntil: 'networkidle' });
  }
  await page.evaluate(() => document.fonts.ready);
  const result = await page.evaluate(() => {
    const problems: string[] = [];
    let checked = 0;
    for (const svg of document.querySelectorAll('figure.diagram .diagram-light svg')) {
      // Flowchart and class/state nodes (g.node), sequence diagram actors and notes.
      for (const group of svg.querySelectorAll('g.node, g.actor-box, g:has(> rect.actor), g:has(> rect.note)')) {
        const shape = group.querySelector('rect, polygon, circle, ellipse, path');
        const labels = group.querySelectorAll('text');
        if (!shape || labels.length === 0) continue;
        const box = shape.getBoundingClientRect();
        for (const label of labels) {
          if (!label.textContent?.trim()) continue;
          checked++;
          const text = label.getBoundingClientRect();
          if (text.left < box.left - 1 || text.right > box.right + 1) {
            problems.push(
              `${label.textContent}: text ${text.left.toFixed(0)}–${text.right.toFixed(0)} outside box ${box.left.toFixed(0)}–${box.right.toFixed(0)}`,
            );
          }
        }
      }
    }
    const loaded = [...document.fonts].filter((font) => font.status === 'loaded');
    const hangul = loaded.filter((font) => /U\+AC00/i.test(font.unicodeRange)).length;
    return { checked, problems, webFonts: loaded.length, hangul };
  });
  // The two cases really differ: Pretendard in use (its Hangul faces too on Korean pages), or no web
  // font at all.
  if (fonts === 'fallback') expect(result.webFonts, path).toBe(0);
  else {
    expect(result.webFonts, path).toBeGreaterThan(0);
    if (korean) expect(result.hangul, path).toBe(2);
  }
  return result;
}

test.describe('diagram labels fit their boxes', () => {
  test('more than ten pages have diagrams', () => {
    expect(diagramPages.length).toBeGreaterThan(10);
  });

  for (const fonts of ['site', 'fallback'] as const) {
    for (const path of diagramPages) {
      test(`with the ${fonts} fonts on ${path}`, async ({ page }) => {
        const result = await overflows(page, path, fonts);
        // A page whose diagrams yielded no label to check means the selectors no longer match.
        expect(result.checked, `${path}: no diagram label was checked`).toBeGreaterThan(0);
        expect(result.problems).toEqual([]);
      });
    }
  }
});
