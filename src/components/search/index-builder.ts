// Build step (called from src/integrations/postbuild.ts): writes the handbook's own search index from the
// finished pages, one per language, instead of shipping Pagefind's runtime (13 kB JS + 58 kB
// WebAssembly, gzip) and its 50 kB index chunks to every reader's first query.
//
// dist/search-index/<lang>.json — loaded once, on the first query (about 30–40 kB gzip):
//   pages    [url, title, hub (1|0), keyword forms]
//   sections [page, anchor, title]
//   words    every index form (text.ts) of the language, sorted, space-separated and front-coded:
//            each word starts with how many characters it shares with the one before, in base 36
//            (`0컨테이너 4화`), which saves a fifth of the list (gzip)
//   postings per word, the sections that have it, as comma-separated base-36 deltas of
//            section × 3 + weight (0: four times or more, 1: two or three times, 2: once); an
//            inverted list is 18 kB (gzip) smaller than a word list per section
//   synonyms [label, compact forms, section ids]: every glossary term with a section that explains it
// dist/search-index/<lang>-<hash>/rare-<n>.json — words that occur in one section only, sharded by
//   their first character; fetched only for a query term that matches nothing in the index above.
// dist/search-index/<lang>-<hash>/<section>.txt — a section's plain text, fetched only for the
//   excerpts of the results on screen (about 1 kB each).
// The text is what Pagefind would index: inside data-pagefind-body, minus data-pagefind-ignore,
// heading anchor links, buttons and SVG. Pages whose text is in the other language (Starlight's
// fallback for an untranslated chapter) are left out of that language's index.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { isLang, LANGS, type Lang } from '../../i18n/locales.ts';
import {
  GLOSSARY_TERMS,
  explainingSections,
  termForms,
  type GlossaryLang,
  type GlossaryTerm,
} from '../../lib/glossary.ts';
import { compactKey, indexWords, isHangulWord, rareShard, syllables } from './text.ts';

export const SEARCH_INDEX_DIR = 'search-index';
/** Landing, glossary and translation status mention every topic; they rank below the chapters. */
const HUB_SLUGS = new Set(['', 'glossary', 'translation-status']);
// The page footer (edit link, previous/next chapter) sits inside Starlight's data-pagefind-body.
const SKIP_TAGS = new Set(['svg', 'script', 'style', 'template', 'button', 'noscript', 'footer', 'nav']);

export interface BuiltSection {
  page: number;
  anchor: string;
  title: string;
  text: string;
  words: string[];
}
export interface BuiltPage {
  url: string;
  title: string;
  hub: boolean;
  keywords: string[];
}
export interface SearchIndexFile {
  v: 2;
  lang: string;
  /** Directory of the section texts, relative to /search-index/. */
  texts: string;
  pages: [string, string, 0 | 1, string][];
  sections: [number, string, string][];
  words: string;
  postings: string;
  /** How many shards of rare words there are (`<texts>/rare-<n>.json`, see rareShard in text.ts). */
  rareShards: number;
  synonyms: [string, string[], number[]][];
}

const className = (node: Element): string[] => {
  const value = node.properties?.['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

function skipped(node: Element): boolean {
  return (
    SKIP_TAGS.has(node.tagName) ||
    node.properties?.['dataPagefindIgnore'] !== undefined ||
    className(node).includes('sl-anchor-link')
  );
}

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties?.['dataPagefindBody'] !== undefined) return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

function metaContent(tree: Root, name: string, lang?: string): string | undefined {
  let value: string | undefined;
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || value !== undefined) continue;
      const props = child.properties ?? {};
      if (child.tagName === 'meta' && props['name'] === name && (lang === undefined || props['lang'] === lang)) {
        value = String(props['content'] ?? '');
      } else visit(child);
    }
  };
  visit(tree);
  return value;
}

const BLOCK = new Set([
  'p',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'div',
  'br',
  'tr',
  'figcaption',
  'pre',
  'blockquote',
  'h4',
  'h5',
]);

