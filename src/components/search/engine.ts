// The search both the header dialog and the search page run, over the handbook's own index
// (index-builder.ts): pure, so the browser and the unit tests run the same code.
// 1. korean-query.ts turns the input into terms (Korean stems, lowercased Latin words); stopwords
//    drop out when other words remain.
// 2. Each term matches indexed words by prefix (`컨테이너` finds `컨테이너를`'s stem and
//    `컨테이너화`). A Hangul term that no word starts with is split into indexed words, so spacing
//    does not matter (`도커이미지` → `도커` + `이미지`); a Latin term is corrected by one edit
//    (`contianer` → `container`).
// 3. Runs of query words that spell a glossary form (`호스트형`, `쓰기 가능한 계층`, `VM 종료`) add
//    the sections that explain the term, from the glossary data.
// 4. Sections are scored (idf × how often × title), pages by their best sections and the share of
//    the query they cover; hub pages (landing, glossary, translation status) count for less.
// 5. Excerpts are cut from the best section's text, fetched as plain text, as lists of parts: nothing
//    is ever parsed as HTML.
// A Latin query that matches nothing and reads as Hangul on the 2-set layout (`zjsxpdlsj`) is
// searched as that Hangul (Korean pages), and the outcome says so, so the reader can undo it.
import { choseong, isChoseongQuery, toJamo, wrongLayoutCandidate } from '../../lib/hangul-keyboard.ts';
import { analyzeQuery, type AnalyzedQuery, type QueryTerm } from '../../lib/korean-query.ts';
import type { RareShardFile, SearchIndexFile } from './index-builder.ts';
import { compactKey, indexForm, indexWords, isHangulWord, rareShard, stemEnglish, syllables } from './text.ts';

/** Text with the matched words marked; rendered with text nodes and <mark>, never as HTML. */
export type Highlighted = { text: string; mark: boolean }[];

export interface SectionHit {
  title: string;
  url: string;
}
export interface SearchHit {
  url: string;
  title: string;
  /** The best section's excerpt, or its first words when the match is in the title. */
  excerpt: Highlighted;
  /** Where the excerpt comes from: the best section's link (the page itself for its intro). */
  bestUrl: string;
  sections: SectionHit[];
  score: number;
}
export interface Suggestion {
  label: string;
  url: string;
}
export interface SearchOutcome {
  query: AnalyzedQuery;
  hits: SearchHit[];
  /** Set when a Latin query was searched as the Hangul it spells on the 2-set layout. */
  converted?: { from: string; to: string };
  /** Nearest glossary terms, given when nothing was found. */
  suggestions: Suggestion[];
}

export interface SearchOptions {
  /** How many pages to return. */
  limit?: number;
  /** Sections listed under each page. */
  sectionsPerPage?: number;
  /** Fetches a section's plain text (for excerpts); the index says where (`texts`). */
  fetchText: (sectionId: number) => Promise<string>;
  /** Try the 2-set layout for Latin queries that find nothing (Korean pages); default true. */
  convertLayout?: boolean;
  /** Fetches a shard of rare words (`<texts>/rare-<n>.json`); without it only the main index is used. */
  loadRare?: (shard: number) => Promise<RareShardFile>;
}

interface Page {
  url: string;
  title: string;
  hub: boolean;
  keywords: Set<string>;
  titleWords: Set<string>;
  sections: number[];
}
interface Section {
  page: number;
  anchor: string;
  title: string;
  titleWords: Set<string>;
  /** A list of sources: its words are titles of other documents, so it weighs less. */
  sources: boolean;
}
interface Synonym {
  label: string;
  forms: string[];
  targets: number[];
}

