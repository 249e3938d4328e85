import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  addFontLinks,
  HANGUL_FONT_SWITCH,
  buildSiteFonts,
  formatUnicodeRange,
  isHangul,
  pageCharacters,
  parseUnicodeRange,
  siteCharacters,
} from '../../src/integrations/font-subsets.ts';

const codePoints = (text: string) => new Set([...text].map((character) => character.codePointAt(0) ?? 0));

/** A tiny built site: two Korean pages, two English ones, one script. */
function fixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'font-subsets-'));
  const page = (path: string, body: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<html><head><link rel="stylesheet" href="/a.css"></head><body>${body}</body></html>`,
    );
  };
  mkdirSync(join(dir, '_astro'));
  page('ko/a', '<h1>가상화</h1><p>컨테이너와 VM</p><select><option>한국어</option></select>');
  page('ko/b', '<p>격리 <strong>하이퍼바이저</strong></p><select><option>한국어</option></select>');
  page('en/a', '<h1>Virtualization</h1><select><option>한국어</option></select>');
  page('en/b', '<p>Glossary: <span lang="ko">밀도</span></p><select><option>한국어</option></select>');
  writeFileSync(join(dir, '_astro', 'calc.js'), 'const message = "값을 넣어 주세요";');
  return dir;
}

describe('font subsets', () => {
  test('parses and formats unicode ranges', () => {
    expect(parseUnicodeRange('U+AC00-AC0F, U+0041')).toEqual([
      [0xac00, 0xac0f],
      [0x41, 0x41],
    ]);
    expect(formatUnicodeRange([0x41, 0xac01, 0xac00, 0xac02, 0xac05])).toBe('U+41,U+AC00-AC02,U+AC05');
  });

  test('a page shows its text and attribute text; bold elements count for the bold weight', () => {
    const { all, bold } = pageCharacters(
      '<h2>굵은 제목</h2><p>보통 &#xAC00; <strong>강조</strong></p><input placeholder="검색어"><script>"스크립트"</script>',
    );
    for (const character of '굵은제목보통가강조검색어')
      expect(all.has(character.codePointAt(0) ?? 0), character).toBe(true);
    expect(all.has('스'.codePointAt(0) ?? 0)).toBe(false);
    expect([...bold].filter((codePoint) => codePoint > 0x7f)).toEqual(
      [...codePoints('굵은 제목강조')].filter((c) => c > 0x7f),
    );
  });

  test('the base set holds no Hangul (not even the English pages’ 한국어); the Korean set holds it all', () => {
    const dir = fixtureSite();
    const { base, ko } = siteCharacters(dir);
    for (const character of 'Virtualization')
      expect(base[400]?.has(character.codePointAt(0) ?? 0), character).toBe(true);
    for (const weight of [400, 600]) expect([...(base[weight] ?? [])].filter(isHangul), String(weight)).toEqual([]);
    for (const character of '한국어가상화컨테이너격리밀도값넣')
      expect(ko[400]?.has(character.codePointAt(0) ?? 0), character).toBe(true);
    expect([...(ko[600] ?? [])].sort()).toEqual([...codePoints('가상화하이퍼바이저')].sort());
  });

  test('builds real WOFF2 subsets, a base and a Hangul stylesheet with font-display: optional, and the head tags', async () => {
    const dir = fixtureSite();
    const fonts = await buildSiteFonts(dir);
    const files = readdirSync(join(dir, '_astro'));
    const woff2 = files.filter((file) => file.endsWith('.woff2'));
    expect(woff2).toHaveLength(4);
    for (const file of woff2)
      expect(
        readFileSync(join(dir, '_astro', file))
          .subarray(0, 4)
          .toString(),
      ).toBe('wOF2');
    const read = (prefix: string) =>
      readFileSync(join(dir, '_astro', files.find((file) => file.startsWith(prefix)) ?? ''), 'utf8');
    const base = read('fonts.');
    const hangul = read('fonts-hangul.');
    expect(base.match(/font-display:optional/g)).toHaveLength(2);
    expect(hangul.match(/font-display:optional/g)).toHaveLength(2);
    expect(base).not.toContain('-ko.');
    expect(hangul).not.toContain('-base.');
    expect(hangul).toContain('font-weight:600 900');
    expect(fonts.files.reduce((sum, file) => sum + file.bytes, 0)).toBeLessThan(60 * 1024);
    // Only the base files are preloaded; the Hangul stylesheet is off until its files are cached.
    const preloads = [...fonts.head.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((match) => match[1]);
    expect(preloads).toHaveLength(2);
    for (const href of preloads) expect(href).toMatch(/-base\.[0-9a-f]{10}\.woff2$/);
    const link =
      /<link rel="stylesheet" href="(\/_astro\/fonts-hangul\.[^"]+)" media="not all" id="hb-hangul-font" data-fonts="([^"]+)">/.exec(
        fonts.head,
      );
    expect(link?.[2]?.split(' ')).toEqual(
      woff2.filter((file) => file.includes('-ko.')).map((file) => `/_astro/${file}`),
    );
    expect(fonts.head).toContain(`<script>${HANGUL_FONT_SWITCH}</script>`);
    // The switch comes after the link it looks up.
    expect(fonts.head.indexOf('<script>')).toBeGreaterThan(fonts.head.indexOf('id="hb-hangul-font"'));
    expect(addFontLinks('<head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"></head>', '<link x>')).toBe(
      '<head><meta charset="utf-8"><link x><link rel="stylesheet" href="/a.css"></head>',
    );
  }, 60_000);
});

describe('the Hangul stylesheet switch', () => {
  // The inline <head> script, run against a stand-in document and storage.
  const run = (stored: string | null, fonts: string | undefined, storageThrows = false) => {
    const preloads: Record<string, string>[] = [];
    const link = {
      dataset: fonts === undefined ? {} : { fonts },
      media: 'not all',
      before: (element: Record<string, string>) => preloads.push(element),
    };
    const document = {
      getElementById: (id: string) => (id === 'hb-hangul-font' ? link : null),
      createElement: (tag: string) => ({ tag }),
    };
    const localStorage = {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === 'hb-hangul-font' ? stored : null;
      },
    };
    new Function('document', 'localStorage', HANGUL_FONT_SWITCH)(document, localStorage);
    return { media: link.media, preloads };
  };
  test('turns the stylesheet on and preloads its files only when the recorded files are the page’s files', () => {
    const on = run('/_astro/a.woff2 /_astro/b.woff2', '/_astro/a.woff2 /_astro/b.woff2');
    expect(on.media).toBe('all');
    expect(on.preloads).toEqual(
      ['/_astro/a.woff2', '/_astro/b.woff2'].map((href) => ({
        tag: 'link',
        rel: 'preload',
        as: 'font',
        type: 'font/woff2',
        crossOrigin: 'anonymous',
        href,
      })),
    );
    for (const [stored, fonts] of [
      [null, '/_astro/a.woff2 /_astro/b.woff2'],
      ['/_astro/old.woff2 /_astro/b.woff2', '/_astro/a.woff2 /_astro/b.woff2'],
      ['', ''],
      ['x', undefined],
    ] as const) {
      expect(run(stored, fonts), `${stored} ${fonts}`).toEqual({ media: 'not all', preloads: [] });
    }
  });
  test('does nothing, and throws nothing, when storage is refused', () => {
    expect(run('x', 'x', true)).toEqual({ media: 'not all', preloads: [] });
  });
});
