// Types and pure helpers over the glossary data (glossary-data.ts): the forms a reader may type for
// a term (search synonyms), and the house-style check that finds variants the prose must not use
// (terms.md). Nothing here imports astro:*, so build code, tests and the browser can use it.
import { GLOSSARY_GROUPS, GLOSSARY_TERMS } from './glossary-data.ts';
import type { Lang } from '../i18n/locales.ts';

export type GlossaryLang = Lang;
export type GlossaryGroupId =
  'basics' | 'hypervisors' | 'memory-io' | 'containers' | 'images' | 'docker' | 'isolation' | 'networking' | 'storage';

export interface GlossaryGroup {
  id: GlossaryGroupId | string;
  title: Record<GlossaryLang, string>;
  intro: Record<GlossaryLang, string>;
}

/** Where a term is explained: a chapter and, unless the chapter is not merged yet, a section. */
export type GlossaryRef =
  | {
      chapter: string;
      /** Heading id of the section in each language (Starlight's slug of the heading text). */
      anchor: Record<GlossaryLang, string>;
      section: Record<GlossaryLang, string>;
      pending?: undefined;
    }
  | {
      chapter: string;
      /** The chapter is being written on another branch: no link until the flag is removed. */
      pending: true;
      anchor?: undefined;
      section?: undefined;
    };

export interface GlossaryTerm {
  /** Stable id, also the entry's anchor on both glossary pages (`#term-<id>`). */
  id: string;
  group: GlossaryGroupId | string;
  /** The Korean headword, as prose writes it (`VM exit`, `컨테이너`). */
  ko: string;
  /** The English (or explanatory) gloss shown in parentheses after the Korean headword. */
  koGloss: string | null;
  /** The English headword, with its abbreviation if any (`virtual machine, VM`). */
  en: string;
  /** Other forms readers type: seeds' vocabulary, spellings, abbreviations, the other script. */
  variants: readonly string[];
  /** Variants the house style forbids in prose (terms.md); each is also a search variant. */
  avoid: readonly string[];
  /** One or two sentences; `code` and *emphasis* are the only inline markup. */
  definition: Record<GlossaryLang, string>;
  explainedIn: readonly GlossaryRef[];
}

export { GLOSSARY_GROUPS, GLOSSARY_TERMS };

/** `#term-vm-exit`: the same anchor in both languages. */
export const termAnchor = (term: Pick<GlossaryTerm, 'id'>): string => `term-${term.id}`;

/** The forms written in a headword: `virtual machine, VM` → `virtual machine`, `VM`. */
function headwordForms(headword: string): string[] {
  return headword
    .replace(/[()]/g, ',')
    .split(',')
    .map((form) => form.trim())
    .filter((form) => form !== '');
}

/** Every form a reader may type for a term, in any language, without duplicates. */
export function termForms(term: GlossaryTerm): string[] {
  const forms = [
    ...headwordForms(term.ko),
    ...headwordForms(term.koGloss ?? ''),
    ...headwordForms(term.en),
    ...term.variants,
    ...term.avoid,
  ];
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = form.toLocaleLowerCase('ko');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The sections that explain a term in one language, skipping chapters not merged yet. */
export function explainingSections(term: GlossaryTerm, lang: GlossaryLang): { chapter: string; anchor: string }[] {
  return term.explainedIn.flatMap((ref) =>
    ref.pending || !ref.anchor ? [] : [{ chapter: ref.chapter, anchor: ref.anchor[lang] }],
  );
}

export interface AvoidedVariant {
  path: string;
  line: number;
  /** `path:line`, as editors and CI logs link it. */
  where: string;
  found: string;
  /** What to write instead: the term's Korean headword. */
  preferred: string;
  termId: string;
  message: string;
}

const FENCE = /^\s*(```|~~~)/;
const INLINE_CODE = /`[^`]*`/g;
// A form in single quotes is mentioned, not used (`'VM 종료'는 … 읽힌다`), as the 표기 원칙 does.
const MENTION = /'[^'\n]*'|‘[^’\n]*’/g;

/**
 * Finds the variants the house style forbids (each term's `avoid` list) in prose: Markdown/MDX text
 * outside code fences, inline code, single-quoted mentions and frontmatter. Pure, so the build's content rules can call it
 * with the files they already read. A forbidden form that is part of the preferred form (`규격` in a
 * term written `규격`) is never reported.
 */
export function findAvoidedVariants(
  files: readonly { path: string; text: string }[],
  terms: readonly GlossaryTerm[] = GLOSSARY_TERMS,
): AvoidedVariant[] {
  const rules = terms.flatMap((term) =>
    term.avoid.filter((found) => !term.ko.includes(found)).map((found) => ({ found, term })),
  );
  const problems: AvoidedVariant[] = [];
  for (const { path, text } of files) {
    const lines = text.split(/\r?\n/);
    let inFence = false;
    let inFrontmatter = lines[0]?.trim() === '---';
    lines.forEach((raw, index) => {
      if (inFrontmatter) {
        if (index > 0 && raw.trim() === '---') inFrontmatter = false;
        return;
      }
      if (FENCE.test(raw)) {
        inFence = !inFence;
        return;
      }
      if (inFence) return;
      const prose = raw
        .replace(INLINE_CODE, (code) => ' '.repeat(code.length))
        .replace(MENTION, (quoted) => ' '.repeat(quoted.length));
      for (const { found, term } of rules) {
        if (!prose.includes(found)) continue;
        const line = index + 1;
        problems.push({
          path,
          line,
          where: `${path}:${line}`,
          found,
          preferred: term.ko,
          termId: term.id,
          message: `${path}:${line}: '${found}' — write '${term.ko}' (${term.en}; see the glossary)`,
        });
      }
    });
  }
  return problems;
}