export interface SearchIndex {
  lang: string;
  texts: string;
  pages: Page[];
  sections: Section[];
  /** Every known word by id: the main index's, sorted, then those of rare shards as they load. */
  words: string[];
  /** How many of `words` come from the main index. */
  coreCount: number;
  /** The main index's words (for splitting compounds). */
  vocabulary: Set<string>;
  postings(word: number): readonly (readonly [section: number, weight: number])[];
  rareShards: number;
  /** Loaded rare shards: shard → its word ids, in sorted order. */
  rare: Map<number, number[]>;
  /** Raw posting lists by word id (decoded on first use). */
  raw: string[];
  /** Glossary form (compact key) → the terms it names. */
  synonymsByForm: Map<string, Synonym[]>;
  synonyms: Synonym[];
}

/** Inverse of index-builder.ts frontCode: `0컨테이너 4화` → 컨테이너, 컨테이너화. */
export function unfrontCode(coded: string): string[] {
  const words: string[] = [];
  let previous: string[] = [];
  for (const entry of coded === '' ? [] : coded.split(' ')) {
    const shared = parseInt(entry[0] ?? '0', 36);
    const chars = [...previous.slice(0, shared), ...entry.slice(1)];
    words.push(chars.join(''));
    previous = chars;
  }
  return words;
}

/** Reads an index file (index-builder.ts) into lookup structures; postings decode on first use. */
export function parseIndex(file: SearchIndexFile): SearchIndex {
  const pages: Page[] = file.pages.map(([url, title, hub, keywords]) => ({
    url,
    title,
    hub: hub === 1,
    keywords: new Set(keywords.split(' ').filter(Boolean)),
    titleWords: new Set(indexWords(title)),
    sections: [],
  }));
  const sections: Section[] = file.sections.map(([page, anchor, title], id) => {
    pages[page]?.sections.push(id);
    return { page, anchor, title, titleWords: new Set(indexWords(title)), sources: SOURCES.test(title.trim()) };
  });
  const words = unfrontCode(file.words);
  const raw = file.postings === '' ? [] : file.postings.split(' ');
  const decoded = new Map<number, [number, number][]>();
  const postings = (word: number): [number, number][] => {
    let list = decoded.get(word);
    if (!list) {
      list = [];
      let value = 0;
      for (const delta of (raw[word] ?? '').split(',')) {
        if (delta === '') continue;
        value += parseInt(delta, 36);
        list.push([Math.floor(value / 3), value % 3]);
      }
      decoded.set(word, list);
    }
    return list;
  };
  const synonyms = file.synonyms.map(([label, forms, targets]) => ({ label, forms, targets }));
  const synonymsByForm = new Map<string, Synonym[]>();
  for (const synonym of synonyms) {
    for (const form of synonym.forms) {
      const list = synonymsByForm.get(form) ?? [];
      list.push(synonym);
      synonymsByForm.set(form, list);
    }
  }
  return {
    lang: file.lang,
    texts: file.texts,
    pages,
    sections,
    words,
    coreCount: words.length,
    vocabulary: new Set(words),
    postings,
    rareShards: file.rareShards ?? 0,
    rare: new Map(),
    raw,
    synonymsByForm,
    synonyms,
  };
}

/** Adds a fetched shard of rare words to the index (once). */
export function addRareShard(index: SearchIndex, shard: number, file: RareShardFile): void {
  if (index.rare.has(shard)) return;
  const words = unfrontCode(file.words);
  const lists = file.postings === '' ? [] : file.postings.split(' ');
  const ids = words.map((word, at) => {
    index.words.push(word);
    index.raw.push(lists[at] ?? '');
    return index.words.length - 1;
  });
  index.rare.set(shard, ids);
}

/** Rare shards a query needs: those of the terms that nothing in the main index starts with. */
export function rareShardsFor(index: SearchIndex, terms: readonly QueryTerm[]): number[] {
  if (index.rareShards === 0) return [];
  const shards = terms
    .map(lookupForm)
    .filter((form) => form !== '' && corePrefixMatches(index, form).length === 0)
    .map((form) => rareShard(form, index.rareShards));
  return [...new Set(shards)].filter((shard) => !index.rare.has(shard));
}

