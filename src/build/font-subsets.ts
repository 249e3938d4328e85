// Pretendard ships 92 unicode-range subsets, and their @font-face rules alone are ~14 KB of gzipped
// CSS on every page. The browser already downloads only the subsets a page's text needs; this step
// also drops the rules for subsets that no page and no script of the site can ever show, so the CSS
// carries only ~a third of them. The set is recomputed on every build, so new text brings its
// subsets back. The rewritten stylesheet gets a new content-hashed name, keeping long caching safe.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { filesUnder } from './dist-files.ts';

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

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

/**
 * Keeps the @font-face rules whose unicode-range covers at least one used code point, and narrows
 * each kept range to the code points the site uses: the browser picks the same file for every
 * character on the site, and the descriptor shrinks from Pretendard's long frequency lists.
 */
export function pruneFontFaces(css: string, used: ReadonlySet<number>): { css: string; kept: number; dropped: number } {
  let kept = 0;
  let dropped = 0;
  const result = css.replace(FONT_FACE, (rule) => {
    const range = /unicode-range\s*:\s*([^;}]*)/i.exec(rule)?.[1];
    if (!range) {
      kept++;
      return rule;
    }
    const ranges = parseUnicodeRange(range);
    const covered = [...used].filter((codePoint) =>
      ranges.some(([start, end]) => codePoint >= start && codePoint <= end),
    );
    if (covered.length === 0) {
      dropped++;
      return '';
    }
    kept++;
    return rule.replace(range, formatUnicodeRange(covered));
  });
  return { css: result, kept, dropped };
}

/** Every code point the site can display: page text and strings in its scripts. */
export function usedCodePoints(outDir: string): Set<number> {
  const used = new Set<number>();
  for (const file of [...filesUnder(outDir, '.html'), ...filesUnder(outDir, '.js')]) {
    for (const character of readFileSync(file, 'utf8')) used.add(character.codePointAt(0) ?? 0);
  }
  return used;
}

export function pruneSiteFonts(outDir: string): { stylesheets: number; kept: number; dropped: number } {
  const used = usedCodePoints(outDir);
  const renames = new Map<string, string>();
  let kept = 0;
  let dropped = 0;
  for (const file of filesUnder(join(outDir, '_astro'), '.css')) {
    const css = readFileSync(file, 'utf8');
    if (!/@font-face[^}]*unicode-range/i.test(css)) continue;
    const pruned = pruneFontFaces(css, used);
    kept += pruned.kept;
    dropped += pruned.dropped;
    if (pruned.dropped === 0) continue;
    const hash = createHash('sha256').update(pruned.css).digest('hex').slice(0, 8);
    const renamed = basename(file).replace(/\.css$/, `.f${hash}.css`);
    writeFileSync(file, pruned.css);
    renameSync(file, join(outDir, '_astro', renamed));
    renames.set(`/_astro/${basename(file)}`, `/_astro/${renamed}`);
  }
  if (renames.size > 0) {
    for (const file of filesUnder(outDir, '.html')) {
      const html = readFileSync(file, 'utf8');
      let updated = html;
      for (const [from, to] of renames) updated = updated.replaceAll(from, to);
      if (updated !== html) writeFileSync(file, updated);
    }
  }
  return { stylesheets: renames.size, kept, dropped };
}
