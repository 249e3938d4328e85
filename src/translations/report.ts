// The translation status of every chapter, read from git history: the node side behind
// `npm run translations` (scripts/translations.ts, which only parses arguments and prints) and behind
// the pages that show it (TranslationStatus.astro, OutdatedNotice.astro). The decisions themselves
// are pure, in src/lib/translation-status.ts.
//
//
// Neither language is the source, so "the other file's last commit is newer" alone would make the two
// accuse each other: translating an English change into Korean would then mark English outdated. The
// pair's history is replayed instead, commit by commit (uncommitted changes last, as "now"):
// - a commit touching both files leaves both up to date;
// - a commit touching one file that was behind is taken as catching up, so it is up to date again;
// - a commit touching one file that was not behind gives it something new: the other is now behind;
// - the first commit of a file whose other language already exists is its translation, not news.
// A file found behind is outdated only if the other file really differs from what it was at this
// file's last commit (an edit and its revert cancel out). A file may instead record the commit it was
// translated from (`translatedFrom: <sha>` in its frontmatter); then it is outdated exactly when the
// other file changed after that commit, and the other file is up to date if it has not.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  chapterPath,
  otherLang,
  readTranslatedFrom,
  replayPairHistory,
  type ChapterStatus,
  type HistorySource,
  type LanguageStatus,
  type TranslationReport,
  type TranslationState,
} from '../lib/translation-status.ts';
import { LANGS, type Lang } from '../i18n/locales.ts';

interface GitResult {
  status: number | null;
  stdout: string;
}

/** Runs git in `root`; undefined when git itself cannot run (not installed, as in a slim build image). */
function git(root: string, args: string[]): GitResult | undefined {
  const result = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No optional locks: `git status` would otherwise refresh the index while another build reads it.
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
  if (result.error) return undefined;
  return { status: result.status, stdout: result.stdout };
}

/** Chapter files of one language as slugs (`images`, `guide/setup`); empty when the folder is absent. */
function chapterSlugs(root: string, lang: Lang): string[] {
  const dir = join(root, 'content', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) =>
      relative(dir, join(entry.parentPath, entry.name))
        .split(sep)
        .join('/')
        .replace(/\.mdx$/, ''),
    );
}

interface History {
  source: HistorySource;
  head: TranslationReport['head'];
  /** Repository-relative paths (from `root`) with uncommitted changes, including untracked files. */
  uncommitted: Set<string>;
}

function readHistory(root: string): History {
  const none: History = { source: 'none', head: null, uncommitted: new Set() };
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.status !== 0 || inside.stdout.trim() !== 'true') return none;
  // A shallow clone's oldest commit claims to have written every file, so all dates would be wrong.
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.stdout.trim() === 'true') {
    return { ...none, source: 'shallow' };
  }
  const toplevel = git(root, ['rev-parse', '--show-toplevel'])?.stdout.trim();
  if (!toplevel) return none;

  const headLine = git(root, ['log', '-1', '--format=%H %ct'])?.stdout.trim() ?? '';
  const [headCommit, headTime] = headLine.split(' ');
  const head = headCommit && headTime ? { commit: headCommit, committedAt: Number(headTime) } : null;

  // Porcelain paths are relative to the top level, which may be above `root`.
  const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', 'content']);
  const uncommitted = new Set<string>();
  const realRoot = realpathSync(root);
  const entries = (status?.stdout ?? '').split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] ?? '';
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    uncommitted.add(
      relative(realRoot, join(toplevel, entry.slice(3)))
        .split(sep)
        .join('/'),
    );
    // A rename or copy is followed by its source path, which is not a separate entry.
    if (code.includes('R') || code.includes('C')) i++;
  }
  return { source: 'git', head, uncommitted };
}

interface PairEvent {
  commit: string;
  time: number;
  langs: Set<Lang>;
}

/** Commits touching either language file of a chapter, oldest first. */
function pairEvents(root: string, paths: Record<Lang, string>): PairEvent[] {
  const output = git(root, [
    '-c',
    'core.quotePath=false',
    '--literal-pathspecs',
    'log',
    '--reverse',
    '--relative',
    '--format=%x00%H %ct',
    '--name-only',
    '--',
    paths.ko,
    paths.en,
  ]);
  const events: PairEvent[] = [];
  for (const chunk of (output?.stdout ?? '').split('\0')) {
    const [header, ...names] = chunk.split('\n').filter(Boolean);
    const [commit, time] = (header ?? '').split(' ');
    if (!commit || !time) continue;
    const langs = new Set(LANGS.filter((lang) => names.includes(paths[lang])));
    if (langs.size > 0) events.push({ commit, time: Number(time), langs });
  }
  return events;
}

interface FileFacts {
  path: string;
  exists: boolean;
  commit: string | null;
  committedAt: number | null;
  uncommitted: boolean;
  translatedFrom: string | null;
}

