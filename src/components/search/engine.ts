// The search both the header dialog and the search page run, over Pagefind's JS API:
// 1. korean-query.ts turns the input into terms (Korean stems, lowercased Latin words);
// 2. each term is searched on its own, so a page is not lost because one word of the query is
//    missing from it (Pagefind alone requires every word), and pages matching more terms rank first;
// 3. each candidate is checked against its text: when no indexed word starts with a term, Pagefind
//    falls back to the longest indexed word the term starts with (`onerror` matches `on`), which
//    makes noise look like results;
// 4. excerpts and sections are cut from the page's plain text here, as lists of text parts, so
//    nothing Pagefind returns is ever parsed as HTML.
import { analyzeQuery, type AnalyzedQuery, type QueryTerm } from '../../lib/korean-query.ts';

/** The subset of Pagefind's JS API (pagefind.js) this module uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
}
export interface PagefindResponse {
  results: PagefindResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Locations of matched words in the page text split on whitespace. */
  words: number[];
  data(): Promise<PagefindFragment>;
}
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: PagefindAnchor[];
}

/** Text with the matched words marked; rendered with text nodes and <mark>, never as HTML. */
export type Highlighted = { text: string; mark: boolean }[];

export interface SectionHit {
  title: string;
  url: string;
  excerpt: Highlighted;
}
export interface SearchHit {
  url: string;
  title: string;
  excerpt: Highlighted;
  sections: SectionHit[];
  score: number;
}
export interface SearchOutcome {
  query: AnalyzedQuery;
  hits: SearchHit[];
}

export interface SearchOptions {
  /** The language of the page searching; only content written in it is returned. */
  lang: string;
  /** How many pages to return. */
  limit?: number;
  /** Sections listed under each page. */
  sectionsPerPage?: number;
}

// Pagefind's ranking defaults suit these chapters (long, of similar length); the keywords from
// frontmatter get a boost of their own, below the title's. The index is small enough to search
// on the main thread in a few milliseconds, which spares readers Pagefind's 43 kB worker script.
export const PAGEFIND_OPTIONS = {
  noWorker: true,
  ranking: { metaWeights: { title: 5, keywords: 3, keywords_ko: 3 } },
} as const;

const PAGE_EXCERPT_WORDS = 24;
const SECTION_EXCERPT_WORDS = 18;
/** Candidates checked beyond the limit at most, to fill places left by pages that fail the check. */
const SPARE_CANDIDATES = 4;

/** A term that says little alone: one or two digits, a single letter (`1` in `타입 1`). */
export const isWeakTerm = (term: QueryTerm): boolean => /^(?:\p{N}{1,2}|\p{L})$/u.test(term.stem);

/** Lowercased forms under which Pagefind indexes a word: whole, and its compound parts. */
function wordForms(word: string): string[] {
  const whole = word.toLocaleLowerCase('ko').replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  const parts = word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLocaleLowerCase('ko')
    .split(/[^\p{L}\p{M}\p{N}]+/u);
  return [whole, ...parts].filter((form) => form !== '');
}

function commonPrefixLength(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
}

/**
 * Whether an indexed word plausibly answers a term: it starts with the term, or shares at least
 * half of it (Pagefind's English stemmer turns `dependencies` into `depend`, which must still
 * count; its fallback turning `onerror` into `on` must not).
 */
export function isCredibleMatch(word: string, term: string): boolean {
  const needed = Math.ceil([...term].length / 2);
  return wordForms(word).some((form) => form.startsWith(term) || commonPrefixLength(form, term) >= needed);
}

interface Candidate {
  result: PagefindResult;
  /** Pagefind's score per term, in the order of the searched terms; 0 where it did not match. */
  termScores: number[];
  /** [word location, term index] pairs from every term's result. */
  locations: [number, number][];
}

/** Gathers each term's results per page, in a first order by summed score. */
export function collectCandidates(perTerm: readonly (readonly PagefindResult[])[]): Candidate[] {
  const pages = new Map<string, Candidate>();
  perTerm.forEach((results, termIndex) => {
    for (const result of results) {
      let page = pages.get(result.id);
      if (!page) {
        page = { result, termScores: perTerm.map(() => 0), locations: [] };
        pages.set(result.id, page);
      }
      page.termScores[termIndex] = result.score;
      for (const location of result.words) page.locations.push([location, termIndex]);
    }
  });
  const searched = Math.max(1, perTerm.filter((results) => results.length > 0).length);
  const score = (page: Candidate) =>
    coverageScore(
      page.termScores,
      page.termScores.map((termScore) => termScore > 0),
      searched,
    );
  return [...pages.values()].sort((a, b) => score(b) - score(a));
}

/**
 * Pagefind's scores summed over the terms a page has, times the share of the query's terms it has,
 * so covering the query beats repeating one of its words. (The square of the share, also tried,
 * let pages that mention every word in passing bury the chapter named by one of them.)
 */
export function coverageScore(termScores: readonly number[], has: readonly boolean[], termCount: number): number {
  let sum = 0;
  let count = 0;
  termScores.forEach((termScore, term) => {
    if (!has[term]) return;
    sum += termScore;
    count++;
  });
  return (sum * count) / Math.max(1, termCount);
}

interface Checked {
  candidate: Candidate;
  fragment: PagefindFragment;
  words: string[];
  /** Locations whose word plausibly matches its term. */
  locations: [number, number][];
  /** Terms found in the text or in the title and keywords. */
  terms: Set<number>;
}