/** First position in `sorted` (word ids, or positions when `ids` is omitted) not before `prefix`. */
function lowerBound(words: readonly string[], prefix: string, ids?: readonly number[], end = words.length): number {
  let low = 0;
  let high = ids ? ids.length : end;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[ids ? (ids[middle] ?? -1) : middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Most words a prefix expands to; beyond this the prefix is too short to say anything. */
const MAX_EXPANSION = 120;

function scan(words: readonly string[], prefix: string, ids: readonly number[] | undefined, end: number): number[] {
  const found: number[] = [];
  if (prefix === '') return found;
  // One Latin letter or digit matches only itself (`타입 1`), never every word starting with it.
  const exactOnly = [...prefix].length === 1 && !isHangulWord(prefix);
  const length = ids ? ids.length : end;
  for (let at = lowerBound(words, prefix, ids, end); at < length; at++) {
    const id = ids ? (ids[at] ?? -1) : at;
    const word = words[id] ?? '';
    if (!word.startsWith(prefix) || found.length >= MAX_EXPANSION) break;
    if (exactOnly && word !== prefix) break;
    found.push(id);
  }
  return found;
}

const corePrefixMatches = (index: SearchIndex, prefix: string): number[] =>
  scan(index.words, prefix, undefined, index.coreCount);

/**
 * Ids of the words starting with `prefix`: from the main index, or, when it has none, from the
 * prefix's rare shard if loaded (so a result never depends on which other shards happen to be loaded).
 */
export function prefixMatches(index: SearchIndex, prefix: string): number[] {
  const core = corePrefixMatches(index, prefix);
  if (core.length > 0 || prefix === '' || index.rareShards === 0) return core;
  const ids = index.rare.get(rareShard(prefix, index.rareShards));
  return ids ? scan(index.words, prefix, ids, 0) : [];
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 2): number {
  const left = [...a];
  const right = [...b];
  if (Math.abs(left.length - right.length) > cap) return cap + 1;
  const rows: number[][] = Array.from({ length: left.length + 1 }, (_, i) =>
    Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= left.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > cap) return cap + 1;
  }
  return rows[left.length]![right.length]!;
}

/**
 * Hangul words one jamo edit away from a term of three syllables or more that matched nothing
 * (`컨태이너` → 컨테이너, `하이퍼바이져` → 하이퍼바이저): the vowels ㅐ/ㅔ and ㅕ/ㅓ are the usual slips.
 */
export function hangulTypoMatches(index: SearchIndex, term: string): number[] {
  if (!/^[\uAC00-\uD7A3]+$/u.test(term) || syllables(term) < 3) return [];
  const target = toJamo(term);
  const own = index.rareShards > 0 ? new Set(index.rare.get(rareShard(term, index.rareShards)) ?? []) : new Set();
  const whole: number[] = [];
  const heads: number[] = [];
  const length = [...term].length;
  index.words.forEach((word, at) => {
    if (at >= index.coreCount && !own.has(at)) return;
    const chars = [...word];
    if (!isHangulWord(word) || Math.abs(chars.length - length) > 1) return;
    if (editDistance(target, toJamo(word), 1) <= 1) whole.push(at);
    else if (chars.length > length && editDistance(target, toJamo(chars.slice(0, length).join('')), 1) <= 1) {
      heads.push(at);
    }
  });
  return (whole.length > 0 ? whole : heads).slice(0, 8);
}

/** Latin words one edit away from a term that matched nothing (`hypervisr` → `hypervisor`). */
export function typoMatches(index: SearchIndex, term: string): number[] {
  if (isHangulWord(term)) return hangulTypoMatches(index, term);
  if ([...term].length < 5) return [];
  const whole: number[] = [];
  const heads: number[] = [];
  // The main index, and the term's own rare shard: the same words whatever else is loaded.
  const own = index.rareShards > 0 ? new Set(index.rare.get(rareShard(term, index.rareShards)) ?? []) : new Set();
  index.words.forEach((word, at) => {
    if (at >= index.coreCount && !own.has(at)) return;
    if (isHangulWord(word) || Math.abs(word.length - term.length) > 2) return;
    if (editDistance(term, word, 1) <= 1) whole.push(at);
    else if (word.length > term.length && editDistance(term, word.slice(0, term.length), 1) <= 1) heads.push(at);
  });
  // A whole word one edit away beats a longer word whose start is (`container` over `containerd`).
  return (whole.length > 0 ? whole : heads).slice(0, 8);
}

/**
 * A solid Hangul word split into indexed words, fewest pieces first (`도커이미지` → 도커, 이미지;
 * `컨테이너런타임을` → 컨테이너, 런타임). Each piece has two syllables or more, the last may carry a
 * particle. Null when no split exists.
 */
export function segment(index: Pick<SearchIndex, 'vocabulary'>, word: string): string[] | null {
  const chars = [...word];
  if (chars.length < 3 || !isHangulWord(word)) return null;
  const best: (string[] | null)[] = Array.from({ length: chars.length + 1 }, () => null);
  best[0] = [];
  for (let end = 2; end <= chars.length; end++) {
    for (let start = 0; start <= end - 2; start++) {
      const before = best[start];
      if (!before) continue;
      const piece = chars.slice(start, end).join('');
      const form = end === chars.length ? indexForm(piece) : piece;
      if (!index.vocabulary.has(form) && !(end === chars.length && index.vocabulary.has(piece))) continue;
      const candidate = [...before, index.vocabulary.has(form) ? form : piece];
      if (!best[end] || candidate.length < best[end]!.length) best[end] = candidate;
    }
  }
  const result = best[chars.length];
  return result && result.length >= 2 ? result : null;
}

/** What one query term looks for: alternatives, each a list of word sets that must all match. */
interface Matcher {
  term: QueryTerm;
  /** The looked-up form; an indexed word equal to it scores fully, a longer one as a prefix match. */
  form: string;
  alternatives: { words: number[]; weight: number }[][];
  /** Section → score of this term there. */
  scores: Map<number, number>;
  /** Pages whose keywords or title have the term. */
  metaPages: Set<number>;
}

const CLASS_WEIGHT = [1.6, 1.25, 1];
const TITLE_WEIGHT = 2.5;
const PREFIX_WEIGHT = 0.8;
const FIXED_WEIGHT = 0.7;
const TYPO_WEIGHT = 1;
const HUB_WEIGHT = 0.35;
const SYNONYM_WEIGHT = 2.2;
const SOURCES_WEIGHT = 0.3;
const SOURCES = /^(?:출처|참고 문헌|sources|references|further reading)$/iu;

/** The form a query term is looked up under (Latin words lightly stemmed, like the index). */
const lookupForm = (term: QueryTerm): string => (isHangulWord(term.stem) ? term.stem : stemEnglish(term.stem));

function buildMatcher(index: SearchIndex, term: QueryTerm): Matcher {
  const form = lookupForm(term);
  const alternatives: Matcher['alternatives'] = [];
  const direct = prefixMatches(index, form);
  if (direct.length > 0) alternatives.push([{ words: direct, weight: 1 }]);
  if (isHangulWord(form) && syllables(form) >= 3) {
    const pieces = segment(index, term.surface) ?? segment(index, form);
    if (pieces) {
      alternatives.push(pieces.map((piece) => ({ words: prefixMatches(index, piece), weight: FIXED_WEIGHT })));
    }
  }
  if (direct.length === 0 && alternatives.length === 0) {
    const typos = typoMatches(index, form);
    // The word one edit away is what the reader meant: it scores as if typed right.
    if (typos.length > 0) alternatives.push([{ words: typos, weight: TYPO_WEIGHT }]);
  }
  return {
    term,
    form,
    alternatives: alternatives.filter((alternative) => alternative.every((part) => part.words.length > 0)),
    scores: new Map(),
    metaPages: new Set(),
  };
}

function scoreMatcher(index: SearchIndex, matcher: Matcher): void {
  const total = Math.max(1, index.sections.length);
  for (const alternative of matcher.alternatives) {
    // Every part of the alternative must match in the section; the section scores the sum.
    let combined: Map<number, number> | null = null;
    for (const part of alternative) {
      const partScores = new Map<number, number>();
      for (const word of part.words) {
        const list = index.postings(word);
        const idf = Math.log(1 + total / Math.max(1, list.length));
        const text = index.words[word] ?? '';
        const exact = part.words.length === 1 || text === matcher.form || part.weight !== 1;
        const wordWeight = part.weight * (exact ? 1 : PREFIX_WEIGHT);
        for (const [section, weightClass] of list) {
          const info = index.sections[section];
          const inTitle = info?.titleWords.has(text) ? TITLE_WEIGHT : 1;
          const sources = info?.sources ? SOURCES_WEIGHT : 1;
          const value = idf * (CLASS_WEIGHT[weightClass] ?? 1) * inTitle * sources * wordWeight;
          partScores.set(section, Math.max(partScores.get(section) ?? 0, value));
        }
        for (const [page, info] of index.pages.entries()) {
          if (info.keywords.has(text) || info.titleWords.has(text)) matcher.metaPages.add(page);
        }
      }
      if (combined === null) combined = partScores;
      else {
        const next = new Map<number, number>();
        for (const [section, value] of combined) {
          const other = partScores.get(section);
          if (other !== undefined) next.set(section, value + other);
        }
        combined = next;
      }
    }
    for (const [section, value] of combined ?? []) {
      matcher.scores.set(section, Math.max(matcher.scores.get(section) ?? 0, value));
    }
  }
}

/** Glossary terms named by runs of consecutive query words, with the run's term positions. */
export function synonymRuns(
  index: SearchIndex,
  terms: readonly QueryTerm[],
): { synonym: Synonym; from: number; to: number }[] {
  const keys = terms.map((term) => compactKey(term.surface));
  const found: { synonym: Synonym; from: number; to: number }[] = [];
  for (let from = 0; from < terms.length; from++) {
    for (let to = Math.min(terms.length, from + 4); to > from; to--) {
      const key = keys.slice(from, to).join('');
      const stems = terms
        .slice(from, to)
        .map((term) => term.stem)
        .join('');
      for (const candidate of new Set([key, stems])) {
        for (const synonym of index.synonymsByForm.get(candidate) ?? []) found.push({ synonym, from, to });
      }
    }
  }
  return found;
}

interface RankedPage {
  page: number;
  score: number;
  sections: { section: number; score: number }[];
}

/**
 * Ranks pages for the terms to search; pure over the index. `allTerms` (the query with its
 * stopwords, in order) is where glossary forms are looked for: `defense in depth` needs its `in`.
 */
export function rank(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  allTerms: readonly QueryTerm[] = terms,
): RankedPage[] {
  const matchers = terms.map((term) => buildMatcher(index, term));
  matchers.forEach((matcher) => scoreMatcher(index, matcher));
  const runs = synonymRuns(index, allTerms).map(({ synonym, from, to }) => {
    const inRun = new Set(allTerms.slice(from, to));
    const covered = terms.flatMap((term, position) => (inRun.has(term) ? [position] : []));
    return { synonym, covered };
  });
  const strong = terms.map((term) => !/^(?:\p{N}{1,2}|\p{L})$/u.test(term.stem));
  const anyStrong = strong.some(Boolean);
  const bestIdf = Math.log(1 + index.sections.length);
  const perPage = new Map<number, { sections: Map<number, number>; covered: Set<number>; strong: boolean }>();
  const entry = (page: number) => {
    let value = perPage.get(page);
    if (!value) perPage.set(page, (value = { sections: new Map(), covered: new Set(), strong: false }));
    return value;
  };
  matchers.forEach((matcher, termIndex) => {
    for (const [section, score] of matcher.scores) {
      const page = index.sections[section]?.page ?? -1;
      const info = entry(page);
      info.sections.set(section, (info.sections.get(section) ?? 0) + score);
      info.covered.add(termIndex);
      if (strong[termIndex] || !anyStrong) info.strong = true;
    }
    for (const page of matcher.metaPages) {
      const info = entry(page);
      info.covered.add(termIndex);
      if (strong[termIndex] || !anyStrong) info.strong = true;
    }
  });
  for (const { synonym, covered } of runs) {
    if (covered.length === 0) continue;
    const share = covered.length / Math.max(1, terms.length);
    for (const section of synonym.targets) {
      const page = index.sections[section]?.page ?? -1;
      const info = entry(page);
      info.sections.set(section, (info.sections.get(section) ?? 0) + SYNONYM_WEIGHT * bestIdf * share);
      for (const term of covered) info.covered.add(term);
      info.strong = true;
    }
  }
  const ranked: RankedPage[] = [];
  for (const [page, info] of perPage) {
    const meta = index.pages[page];
    if (!meta || !info.strong) continue;
    const sections = [...info.sections]
      .map(([section, score]) => ({ section, score }))
      .sort((a, b) => b.score - a.score || a.section - b.section);
    const keywordBonus = matchers.reduce((sum, matcher) => sum + (matcher.metaPages.has(page) ? 0.6 * bestIdf : 0), 0);
    const body = (sections[0]?.score ?? 0) + 0.35 * (sections[1]?.score ?? 0) + 0.15 * (sections[2]?.score ?? 0);
    const coverage = info.covered.size / Math.max(1, terms.length);
    const titleHit = matchers.some((matcher) => [...meta.titleWords].some((word) => matcherHas(index, matcher, word)));
    const hub = meta.hub && !titleHit ? HUB_WEIGHT : 1;
    ranked.push({ page, score: (body + keywordBonus) * coverage * hub, sections });
  }
  return ranked.sort((a, b) => b.score - a.score || a.page - b.page);
}

function matcherHas(index: SearchIndex, matcher: Matcher, word: string): boolean {
  return matcher.alternatives.some((alternative) =>
    alternative.some((part) => part.words.some((at) => index.words[at] === word)),
  );
}

const EXCERPT_WORDS = 24;

/** Whether a word of the text is one the query matched (its index form starts with a term). */
function marker(forms: readonly string[]): (word: string) => boolean {
  return (word) => {
    const form = indexWords(word)[0];
    return (
      form !== undefined && forms.some((term) => form.startsWith(term) || (term.length > 3 && term.startsWith(form)))
    );
  };
}

/** The window of about `size` words with the most marked words, with those words marked. */
export function excerpt(text: string, isMatch: (word: string) => boolean, size = EXCERPT_WORDS): Highlighted {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const marks = words.map(isMatch);
  let start = 0;
  let best = -1;
  for (let at = 0; at < words.length; at++) {
    if (!marks[at]) continue;
    const from = Math.max(0, Math.min(at - 3, words.length - size));
    const count = marks.slice(from, from + size).filter(Boolean).length;
    if (count > best) {
      best = count;
      start = from;
    }
  }
  const end = Math.min(words.length, start + size);
  const parts: Highlighted = [];
  const add = (value: string, mark: boolean): void => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += value;
    else parts.push({ text: value, mark });
  };
  if (start > 0) add('… ', false);
  for (let at = start; at < end; at++) {
    if (at > start) add(' ', false);
    add(words[at] ?? '', marks[at] ?? false);
  }
  if (end < words.length) add(' …', false);
  return parts;
}

