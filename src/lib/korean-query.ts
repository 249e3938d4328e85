// Turns what a reader typed into terms Pagefind can match. Pagefind splits Korean only on spaces and
// matches a query term as a prefix of indexed words, so `컨테이너` finds `컨테이너를`, but
// `컨테이너를` finds nothing unless the bare word also stands somewhere. Stripping the particle or
// ending from the end of each Hangul word gives back the stem, whose prefix matches every inflected
// form in the text. Pure: no DOM, no Pagefind, so it runs the same in the browser and in unit tests.

/** Longest input that is analysed; nobody types more into a search box, and it bounds the work. */
export const MAX_QUERY_CHARS = 200;
/** Pagefind requires every term of a query on a page; beyond a handful, terms only exclude. */
export const MAX_TERMS = 8;
/** Longer tokens are pasted noise (hashes, URLs); a prefix of them still matches. */
export const MAX_TERM_CHARS = 40;
/** A stem keeps at least this many Hangul syllables, so `이미지` never loses its `지`. */
export const MIN_STEM_SYLLABLES = 2;

// Particles (조사) and the copula, longest first so `에서부터` wins over `부터` and `터`.
const PARTICLES = [
  '에서부터',
  '으로부터',
  '이라는',
  '에서는',
  '에서도',
  '에서의',
  '으로는',
  '으로도',
  '으로의',
  '에게서',
  '이라고',
  '이라면',
  '이에요',
  '에서',
  '으로',
  '부터',
  '까지',
  '에게',
  '한테',
  '처럼',
  '보다',
  '이나',
  '이랑',
  '이란',
  '라는',
  '라고',
  '에는',
  '에도',
  '와의',
  '과의',
  '로의',
  '로는',
  '로도',
  '이다',
  '인가',
  '인지',
  '이고',
  '이며',
  '이면',
  '란',
  '랑',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '나',
  '엔',
  '다',
];

// Endings of 하다/되다 verbs and a few common connective endings; each leaves a noun-like stem
// (`실행하면` → `실행`, `격리되는` → `격리`). One-syllable endings such as `한` are left out on
// purpose: `무제한`, `최대한` end in them.
const ENDINGS = [
  '하려면',
  '되려면',
  '하면서',
  '하는지',
  '했는데',
  '하는데',
  '되는데',
  '시키면',
  '시키는',
  '으려면',
  '려면',
  '하면',
  '하는',
  '한다',
  '하기',
  '하고',
  '해서',
  '했다',
  '하지',
  '하나',
  '할까',
  '되면',
  '되는',
  '된다',
  '되고',
  '돼서',
  '됐다',
  '되나',
  '으면',
  '는데',
  '나요',
  '까요',
];

const SUFFIXES = [...new Set([...ENDINGS, ...PARTICLES])].sort((a, b) => b.length - a.length);

// Words that carry no topic: question words, 하다/되다/있다 forms, English function words. Dropped
// when the query has other words (`runc가 하는 일` searches `runc 일`), kept when it has nothing else.
// Without this a rare form like `하는` (4 of 9 pages) outweighs the word the reader meant, and
// English `is` or `a` would match `isolation` and `architecture` by prefix.
const STOPWORDS = new Set([
  '것',
  '수',
  '등',
  '및',
  '또는',
  '그리고',
  '하는',
  '하다',
  '한다',
  '했다',
  '되는',
  '되다',
  '된다',
  '있는',
  '있다',
  '없는',
  '없다',
  '같은',
  '위한',
  '위해',
  '대한',
  '대해',
  '무엇',
  '뭐',
  '뭐야',
  '뭔가',
  '어떻게',
  '어떤',
  '왜',
  '언제',
  '어디서',
  '이런',
  '그런',
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'be',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'and',
  'or',
  'with',
  'what',
  'how',
  'why',
  'when',
  'which',
  'does',
  'do',
  'did',
  'i',
  'you',
  'it',
  'its',
  'this',
  'that',
  'vs',
  'versus',
  'should',
  'can',
]);

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;
const HANGUL_SYLLABLES = /[\uAC00-\uD7A3]/gu;
// Text in angle brackets that starts like a tag is markup a reader pasted, not words to look for.
const MARKUP_TAG = /<\/?[a-z][^<>]*>/giu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Joined into the word around them (`cpu.weight`, `VT-x`, `I/O`), as Pagefind's indexer does.
const CONNECTORS = new Set(['.', '-', '_', '/', "'", '’', '+', '#', '·']);

