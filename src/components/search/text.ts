// How words are reduced to the forms the search index stores and the query looks up. Shared by the
// build (index-builder.ts) and the browser (engine.ts), so both sides always agree. Pure.
import { stemWord, tokenize } from '../../lib/korean-query.ts';

const HANGUL = /[\uAC00-\uD7A3]/u;
const LATIN_WORD = /^[a-z][a-z0-9]*$/u;

/**
 * A light English stemmer: plural and -ing/-ed endings off, so `containers`, `layers`, `dropping`
 * and `capabilities` meet `container`, `layer`, `drop`, `capabilit(y)` by prefix. Prefix matching
 * does the rest, as Pagefind's did.
 */
export function stemEnglish(word: string): string {
  if (!LATIN_WORD.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) {
    const base = word.slice(0, -3);
    // `dropping` → `drop`, `running` → `run`
    return /([b-df-hj-np-tv-z])\1$/u.test(base) ? base.slice(0, -1) : base;
  }
  if (word.endsWith('ed') && word.length > 4 && !word.endsWith('eed')) {
    const base = word.slice(0, -2);
    return /([b-df-hj-np-tv-z])\1$/u.test(base) ? base.slice(0, -1) : base;
  }
  if (word.endsWith('es') && /(?:x|ch|sh)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/** The index form of one lowercased word: Hangul stem, or lightly stemmed Latin. */
export function indexForm(word: string): string {
  return HANGUL.test(word) ? stemWord(word) : stemEnglish(word);
}

/** Text → index forms, in order, repeats kept. */
export function indexWords(text: string): string[] {
  return tokenize(text.normalize('NFC').toLocaleLowerCase('ko'))
    .map(indexForm)
    .filter((word) => word !== '');
}

/** A phrase as one spacing-free key: `쓰기 가능한 계층` and `쓰기가능한 계층을` → `쓰기가능한계층`. */
export function compactKey(text: string): string {
  return indexWords(text).join('');
}

export const isHangulWord = (word: string): boolean => HANGUL.test(word);

/** Hangul syllables in a word. */
export const syllables = (word: string): number => word.match(/[\uAC00-\uD7A3]/gu)?.length ?? 0;

/**
 * The shard of a rare word: from its first character only, so every word a prefix can match lives
 * in the prefix's own shard.
 */
export function rareShard(word: string, shards: number): number {
  return ((word.codePointAt(0) ?? 0) * 7919) % shards;
}