function pageUrl(index: SearchIndex, section: number): string {
  const info = index.sections[section];
  const page = index.pages[info?.page ?? -1];
  if (!info || !page) return '';
  return info.anchor === '' ? page.url : `${page.url}#${encodeURIComponent(info.anchor)}`;
}

/** Nearest glossary terms to a query that found nothing. */
export function suggest(index: SearchIndex, input: string, count = 3): Suggestion[] {
  const query = input.normalize('NFC').replace(/\s+/g, '');
  if (query === '') return [];
  const scored: { synonym: Synonym; distance: number }[] = [];
  if (isChoseongQuery(query)) {
    for (const synonym of index.synonyms) {
      if (choseong(synonym.label.replace(/\s+/g, '')).startsWith(query)) scored.push({ synonym, distance: 0 });
    }
  } else {
    // Hangul compared jamo by jamo, so 칸태이너 is two edits from 컨테이너, not two syllables.
    const key = toJamo(compactKey(input) || query.toLocaleLowerCase('ko'));
    const cap = Math.max(1, Math.floor([...key].length / (isHangulWord(input) ? 4 : 3)));
    for (const synonym of index.synonyms) {
      let best = cap + 1;
      for (const form of synonym.forms) best = Math.min(best, editDistance(key, toJamo(form), cap));
      if (best <= cap) scored.push({ synonym, distance: best });
    }
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.synonym.label.localeCompare(b.synonym.label))
    .slice(0, count)
    .map(({ synonym }) => ({ label: synonym.label, url: pageUrl(index, synonym.targets[0] ?? -1) }));
}

