// Web fonts cut to exactly the glyphs the site shows. Pretendard's own "dynamic subset" CSS splits
// the font into 92 unicode-range slices by frequency; a Korean chapter needed about 25 of them
// (360–600 KB), each arrival re-laid out a long page (TBT 350–400 ms, CLS up to 0.16 in Lighthouse).
//
// Instead, after the build, this step reads the finished pages and makes, with HarfBuzz's subsetter
// (subset-font, the WebAssembly build of hb-subset), per weight:
// - a "base" file: every glyph but Hangul — all an English page needs;
// - a "ko" file: the Hangul the site uses — what a Korean page adds.
// Two weights are made from Pretendard's variable font, pinned: 400 for text (serving 100–500) and
// 600 for headings, bold and labels (serving 600–900, so the browser never fakes bold). The 600
// files hold only the glyphs the pages show in bold elements.
//
// The faces use font-display: optional, so text paints once, in Pretendard when it is there within
// the first ~100 ms and otherwise in the system's Korean font for that page view; nothing re-lays
// out later (no swap). The base files are preloaded on every page; the Hangul files are fetched
// while idle after a Korean page has loaded and used from the next page on
// (src/components/fonts/hangul-font.ts says why and how). Any character outside the subsets
// (a word a reader types into search or a calculator) falls through to the system fonts named in
// src/styles/custom.css, which cover all of Hangul on every platform.
//
// The files are content-hashed and cached in node_modules/.cache/handbook-fonts by their glyph list,
// so a build whose text adds no new character re-uses them.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { filesUnder } from './dist-files.ts';
import { HANGUL_FONT_LINK_ID, HANGUL_FONT_STORAGE_KEY } from '../components/fonts/hangul-font.ts';

const require = createRequire(import.meta.url);
const pretendardDir = dirname(require.resolve('pretendard/package.json'));
const pretendardVersion: string = JSON.parse(readFileSync(join(pretendardDir, 'package.json'), 'utf8')).version;
const SOURCE_FONT = join(pretendardDir, 'dist/web/variable/woff2/PretendardVariable.woff2');
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'handbook-fonts');

/** The family name the stylesheets ask for (src/styles/custom.css, diagram labels). */
export const FONT_FAMILY = 'Pretendard';

export const WEIGHTS = [
  { weight: 400, range: '100 500' },
  { weight: 600, range: '600 900' },
] as const;

/** Hangul syllables, jamo and compatibility jamo: the Hangul files' glyphs and their unicode-range. */
const HANGUL_BLOCKS = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xd7b0, 0xd7ff],
] as const;

export const isHangul = (codePoint: number): boolean =>
  HANGUL_BLOCKS.some(([start, end]) => codePoint >= start && codePoint <= end);

/** Code points of a unicode-range descriptor such as `U+AC00-AC0F,U+0041`. */
export function parseUnicodeRange(descriptor: string): [number, number][] {
  return descriptor
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = start] = part.split('-');
      return [parseInt(start, 16), parseInt(end, 16)] as [number, number];
    })
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end));
}

/** A unicode-range descriptor for the given code points, consecutive ones merged into ranges. */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (codePoint: number) => codePoint.toString(16).toUpperCase();
  for (let index = 0; index < sorted.length;) {
    const start = sorted[index] ?? 0;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index] ?? end;
    index++;
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return parts.join(',');
}

// Elements the site's stylesheets set in weight 600 or 700 (Starlight's headings, bold, the current
// sidebar entry and site title; the calculators' legends, labels, captions and big figures; search
// result titles and highlights).
const BOLD_ELEMENT = /<(h[1-6]|strong|b|th|dt|legend|label|caption|summary|mark)\b[^>]*>([\s\S]*?)<\/\1>/g;
const BOLD_CLASS =
  /<(a|span|p|div|output)\b[^>]*(?:aria-current="page"|class="[^"]*(?:title|caption|big|large)[^"]*")[^>]*>([\s\S]*?)<\/\1>/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g;

