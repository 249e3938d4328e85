// The handbook's content rules, as one function over the chapter files, so `npm test` can hold every
// chapter to them and tell a contributor exactly which file breaks which rule.
import { findAccessibilityFields } from './accessibility-fields.ts';
import { readChapter, SOURCES_HEADING, type ChapterStructure } from './chapters.ts';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { findAvoidedVariants } from '../glossary.ts';

/** Chapters that are not prose chapters: no length, diagram or sources requirement. */
export const NON_MAIN_CHAPTERS = new Set(['index', 'glossary']);

export const MIN_HANGUL_SYLLABLES = 2500;
export const MIN_ENGLISH_WORDS = 900;

/** Endings of 존댓말 (합쇼체, 해요체); the handbook writes 평어체 (~한다). */
const POLITE_ENDINGS = /(?:습니다|습니까|합니다|입니다|됩니다|해요|세요|에요|예요)(?=[.?!]|\s*$)/m;

export interface ChapterFile {
  /** Path relative to the repository, e.g. `content/ko/images.mdx`. */
  path: string;
  text: string;
}

function slugOf(path: string): { lang: string; slug: string; extension: string } | undefined {
  const match = /^content\/([^/]+)\/(.+)\.(mdx?|[^.]+)$/.exec(path.replaceAll('\\', '/'));
  if (!match) return undefined;
  return { lang: match[1] ?? '', slug: match[2] ?? '', extension: match[3] ?? '' };
}

function frontmatterValue(frontmatter: string, key: string): string | undefined {
  return new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(frontmatter)?.[1]?.trim();
}

/** `reviewed: YYYY-MM-DD`: the day a chapter's facts were last checked against their sources. */
export const REVIEWED_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a `reviewed` value is not acceptable, or undefined when it is a real date that is not in the future. */
export function reviewedProblem(value: string | undefined, today: Date): string | undefined {
  if (value === undefined || value === '')
    return 'frontmatter needs "reviewed: YYYY-MM-DD", the day its facts were last checked';
  const match = REVIEWED_PATTERN.exec(value.replace(/^['"]|['"]$/g, ''));
  if (!match) return `"reviewed: ${value}" is not a date written YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `"reviewed: ${value}" is not a calendar date`;
  }
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (date.getTime() > todayUtc) return `"reviewed: ${value}" is in the future; use the day the facts were checked`;
  return undefined;
}

/** 1-based line of a top-level frontmatter key in the file (1 when absent: the frontmatter's start). */
function frontmatterLine(text: string, key: string): number {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const end = lines.indexOf('---', 1);
  const index = lines.slice(0, end === -1 ? lines.length : end).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

export function findContentProblems(files: readonly ChapterFile[], today: Date = new Date()): string[] {
  const problems: string[] = [];
  // The glossary's house spelling (src/lib/glossary-data.ts, `avoid`): 'VM 종료' for VM exit, '규격'
  // for 명세, '도커 허브' for Docker Hub… in prose; code, frontmatter keywords and quoted mentions are
  // left alone.
  for (const variant of findAvoidedVariants(files.filter((file) => slugOf(file.path)?.extension === 'mdx'))) {
    problems.push(variant.message);
  }
  const chapters = new Map<string, Partial<Record<Lang, { path: string; chapter: ChapterStructure }>>>();

  for (const file of files) {
    const location = slugOf(file.path);
    if (!location) continue;
    const { lang, slug, extension } = location;
    if (!(LANGS as readonly string[]).includes(lang)) {
      problems.push(`${file.path}: "${lang}" is not a language of the handbook (use content/ko/ or content/en/)`);
      continue;
    }
    if (extension !== 'mdx') {
      problems.push(`${file.path}: chapters are .mdx files (a diagram error in .md would leave an empty page)`);
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push(`${file.path}: the file name must be a lowercase slug such as "vm-vs-containers"`);
    }
    const chapter = readChapter(file.text);
    const entry = chapters.get(slug) ?? {};
    entry[lang as Lang] = { path: file.path, chapter };
    chapters.set(slug, entry);

    for (const key of ['title', 'description']) {
      if (!frontmatterValue(chapter.frontmatter, key)) problems.push(`${file.path}: frontmatter needs a "${key}"`);
    }
    const reviewed = reviewedProblem(frontmatterValue(chapter.frontmatter, 'reviewed'), today);
    if (reviewed) problems.push(`${file.path}:${frontmatterLine(file.text, 'reviewed')}: ${reviewed}`);
    for (const diagram of chapter.diagrams) {
      const { title, hasDescription } = findAccessibilityFields(diagram.source);
      if (!title || !hasDescription) {
        problems.push(`${file.path}:${diagram.line}: the Mermaid diagram needs "accTitle:" and "accDescr:" lines`);
      }
    }
    if (lang === 'ko') {
      file.text.split('\n').forEach((line, index) => {
        if (!/^\s*(?:```|import |export )/.test(line) && POLITE_ENDINGS.test(line)) {
          problems.push(
            `${file.path}:${index + 1}: write 평어체 (~한다, ~이다), not 존댓말: "${line.trim().slice(0, 60)}"`,
          );
        }
      });
    }
    if (!NON_MAIN_CHAPTERS.has(slug)) {
      const sourcesHeading = SOURCES_HEADING[lang as Lang];
      if (chapter.sourceLinks.length === 0) {
        problems.push(`${file.path}: a chapter ends with a "## ${sourcesHeading}" section that links its sources`);
      }
      if (chapter.diagrams.length === 0) problems.push(`${file.path}: a chapter needs at least one Mermaid diagram`);
      if (lang === 'ko' && chapter.hangulSyllables < MIN_HANGUL_SYLLABLES) {
        problems.push(
          `${file.path}: ${chapter.hangulSyllables} Hangul syllables of prose; a chapter needs ${MIN_HANGUL_SYLLABLES}+`,
        );
      }
      if (lang === 'en' && chapter.englishWords < MIN_ENGLISH_WORDS) {
        problems.push(`${file.path}: ${chapter.englishWords} words of prose; a chapter needs ${MIN_ENGLISH_WORDS}+`);
      }
    }
  }

  for (const [slug, pair] of chapters) {
    const { ko, en } = pair;
    if (!ko || !en) {
      const present = (ko ?? en)?.path ?? slug;
      const missing = `content/${ko ? 'en' : 'ko'}/${slug}.mdx`;
      problems.push(`${present}: has no counterpart; add ${missing} (same slug, same sections)`);
      continue;
    }
    const compare = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        problems.push(`${ko.path} ↔ ${en.path}: ${what} differ (ko: ${JSON.stringify(a)}, en: ${JSON.stringify(b)})`);
      }
    };
    compare('numbers of ## sections', ko.chapter.headings.length, en.chapter.headings.length);
    compare('numbers of diagrams', ko.chapter.diagrams.length, en.chapter.diagrams.length);
    compare('calculators', ko.chapter.calculators, en.chapter.calculators);
    compare(
      'sidebar orders',
      frontmatterValue(ko.chapter.frontmatter, '\\s+order'),
      frontmatterValue(en.chapter.frontmatter, '\\s+order'),
    );
  }
  return problems;
}
