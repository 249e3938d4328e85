// Pure helpers of the glossary component: sorting in each language's order and the definitions'
// small inline markup. Tested in test/unit/glossary.test.ts.
import type { GlossaryLang, GlossaryTerm } from '../../lib/glossary.ts';

export type InlinePart = { kind: 'text' | 'code' | 'em' | 'ko'; text: string };

/** Splits `code`, *emphasis* and <span lang="ko">…</span> out of a definition; the rest is text. */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /`([^`]+)`|\*([^*]+)\*|<span lang="ko">([^<]+)<\/span>/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) parts.push({ kind: 'code', text: match[1] });
    else if (match[2] !== undefined) parts.push({ kind: 'em', text: match[2] });
    else parts.push({ kind: 'ko', text: match[3] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

const HANGUL_START = /^[\uAC00-\uD7A3]/u;

/**
 * Korean: 가나다 order, with headwords starting in Latin letters or digits at the end of the group
 * (as the glossary's 표기 원칙 says); English: A–Z, case-insensitive.
 */
export function sortTerms(terms: readonly GlossaryTerm[], lang: GlossaryLang): GlossaryTerm[] {
  const key = (term: GlossaryTerm) => (lang === 'ko' ? term.ko : term.en);
  return [...terms].sort((a, b) => {
    if (lang === 'ko') {
      const hangulA = HANGUL_START.test(key(a));
      const hangulB = HANGUL_START.test(key(b));
      if (hangulA !== hangulB) return hangulA ? -1 : 1;
    }
    return key(a).localeCompare(key(b), lang, { sensitivity: 'base' });
  });
}
