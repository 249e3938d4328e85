import { describe, expect, test } from 'vitest';
import { formatUnicodeRange, parseUnicodeRange, pruneFontFaces } from '../../src/build/font-subsets.ts';

const css = [
  '@font-face{font-family:P;src:url(/a.woff2);unicode-range:U+AC00-AC0F,U+0041}',
  '@font-face{font-family:P;src:url(/b.woff2);unicode-range:U+D7A0-D7A3}',
  'body{color:red}',
].join('');

describe('font subsets', () => {
  test('parses and formats unicode ranges', () => {
    expect(parseUnicodeRange('U+AC00-AC0F, U+0041')).toEqual([
      [0xac00, 0xac0f],
      [0x41, 0x41],
    ]);
    expect(formatUnicodeRange([0x41, 0xac01, 0xac00, 0xac02, 0xac05])).toBe('U+41,U+AC00-AC02,U+AC05');
  });

  test('drops faces no used character needs and narrows the others to the used characters', () => {
    const used = new Set(['가', '각', 'A', 'z'].map((character) => character.codePointAt(0) ?? 0));
    const pruned = pruneFontFaces(css, used);
    expect(pruned).toMatchObject({ kept: 1, dropped: 1 });
    expect(pruned.css).toBe(
      '@font-face{font-family:P;src:url(/a.woff2);unicode-range:U+41,U+AC00-AC01}body{color:red}',
    );
  });
});