async function toHits(
  index: SearchIndex,
  ranked: RankedPage[],
  terms: readonly QueryTerm[],
  { limit, sectionsPerPage, fetchText }: Required<Pick<SearchOptions, 'limit' | 'sectionsPerPage' | 'fetchText'>>,
): Promise<SearchHit[]> {
  const forms = terms.flatMap((term) => {
    const form = lookupForm(term);
    return [form, ...(segment(index, term.surface) ?? [])];
  });
  const isMatch = marker(forms);
  return Promise.all(
    ranked.slice(0, limit).map(async ({ page, score, sections }) => {
      const meta = index.pages[page]!;
      const best = sections[0]?.section ?? meta.sections[0] ?? -1;
      const text = best === -1 ? '' : await fetchText(best).catch(() => '');
      return {
        url: meta.url,
        title: meta.title,
        excerpt: excerpt(text, isMatch),
        bestUrl: pageUrl(index, best),
        sections: sections
          .filter(({ section }) => index.sections[section]?.anchor !== '')
          .slice(0, sectionsPerPage)
          .map(({ section }) => ({ title: index.sections[section]?.title ?? '', url: pageUrl(index, section) })),
        score,
      };
    }),
  );
}

/** Runs a query against a parsed index. */
export async function searchIndex(
  index: SearchIndex,
  input: string,
  { limit = 8, sectionsPerPage = 3, fetchText, convertLayout = true, loadRare }: SearchOptions,
): Promise<SearchOutcome> {
  const query = analyzeQuery(input);
  const options = { limit, sectionsPerPage, fetchText };
  if (query.searchTerms.length === 0) return { query, hits: [], suggestions: suggest(index, input) };
  const ensureRare = async (terms: readonly QueryTerm[]): Promise<void> => {
    if (!loadRare) return;
    const needed = rareShardsFor(index, terms);
    const files = await Promise.all(needed.map((shard) => loadRare(shard).catch(() => null)));
    files.forEach((file, at) => {
      if (file) addRareShard(index, needed[at] ?? -1, file);
    });
  };
  await ensureRare(query.searchTerms);
  const ranked = rank(index, query.searchTerms, query.terms);
  if (convertLayout && index.lang === 'ko') {
    const latinMatches = query.searchTerms.some((term) => prefixMatches(index, lookupForm(term)).length > 0);
    const hangul = latinMatches ? null : wrongLayoutCandidate(input);
    if (hangul !== null) {
      const converted = analyzeQuery(hangul);
      await ensureRare(converted.searchTerms);
      const convertedRanked = rank(index, converted.searchTerms, converted.terms);
      if (convertedRanked.length > 0) {
        return {
          query: converted,
          hits: await toHits(index, convertedRanked, converted.searchTerms, options),
          converted: { from: input.trim(), to: hangul },
          suggestions: [],
        };
      }
    }
  }
  const hits = await toHits(index, ranked, query.searchTerms, options);
  return { query, hits, suggestions: hits.length === 0 ? suggest(index, input) : [] };
}
