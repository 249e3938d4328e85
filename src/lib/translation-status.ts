// Translation status shared by `npm run translations` (src/translations/report.ts, which reads git) and
// the pages that show it. Pure: no git, no file system, so the site's components can import it too.

import { otherLang, type Lang } from '../i18n/locales.ts';

export { otherLang };

/**
 * - `up-to-date`: the other language has not changed since this file was last written (or translated from).
 * - `outdated`: the other language changed later; this file may lack those changes.
 * - `missing`: the file does not exist.
 * - `unknown`: there is no usable git history (a checkout without .git, a shallow clone).
 */
export type TranslationState = 'up-to-date' | 'outdated' | 'missing' | 'unknown';

/** Where the git history came from: `none` without a repository or git, `shallow` for a truncated clone. */
export type HistorySource = 'git' | 'none' | 'shallow';

export interface LanguageStatus {
  state: TranslationState;
  /** Path relative to the repository root, e.g. `content/ko/images.mdx`. */
  path: string;
  /** Last commit touching the file, or null when the file is new or changed and not committed yet. */
  commit: string | null;
  /** Unix seconds of that commit; null when uncommitted, absent or unknown. */
  committedAt: number | null;
  /** The file has changes that are not committed (they count as "changed now"). */
  uncommitted: boolean;
  /** The commit recorded in the file's `translatedFrom:` frontmatter, when there is one. */
  translatedFrom: string | null;
  /**
   * For an outdated file: the commit from which the other language's changes are missing, so
   * `git diff <since> -- <other file>` shows what to translate.
   */
  since: string | null;
}

export interface ChapterStatus {
  slug: string;
  ko: LanguageStatus;
  en: LanguageStatus;
}

export interface TranslationReport {
  history: HistorySource;
  /** HEAD when the report was made, when there is history. */
  head: { commit: string; committedAt: number } | null;
  chapters: ChapterStatus[];
  /** Things a contributor should know that are not a status (an unknown translatedFrom commit…). */
  notes: string[];
}

export interface TranslationSummary {
  chapters: number;
  upToDate: number;
  outdated: LanguageStatus[];
  missing: LanguageStatus[];
  unknown: LanguageStatus[];
}

export function chapterPath(lang: Lang, slug: string): string {
  return `content/${lang}/${slug}.mdx`;
}

/** The page URL of a chapter: `index` is the language's home, `a/index` the folder's page. */
export function chapterHref(lang: Lang, slug: string): string {
  const route = slug === 'index' ? '' : slug.replace(/(?:^|\/)index$/, '');
  return route ? `/${lang}/${route}/` : `/${lang}/`;
}

/**
 * The chapter a repository path belongs to: `content/en/images.mdx` → `{ lang: 'en', slug: 'images' }`.
 * Also accepts the `src/content/docs/…` path Starlight reports. Undefined for anything else.
 */
export function chapterFromSourcePath(path: string): { lang: Lang; slug: string } | undefined {
  const match = /(?:^|\/)(?:src\/content\/docs|content)\/(ko|en)\/(.+)\.mdx$/.exec(path.replaceAll('\\', '/'));
  if (!match?.[1] || !match[2]) return undefined;
  return { lang: match[1] as Lang, slug: match[2] };
}

/** The optional `translatedFrom: <commit>` frontmatter field: the other language's commit this file translates. */
export function readTranslatedFrom(text: string): string | null {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return /^translatedFrom:\s*['"]?([0-9a-fA-F]{7,40})['"]?\s*$/m.exec(frontmatter)?.[1]?.toLowerCase() ?? null;
}

export function summarize(report: TranslationReport): TranslationSummary {
  const files = report.chapters.flatMap((chapter) => [chapter.ko, chapter.en]);
  return {
    chapters: report.chapters.length,
    upToDate: report.chapters.filter(
      (chapter) => chapter.ko.state === 'up-to-date' && chapter.en.state === 'up-to-date',
    ).length,
    outdated: files.filter((file) => file.state === 'outdated'),
    missing: files.filter((file) => file.state === 'missing'),
    unknown: files.filter((file) => file.state === 'unknown'),
  };
}

/**
 * Which language of a chapter ends up behind the other, from the languages each commit touched,
 * oldest first (see src/translations/report.ts for why a plain date comparison is not enough):
 * touching both syncs them; touching only a file that was behind catches it up; touching only a file
 * that was not behind puts the other behind; a file's first commit after the other exists is its
 * translation and puts nothing behind.
 */
export function replayPairHistory(events: Iterable<ReadonlySet<Lang>>): Record<Lang, boolean> {
  const behind = { ko: false, en: false };
  const seen = new Set<Lang>();
  for (const langs of events) {
    if (langs.size === 2) {
      behind.ko = behind.en = false;
    } else {
      const [lang] = langs;
      if (!lang) continue;
      const other = otherLang(lang);
      if (!seen.has(lang) && seen.has(other)) behind[lang] = false;
      else if (behind[lang]) behind[lang] = false;
      else if (seen.has(other)) behind[other] = true;
    }
    langs.forEach((lang) => seen.add(lang));
  }
  return behind;
}