/** The characters a page can show: its text (tags removed, entities decoded) and attribute text. */
export function pageCharacters(html: string): { all: Set<number>; bold: Set<number> } {
  const decode = (text: string) =>
    text
      .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)));
  const add = (set: Set<number>, text: string) => {
    for (const character of decode(text)) set.add(character.codePointAt(0) ?? 0);
  };
  const all = new Set<number>();
  const bold = new Set<number>();
  // Every character of the page, markup included: ASCII either way, and attribute text
  // (placeholder, aria-label, data-copied) that buttons and fields show.
  add(all, html.replace(SCRIPT_OR_STYLE, ''));
  for (const pattern of [BOLD_ELEMENT, BOLD_CLASS]) {
    for (const match of html.matchAll(pattern)) add(bold, (match[2] ?? '').replace(/<[^>]*>/g, ''));
  }
  return { all, bold };
}

export interface SiteCharacters {
  /** Per weight: every character but Hangul, preloaded on every page. */
  base: Record<number, Set<number>>;
  /** Per weight: the Hangul, from a reader's second page on (src/components/fonts/hangul-font.ts). */
  ko: Record<number, Set<number>>;
}

/**
 * Splits the site's characters into the base and Korean sets of each weight. No Hangul goes into the
 * base, not even the English pages' 한국어: while the Hangul faces are off (a first visit), every
 * syllable is then in the same system font, never a few in Pretendard among them.
 */
export function siteCharacters(outDir: string): SiteCharacters {
  const everywhere = { 400: new Set<number>(), 600: new Set<number>() } as Record<number, Set<number>>;
  for (const file of filesUnder(outDir, '.html')) {
    const { all, bold } = pageCharacters(readFileSync(file, 'utf8'));
    all.forEach((codePoint) => everywhere[400]?.add(codePoint));
    bold.forEach((codePoint) => everywhere[600]?.add(codePoint));
  }
  // Scripts print results and messages in both languages.
  for (const file of filesUnder(outDir, '.js')) {
    for (const character of readFileSync(file, 'utf8')) everywhere[400]?.add(character.codePointAt(0) ?? 0);
  }
  const base: SiteCharacters['base'] = {};
  const ko: SiteCharacters['ko'] = {};
  for (const { weight } of WEIGHTS) {
    const used = [...(everywhere[weight] ?? [])].filter((codePoint) => codePoint >= 0x20);
    base[weight] = new Set(used.filter((codePoint) => !isHangul(codePoint)));
    ko[weight] = new Set(used.filter(isHangul));
  }
  return { base, ko };
}

async function subset(codePoints: Set<number>, weight: number): Promise<Buffer> {
  const text = String.fromCodePoint(...[...codePoints].sort((a, b) => a - b));
  const key = createHash('sha256')
    .update(JSON.stringify({ pretendardVersion, weight, text, tool: 'subset-font@2' }))
    .digest('hex');
  const cached = join(cacheDir, `${key}.woff2`);
  try {
    return readFileSync(cached);
  } catch {
    const font = await subsetFont(readFileSync(SOURCE_FONT), text, {
      targetFormat: 'woff2',
      variationAxes: { wght: weight },
    });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, font);
    return font;
  }
}

/**
 * The <head> script (allowed by its hash, csp.ts) that turns the Hangul stylesheet on before the
 * first paint when this browser has fetched its files (src/components/fonts/hangul-font.ts).
 */
export const HANGUL_FONT_SWITCH =
  `try{var l=document.getElementById(${JSON.stringify(HANGUL_FONT_LINK_ID)}),f=l&&l.dataset.fonts;` +
  `if(f&&localStorage.getItem(${JSON.stringify(HANGUL_FONT_STORAGE_KEY)})===f){l.media="all";` +
  // Preloaded, an optional font may hold the first paint for its short block period; the files come
  // from the cache, so it makes the paint. Not preloaded, Chrome paints without it (measured).
  `f.split(" ").forEach(function(u){var p=document.createElement("link");p.rel="preload";p.as="font";` +
  `p.type="font/woff2";p.crossOrigin="anonymous";p.href=u;l.before(p)})}}catch(e){}`;