export interface QueryTerm {
  /** The word as typed, lowercased, connectors removed (`cpu.weight` → `cpuweight`). */
  surface: string;
  /** The form to search for: the stem of a Hangul word, otherwise the surface. */
  stem: string;
  /** A word with no topic of its own (`어떻게`, `하는`, `the`); searched only if nothing else is. */
  stopword: boolean;
}

export interface AnalyzedQuery {
  terms: QueryTerm[];
  /** The stems joined with spaces: one Pagefind query that requires every term. */
  stemQuery: string;
  /** The terms worth searching: all but the stopwords, or all of them if that leaves none. */
  searchTerms: QueryTerm[];
  /** True when words were dropped for length, so the UI can say it searched only the start. */
  truncated: boolean;
}

const syllableCount = (text: string): number => text.match(HANGUL_SYLLABLES)?.length ?? 0;

/**
 * Strips particles and endings from the end of one lowercased word. A word that starts in Latin
 * letters or digits (`cgroup을`, `kvm은`, `1인가`) loses its trailing particle whatever its length;
 * a Hangul word keeps at least {@link MIN_STEM_SYLLABLES} syllables, and `하이퍼바이저`, `레이어`,
 * `이미지` stay whole because no suffix in the lists ends them.
 */
export function stemWord(word: string): string {
  let stem = word;
  // Two rounds take off a particle stacked on another (`컨테이너에서는` → `컨테이너에서` → `컨테이너`).
  for (let round = 0; round < 2; round++) {
    const next = stripOnce(stem);
    if (next === stem) break;
    stem = next;
  }
  return stem;
}

function stripOnce(word: string): string {
  const last = word.at(-1);
  if (last === undefined || !HANGUL_SYLLABLE.test(last)) return word;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest === '') continue;
    const restIsHangulWord = HANGUL_SYLLABLE.test(rest.at(-1) ?? '');
    if (restIsHangulWord && syllableCount(rest) < MIN_STEM_SYLLABLES) continue;
    return rest;
  }
  return word;
}

function isStopword(surface: string, stem: string): boolean {
  if (STOPWORDS.has(stem)) return true;
  // One-syllable stopwords keep their particle under the two-syllable rule (`것은`, `수가`).
  return PARTICLES.some((particle) => surface.endsWith(particle) && STOPWORDS.has(surface.slice(0, -particle.length)));
}

/** Splits text into words: letters, marks and digits, with connectors inside a word joined away. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  let current = '';
  const chars = [...text];
  chars.forEach((char, index) => {
    if (WORD_CHAR.test(char)) {
      current += char;
    } else if (CONNECTORS.has(char) && current !== '' && WORD_CHAR.test(chars[index + 1] ?? '')) {
      // Dropped, so `cpu.weight` becomes the `cpuweight` Pagefind indexed.
    } else if (current !== '') {
      words.push(current);
      current = '';
    }
  });
  if (current !== '') words.push(current);
  return words;
}

/**
 * Analyses a query in any language: Korean words lose their particles and endings, Latin words
 * are only lowercased (Pagefind stems English itself), tags are dropped, and anything else that is
 * not a letter or digit (punctuation, emoji) separates words.
 */
export function analyzeQuery(input: string): AnalyzedQuery {
  const clipped = [...input.normalize('NFC')].slice(0, MAX_QUERY_CHARS).join('');
  const words = tokenize(clipped.replace(MARKUP_TAG, ' ').toLocaleLowerCase('ko'));
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const surface = [...word].slice(0, MAX_TERM_CHARS).join('');
    const stem = stemWord(surface);
    if (seen.has(stem)) continue;
    seen.add(stem);
    terms.push({ surface, stem, stopword: isStopword(surface, stem) });
  }
  const truncated = input.length > clipped.length || terms.length > MAX_TERMS;
  const kept = terms.slice(0, MAX_TERMS);
  const content = kept.filter((term) => !term.stopword);
  return {
    terms: kept,
    stemQuery: kept.map((term) => term.stem).join(' '),
    searchTerms: content.length > 0 ? content : kept,
    truncated,
  };
}
