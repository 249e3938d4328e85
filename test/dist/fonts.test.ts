// Wherever Pretendard's subset lacks a syllable, the Korean face's unicode-range still claims it, so the
// browser falls back per character to the next font in the stack instead of showing nothing (read from
// the built CSS; what the browser then renders is checked in test/e2e/fonts.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseUnicodeRange } from '../../src/integrations/font-subsets.ts';
import { DIST } from '../support/dist.ts';

test('for each weight the faces together claim all of Hangul, so missing syllables fall back per character', () => {
  const css = readdirSync(join(DIST, '_astro'))
    .filter((file) => /^fonts(-hangul)?\..*\.css$/.test(file))
    .map((file) => readFileSync(join(DIST, '_astro', file), 'utf8'))
    .join('');
  for (const weight of ['100 500', '600 900']) {
    const faces = [...css.matchAll(/@font-face\{[^}]*\}/g)]
      .map((match) => match[0])
      .filter((face) => face.includes(`font-weight:${weight};`));
    expect(faces, weight).toHaveLength(2);
    for (const face of faces) expect(face).toContain('font-display:optional');
    const ranges = faces.flatMap((face) => parseUnicodeRange(/unicode-range:([^;}]*)/.exec(face)?.[1] ?? ''));
    const missing: number[] = [];
    for (let codePoint = 0xac00; codePoint <= 0xd7a3; codePoint++) {
      if (!ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) missing.push(codePoint);
    }
    expect(missing, weight).toEqual([]);
  }
});