/** Splits a page body into sections at every h2/h3 with an id; the part before the first is the intro. */
export function sectionsOf(body: Element): { anchor: string; title: string; text: string }[] {
  const sections = [{ anchor: '', title: '', text: '' }];
  const walk = (node: ElementContent | RootContent): void => {
    if (node.type === 'text') {
      sections[sections.length - 1]!.text += node.value;
      return;
    }
    if (node.type !== 'element' || skipped(node)) return;
    const id = node.properties?.['id'];
    if (/^h[23]$/.test(node.tagName) && typeof id === 'string' && id !== '') {
      sections.push({ anchor: id, title: toString(node).trim(), text: '' });
      return;
    }
    if (BLOCK.has(node.tagName)) sections[sections.length - 1]!.text += ' ';
    node.children.forEach(walk);
    if (BLOCK.has(node.tagName)) sections[sections.length - 1]!.text += ' ';
  };
  body.children.forEach(walk);
  return sections
    .map((section) => ({ ...section, text: section.text.replace(/\s+/g, ' ').trim() }))
    .filter((section) => section.text !== '' || section.title !== '');
}

/** How often a word occurs in a section, as a weight class: 0 (≥ 4), 1 (2–3) or 2 (once). */
export const weightClass = (count: number): 0 | 1 | 2 => (count >= 4 ? 0 : count >= 2 ? 1 : 2);

/** Inverted lists: sorted words, and per word its sections as base-36 deltas of section × 3 + class. */
export function invert(sectionWords: readonly (readonly string[])[]): { words: string; postings: string } {
  const lists = new Map<string, number[]>();
  sectionWords.forEach((words, section) => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) {
      let list = lists.get(word);
      if (!list) lists.set(word, (list = []));
      list.push(section * 3 + weightClass(count));
    }
  });
  const sorted = [...lists.keys()].sort();
  const postings = sorted.map((word) => {
    let previous = 0;
    return (lists.get(word) ?? [])
      .map((entry) => {
        const delta = entry - previous;
        previous = entry;
        return delta.toString(36);
      })
      .join(',');
  });
  return { words: frontCode(sorted), postings: postings.join(' ') };
}

/** Sorted words → `0컨테이너 4화 …` (shared-prefix length in base 36, at most 35, then the rest). */
export function frontCode(sorted: readonly string[]): string {
  let previous: string[] = [];
  return sorted
    .map((word) => {
      const chars = [...word];
      let shared = 0;
      while (shared < 35 && shared < chars.length && chars[shared] === previous[shared]) shared++;
      previous = chars;
      return `${shared.toString(36)}${chars.slice(shared).join('')}`;
    })
    .join(' ');
}

/** Words a search never needs: digests and other long hex or digit runs, pasted paths. */
const NOISE = /^(?:[0-9a-f]{12,}|\d{5,})$/u;
export const isIndexable = (word: string): boolean => [...word].length <= 30 && !NOISE.test(word);

/**
 * Parts of a solid Hangul compound that the text also writes apart (`가상머신` → `가상`, `머신`),
 * so a section that writes it solid is found by the spaced query too.
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (!isHangulWord(word) || syllables(word) < 4) return [];
  const chars = [...word];
  for (let split = 2; split <= chars.length - 2; split++) {
    const left = chars.slice(0, split).join('');
    const right = chars.slice(split).join('');
    if (vocabulary.has(left) && vocabulary.has(right)) return [left, right];
  }
  return [];
}

export interface BuiltIndex {
  index: Omit<SearchIndexFile, 'texts'>;
  /** Rare-word shards: `{ words, postings }` as in the index, one file each. */
  rare: RareShardFile[];
  sections: BuiltSection[];
}
export interface RareShardFile {
  words: string;
  postings: string;
}
/** Shards of the words that occur in one section only; about 3 kB each (gzip). */
export const RARE_SHARDS = 6;

export interface SourcePage {
  url: string;
  title: string;
  hub: boolean;
  /** Frontmatter keywords, any language. */
  keywords: string;
  sections: { anchor: string; title: string; text: string }[];
}