function check(candidate: Candidate, fragment: PagefindFragment, terms: readonly QueryTerm[]): Checked {
  const words = fragment.content.split(/[\r\n\s]+/g);
  const locations = candidate.locations.filter(([location, term]) =>
    isCredibleMatch(words[location] ?? '', terms[term]?.stem ?? ''),
  );
  const found = new Set(locations.map(([, term]) => term));
  // Matches in metadata (title, keywords) have no location in the text; check the values instead.
  const metaWords = Object.values(fragment.meta).flatMap((value) => (value ?? '').split(/\s+/));
  candidate.termScores.forEach((score, term) => {
    const stem = terms[term]?.stem;
    if (score > 0 && stem !== undefined && !found.has(term) && metaWords.some((word) => isCredibleMatch(word, stem))) {
      found.add(term);
    }
  });
  return { candidate, fragment, words, locations, terms: found };
}

/**
 * Ranks checked pages by {@link coverageScore} over the terms they really have. A page needs at
 * least one term that is not weak, unless the query has only weak terms.
 */
export function rankChecked<T extends Pick<Checked, 'terms'> & { candidate: Pick<Candidate, 'termScores'> }>(
  checked: readonly T[],
  terms: readonly QueryTerm[],
): { page: T; score: number }[] {
  const strong = terms.map((term) => !isWeakTerm(term));
  const anyStrong = strong.some(Boolean);
  return checked
    .filter((page) => [...page.terms].some((term) => strong[term] || !anyStrong))
    .map((page) => ({
      page,
      score: coverageScore(
        page.candidate.termScores,
        terms.map((_, term) => page.terms.has(term)),
        terms.length,
      ),
    }))
    .sort((a, b) => b.score - a.score);
}

/** Runs a query against a Pagefind instance whose options were set from {@link PAGEFIND_OPTIONS}. */
export async function searchPages(
  pagefind: PagefindApi,
  input: string,
  { lang, limit = 8, sectionsPerPage = 3 }: SearchOptions,
): Promise<SearchOutcome> {
  const query = analyzeQuery(input);
  const terms = query.searchTerms;
  if (terms.length === 0) return { query, hits: [] };
  const filters = { lang };
  const responses = await Promise.all(terms.map((term) => pagefind.search(term.stem, { filters })));
  const candidates = collectCandidates(responses.map((response) => response?.results ?? []));
  // Fragments cost a request each: check the first `limit` candidates, and more only as far as
  // pages fail the check.
  const checked: Checked[] = [];
  let next = 0;
  let ranked = rankChecked(checked, terms);
  while (ranked.length < limit && next < Math.min(candidates.length, limit + SPARE_CANDIDATES)) {
    const batch = candidates.slice(next, next + limit - ranked.length);
    next += batch.length;
    checked.push(
      ...(await Promise.all(batch.map(async (candidate) => check(candidate, await candidate.result.data(), terms)))),
    );
    ranked = rankChecked(checked, terms);
  }
  const hits = ranked.slice(0, limit).map(({ page, score }) => toHit(page, score, sectionsPerPage));
  return { query, hits };
}

function toHit({ fragment, words, locations }: Checked, score: number, sectionsPerPage: number): SearchHit {
  const sorted = [...locations].sort(([a], [b]) => a - b);
  const anchors = (fragment.anchors ?? [])
    .filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id !== '' && /\S/.test(anchor.text ?? ''))
    .sort((a, b) => a.location - b.location);
  const sections = anchors
    .map((anchor, index) => {
      const end = anchors[index + 1]?.location ?? words.length;
      const inside = sorted.filter(([location]) => location >= anchor.location && location < end);
      return { anchor, end, inside, rank: rankLocations(inside) };
    })
    .filter((section) => section.inside.length > 0)
    .sort((a, b) => b.rank - a.rank || a.anchor.location - b.anchor.location)
    .slice(0, sectionsPerPage)
    .map(({ anchor, end, inside }): SectionHit => ({
      title: (anchor.text ?? '').trim(),
      url: `${fragment.url}#${encodeURIComponent(anchor.id)}`,
      excerpt: excerpt(words, inside, SECTION_EXCERPT_WORDS, anchor.location, end),
    }));
  return {
    url: fragment.url,
    title: fragment.meta['title'] ?? fragment.url,
    excerpt: excerpt(words, sorted, PAGE_EXCERPT_WORDS, 0, words.length),
    sections,
    score,
  };
}

/** Distinct terms count for more than repeats of one term. */
function rankLocations(locations: readonly (readonly [number, number])[]): number {
  return new Set(locations.map(([, term]) => term)).size * 1000 + locations.length;
}

/**
 * The window of `size` words within [from, to) holding the most distinct matched terms (then the
 * most matches), with the matched words marked.
 */
export function excerpt(
  words: readonly string[],
  locations: readonly (readonly [number, number])[],
  size: number,
  from: number,
  to: number,
): Highlighted {
  const inRange = locations.filter(([location]) => location >= from && location < to);
  let start = from;
  let best = -1;
  for (const [location] of inRange) {
    // Start a few words early so the reader sees what leads to the match.
    const candidate = Math.max(from, Math.min(location - Math.min(3, Math.floor(size / 4)), to - size));
    const rank = rankLocations(inRange.filter(([other]) => other >= candidate && other < candidate + size));
    if (rank > best) {
      best = rank;
      start = candidate;
    }
  }
  const end = Math.min(to, start + size);
  const marked = new Set(inRange.map(([location]) => location));
  const parts: Highlighted = [];
  const addText = (text: string): void => {
    const last = parts.at(-1);
    if (last && !last.mark) last.text += text;
    else parts.push({ text, mark: false });
  };
  if (start > from) addText('… ');
  let first = true;
  for (let index = start; index < end; index++) {
    const word = words[index];
    if (word === undefined || word === '') continue;
    if (!first) addText(' ');
    first = false;
    if (marked.has(index)) parts.push({ text: word, mark: true });
    else addText(word);
  }
  if (end < to && !first) addText(' …');
  return first ? [] : parts;
}