/** Whether `path` differs between `commit` and the working tree; undefined when git cannot tell. */
function changedSince(root: string, commit: string, path: string): boolean | undefined {
  const result = git(root, ['--literal-pathspecs', 'diff', '--quiet', '--no-ext-diff', commit, '--', path]);
  if (result?.status === 0) return false;
  if (result?.status === 1) return true;
  return undefined;
}

function resolveCommit(root: string, ref: string): string | undefined {
  const result = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return result?.status === 0 ? result.stdout.trim() : undefined;
}

type Decision = { state: TranslationState; since: string | null };

function chapterStatus(root: string, slug: string, history: History, notes: string[]): ChapterStatus {
  const paths = { ko: chapterPath('ko', slug), en: chapterPath('en', slug) };
  const events = history.source === 'git' ? pairEvents(root, paths) : [];
  const facts = {} as Record<Lang, FileFacts>;
  for (const lang of LANGS) {
    const absolute = join(root, paths[lang]);
    const exists = existsSync(absolute);
    const last = events.findLast((event) => event.langs.has(lang));
    facts[lang] = {
      path: paths[lang],
      exists,
      commit: last?.commit ?? null,
      committedAt: last?.time ?? null,
      uncommitted: exists && history.source === 'git' && (history.uncommitted.has(paths[lang]) || !last),
      translatedFrom: exists ? readTranslatedFrom(readFileSync(absolute, 'utf8')) : null,
    };
  }

  // Uncommitted changes are the newest event of all.
  const pending = new Set(LANGS.filter((lang) => facts[lang].uncommitted));
  const behind = replayPairHistory([...events.map((event) => event.langs), ...(pending.size > 0 ? [pending] : [])]);

  const base: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const recorded = facts[lang].translatedFrom;
    if (!recorded || history.source !== 'git') continue;
    const commit = resolveCommit(root, recorded);
    if (commit) base[lang] = commit;
    else
      notes.push(`${paths[lang]}: translatedFrom ${recorded} is not a commit of this repository; compared by history.`);
  }

  const decide = (lang: Lang): Decision => {
    const self = facts[lang];
    const other = facts[otherLang(lang)];
    if (!self.exists) return { state: 'missing', since: null };
    if (history.source !== 'git') return { state: 'unknown', since: null };
    if (!other.exists) return { state: 'up-to-date', since: null };
    const since = base[lang] ?? (self.uncommitted ? undefined : (self.commit ?? undefined));
    if (base[lang] === undefined) {
      // The other file says it translates this one as it is now.
      const otherBase = base[otherLang(lang)];
      if (otherBase !== undefined && changedSince(root, otherBase, self.path) === false) {
        return { state: 'up-to-date', since: null };
      }
      if (!behind[lang]) return { state: 'up-to-date', since: null };
    }
    if (since === undefined) return { state: 'up-to-date', since: null };
    const changed = changedSince(root, since, other.path);
    if (changed === undefined) return { state: 'unknown', since: null };
    return changed ? { state: 'outdated', since } : { state: 'up-to-date', since: null };
  };

  const status = (lang: Lang): LanguageStatus => {
    const self = facts[lang];
    const { state, since } = decide(lang);
    return {
      state,
      path: self.path,
      commit: self.commit,
      committedAt: self.uncommitted ? null : self.committedAt,
      uncommitted: self.uncommitted,
      translatedFrom: self.translatedFrom,
      since,
    };
  };
  return { slug, ko: status('ko'), en: status('en') };
}

/** The translation status of every chapter under `root`/content, from the git history of `root`. */
export function translationStatus(root: string): TranslationReport {
  const history = readHistory(root);
  const slugs = [...new Set(LANGS.flatMap((lang) => chapterSlugs(root, lang)))].sort();
  const notes: string[] = [];
  if (history.source === 'none') {
    notes.push('No git history here (no .git folder, or git is not installed): outdated translations cannot be told.');
  } else if (history.source === 'shallow') {
    notes.push(
      'This is a shallow clone, whose dates are not real: run `git fetch --unshallow` (in GitHub Actions, checkout with fetch-depth: 0).',
    );
  }

  const chapters = slugs.map((slug) => chapterStatus(root, slug, history, notes));
  return { history: history.source, head: history.head, chapters, notes };
}

const cache = new Map<string, { at: number; report: TranslationReport }>();

/**
 * The same report, reused for a few seconds: every chapter page of a build asks for it, and the dev
 * server should still notice a new commit without a restart.
 */
export function cachedTranslationStatus(root: string, maxAgeMs = 10_000): TranslationReport {
  const hit = cache.get(root);
  if (hit && Date.now() - hit.at < maxAgeMs) return hit.report;
  let report: TranslationReport;
  try {
    report = translationStatus(root);
  } catch (error) {
    // The site must build even where the content folder or git misbehaves; the page then says "unknown".
    report = { history: 'none', head: null, chapters: [], notes: [`Translation status failed: ${String(error)}`] };
  }
  cache.set(root, { at: Date.now(), report });
  return report;
}