/** The index of one language from its pages; pure, so tests can build one from a few strings. */
export function indexFromPages(
  lang: GlossaryLang,
  source: readonly SourcePage[],
  terms: readonly GlossaryTerm[] = GLOSSARY_TERMS,
): BuiltIndex {
  const pages: BuiltPage[] = [];
  const sections: BuiltSection[] = [];
  for (const input of source) {
    const page = pages.length;
    pages.push({
      url: input.url,
      title: input.title,
      hub: input.hub,
      keywords: [...new Set(indexWords(`${input.title} ${input.keywords}`))],
    });
    for (const section of input.sections) {
      const words = indexWords(`${section.title} ${section.text}`).filter(isIndexable);
      sections.push({ page, ...section, words });
    }
  }
  const vocabulary = new Set(sections.flatMap((section) => section.words));
  const synonyms: [string, string[], number[]][] = [];
  for (const term of terms) {
    const targets = explainingSections(term, lang).flatMap(({ chapter, anchor }) => {
      const id = sections.findIndex(
        (section) => section.anchor === anchor && pages[section.page]?.url === `/${lang}/${chapter}/`,
      );
      return id === -1 ? [] : [id];
    });
    if (targets.length === 0) continue;
    const forms = [...new Set(termForms(term).map(compactKey))].filter((form) => [...form].length >= 2);
    synonyms.push([lang === 'ko' ? term.ko : (term.en.split(', ')[0] ?? term.en), forms, targets]);
  }
  const sectionWords = sections.map((section) => [
    ...section.words,
    ...new Set(section.words.flatMap((word) => compoundParts(word, vocabulary))),
  ]);
  // Words in one section only (half the vocabulary) go to small shards, fetched only when a query
  // term matches nothing else: the first query then downloads a quarter less.
  const sectionsOfWord = new Map<string, number>();
  for (const words of sectionWords)
    for (const word of new Set(words)) sectionsOfWord.set(word, (sectionsOfWord.get(word) ?? 0) + 1);
  const isRare = (word: string) => (sectionsOfWord.get(word) ?? 0) < 2;
  const core = invert(sectionWords.map((words) => words.filter((word) => !isRare(word))));
  const rare = Array.from({ length: RARE_SHARDS }, (_, shard) =>
    invert(sectionWords.map((words) => words.filter((word) => isRare(word) && rareShard(word, RARE_SHARDS) === shard))),
  );
  return {
    index: {
      v: 2,
      lang,
      pages: pages.map((page) => [page.url, page.title, page.hub ? 1 : 0, page.keywords.join(' ')]),
      sections: sections.map((section) => [section.page, section.anchor, section.title]),
      ...core,
      rareShards: RARE_SHARDS,
      synonyms,
    },
    rare,
    sections,
  };
}

/**
 * The search entry of a finished page, from its parsed HTML (the post-build workers parse each page
 * once, for this and the CSP rewrite), or undefined for a page left out: the 404 and search pages,
 * a page without a body, and Starlight's fallback for an untranslated chapter, whose text is the
 * other language's. `path` is the page's file path under dist/, e.g. `ko/containers/index.html`.
 */
export function searchPageOf(tree: Root, path: string): { lang: Lang; page: SourcePage } | undefined {
  const match = /^([^/]+)\/(.*?)\/?index\.html$/.exec(path.split(sep).join('/'));
  const [, lang = '', slug = ''] = match ?? [];
  if (!isLang(lang) || /^(404|search)(\/|$)/.test(slug)) return undefined;
  const body = findBody(tree);
  if (!body) return undefined;
  if ((metaContent(tree, 'handbook:content-language') ?? lang) !== lang) return undefined;
  let title = '';
  const findTitle = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || title) continue;
      if (child.tagName === 'h1') title = toString(child).trim();
      else findTitle(child);
    }
  };
  findTitle(tree);
  const keywords = [metaContent(tree, 'keywords'), metaContent(tree, 'keywords', 'ko')]
    .filter((value): value is string => value !== undefined)
    .join(' ');
  return {
    lang,
    page: {
      url: `/${lang}/${slug === '' ? '' : `${slug}/`}`,
      title,
      hub: HUB_SLUGS.has(slug),
      keywords,
      sections: sectionsOf(body),
    },
  };
}

/**
 * Writes both languages' indexes from their pages (in the order of their files under dist/);
 * returns a line for the build log.
 */
export function writeSearchIndex(distDir: string, pages: Record<Lang, SourcePage[]>): string {
  const out = join(distDir, SEARCH_INDEX_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const summary: string[] = [];
  for (const lang of LANGS) {
    const { index, rare, sections } = indexFromPages(lang, pages[lang]);
    const hash = createHash('sha256')
      .update(sections.map((section) => section.text).join('\n'))
      .digest('hex')
      .slice(0, 10);
    const texts = `${lang}-${hash}`;
    mkdirSync(join(out, texts), { recursive: true });
    sections.forEach((section, id) => writeFileSync(join(out, texts, `${id}.txt`), section.text));
    rare.forEach((shard, id) => writeFileSync(join(out, texts, `rare-${id}.json`), JSON.stringify(shard)));
    const json = JSON.stringify({ ...index, texts } satisfies SearchIndexFile);
    writeFileSync(join(out, `${lang}.json`), json);
    summary.push(
      `${lang} ${index.pages.length} pages, ${sections.length} sections, ${(json.length / 1024).toFixed(0)} kB`,
    );
  }
  return summary.join('; ');
}