export interface SiteFonts {
  /** Tags for every page's <head>: the base preloads and stylesheet, the Hangul stylesheet and its switch. */
  head: string;
  files: { name: string; bytes: number; glyphs: number }[];
}

/** Subsets the fonts, writes them and their two stylesheets into dist/_astro/. */
export async function buildSiteFonts(outDir: string): Promise<SiteFonts> {
  const characters = siteCharacters(outDir);
  const faces: { name: string; weight: (typeof WEIGHTS)[number]; set: 'base' | 'ko'; codePoints: Set<number> }[] = [];
  const files: SiteFonts['files'] = [];
  for (const weight of WEIGHTS) {
    for (const set of ['base', 'ko'] as const) {
      const codePoints = characters[set][weight.weight] ?? new Set<number>();
      if (codePoints.size === 0) continue;
      const font = await subset(codePoints, weight.weight);
      const name = `pretendard-${weight.weight}-${set}.${createHash('sha256').update(font).digest('hex').slice(0, 10)}.woff2`;
      writeFileSync(join(outDir, '_astro', name), font);
      faces.push({ name, weight, set, codePoints });
      files.push({ name, bytes: font.length, glyphs: codePoints.size });
    }
  }
  const url = (name: string) => `/_astro/${name}`;
  // The Hangul faces claim all of Hangul, not only the syllables they hold: a syllable missing from
  // them falls back per character to the next font in the stack, with no request for a file that
  // cannot help. The base faces claim exactly what they hold.
  const hangulRange = formatUnicodeRange(
    HANGUL_BLOCKS.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, offset) => start + offset)),
  );
  const stylesheet = (set: 'base' | 'ko') => {
    const css = faces
      .filter((face) => face.set === set)
      .map(({ name, weight, codePoints }) => {
        const range = set === 'base' ? formatUnicodeRange(codePoints) : hangulRange;
        return `@font-face{font-family:${FONT_FAMILY};font-style:normal;font-weight:${weight.range};font-display:optional;src:url(${url(name)}) format("woff2");unicode-range:${range}}`;
      })
      .join('\n');
    const fileName = `${set === 'base' ? 'fonts' : 'fonts-hangul'}.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
    writeFileSync(join(outDir, '_astro', fileName), `${css}\n`);
    return url(fileName);
  };
  const baseCss = stylesheet('base');
  const hangulCss = stylesheet('ko');
  const base = faces.filter((face) => face.set === 'base');
  const hangul = faces.filter((face) => face.set === 'ko');
  // The base files are preloaded on every page. The Hangul stylesheet is fetched but off
  // (media="not all") until src/components/fonts/hangul-font.ts's switch finds its files cached.
  const head = [
    ...base.map(
      (face) => `<link rel="preload" href="${url(face.name)}" as="font" type="font/woff2" crossorigin="anonymous">`,
    ),
    `<link rel="stylesheet" href="${baseCss}">`,
    `<link rel="stylesheet" href="${hangulCss}" media="not all" id="${HANGUL_FONT_LINK_ID}" data-fonts="${hangul.map((face) => url(face.name)).join(' ')}">`,
    `<script>${HANGUL_FONT_SWITCH}</script>`,
  ].join('');
  return { head, files };
}

/** Puts the font links into a page's head, before its first stylesheet so fonts start early. */
export function addFontLinks(html: string, head: string): string {
  const at = html.search(/<link\b[^>]*rel="stylesheet"/);
  if (at >= 0) return html.slice(0, at) + head + html.slice(at);
  return html.replace('</head>', `${head}</head>`);
}
