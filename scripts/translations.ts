// npm run translations [-- --strict] [-- --json]
// For every chapter and language: up to date, outdated (the other language changed later) or missing,
// read from git history. Exits 1 when a chapter lacks a language; --strict also fails on outdated.
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
  summarize,
  TRANSLATION_LANGS,
  type ChapterStatus,
  type HistorySource,
  type LanguageStatus,
  type TranslationLang,
  type TranslationReport,
  type TranslationState,
} from '../src/lib/translation-status.ts';

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
function chapterSlugs(root: string, lang: TranslationLang): string[] {
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
  langs: Set<TranslationLang>;
}

/** Commits touching either language file of a chapter, oldest first. */
function pairEvents(root: string, paths: Record<TranslationLang, string>): PairEvent[] {
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
    const langs = new Set(TRANSLATION_LANGS.filter((lang) => names.includes(paths[lang])));
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
  const facts = {} as Record<TranslationLang, FileFacts>;
  for (const lang of TRANSLATION_LANGS) {
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
  const pending = new Set(TRANSLATION_LANGS.filter((lang) => facts[lang].uncommitted));
  const behind = replayPairHistory([...events.map((event) => event.langs), ...(pending.size > 0 ? [pending] : [])]);

  const base: Partial<Record<TranslationLang, string>> = {};
  for (const lang of TRANSLATION_LANGS) {
    const recorded = facts[lang].translatedFrom;
    if (!recorded || history.source !== 'git') continue;
    const commit = resolveCommit(root, recorded);
    if (commit) base[lang] = commit;
    else
      notes.push(`${paths[lang]}: translatedFrom ${recorded} is not a commit of this repository; compared by history.`);
  }

  const decide = (lang: TranslationLang): Decision => {
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

  const status = (lang: TranslationLang): LanguageStatus => {
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
  const slugs = [...new Set(TRANSLATION_LANGS.flatMap((lang) => chapterSlugs(root, lang)))].sort();
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

const STATE_LABELS: Record<TranslationState, string> = {
  'up-to-date': 'up to date',
  outdated: 'outdated',
  missing: 'missing',
  unknown: 'unknown',
};

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
const short = (commit: string) => commit.slice(0, 7);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The whole command as a function of its arguments, so tests need not parse a terminal. */
export function runTranslations(argv: readonly string[], root: string): CliResult {
  const usage = 'usage: npm run translations [-- --strict] [-- --json]';
  const strict = argv.includes('--strict');
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) return { exitCode: 0, stdout: `${usage}\n`, stderr: '' };
  const unknownArgs = argv.filter((arg) => !['--strict', '--json'].includes(arg));
  if (unknownArgs.length > 0) {
    return { exitCode: 2, stdout: '', stderr: `Unknown option ${unknownArgs.join(' ')}\n${usage}\n` };
  }
  if (!TRANSLATION_LANGS.some((lang) => existsSync(join(root, 'content', lang)))) {
    return {
      exitCode: 2,
      stdout: '',
      stderr:
        'No content/ko or content/en here. Run this from the repository root (the folder with package.json).\n' +
        '여기에는 content/ko, content/en 폴더가 없다. 저장소 최상위 폴더(package.json이 있는 곳)에서 실행하라.\n',
    };
  }

  const report = translationStatus(root);
  const summary = summarize(report);
  const failures: string[] = [];
  if (summary.missing.length > 0) {
    const paths = summary.missing.map((file) => file.path).join(', ');
    failures.push(
      `${plural(summary.missing.length, 'chapter file')} missing: ${paths}\n` +
        `  번역이 없는 장이 있다: ${paths} 파일을 만들어야 한다.`,
    );
  }
  if (strict && summary.outdated.length > 0) {
    const paths = summary.outdated.map((file) => file.path).join(', ');
    failures.push(
      `--strict: ${plural(summary.outdated.length, 'translation')} outdated: ${paths}\n` +
        `  --strict: 다른 언어판보다 뒤처진 번역이 있다: ${paths}`,
    );
  }
  if (strict && summary.unknown.length > 0) {
    failures.push(
      '--strict needs the git history to compare languages (see the note above).\n' +
        '  --strict는 언어판을 비교하려면 git 기록이 필요하다.',
    );
  }
  const exitCode = failures.length > 0 ? 1 : 0;

  if (json) {
    const output = {
      ...report,
      strict,
      ok: exitCode === 0,
      summary: {
        chapters: summary.chapters,
        upToDate: summary.upToDate,
        outdated: summary.outdated.map((file) => file.path),
        missing: summary.missing.map((file) => file.path),
        unknown: summary.unknown.map((file) => file.path),
      },
    };
    return { exitCode, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '' };
  }

  const lines: string[] = [];
  const source = report.head
    ? ` (git history up to ${short(report.head.commit)}, ${day(report.head.committedAt)})`
    : '';
  lines.push(`Translation status · 번역 상태${source}`, '');
  const width = Math.max('chapter'.length, ...report.chapters.map((chapter) => chapter.slug.length)) + 2;
  const cellWidth = Math.max(...Object.values(STATE_LABELS).map((label) => label.length)) + 2;
  lines.push(`${'chapter'.padEnd(width)}${'ko'.padEnd(cellWidth)}en`);
  for (const chapter of report.chapters) {
    lines.push(
      `${chapter.slug.padEnd(width)}${STATE_LABELS[chapter.ko.state].padEnd(cellWidth)}${STATE_LABELS[chapter.en.state]}`,
    );
  }
  lines.push('');
  const parts = [`${summary.upToDate} up to date in both languages`];
  if (summary.outdated.length > 0) parts.push(`${summary.outdated.length} outdated`);
  if (summary.missing.length > 0) parts.push(`${summary.missing.length} missing`);
  if (summary.unknown.length > 0) parts.push(`${summary.unknown.length} unknown`);
  lines.push(`${plural(summary.chapters, 'chapter')}: ${parts.join(', ')}.`);

  if (summary.outdated.length > 0) {
    lines.push('', 'Outdated · 다른 언어판이 더 최근에 바뀌었다:');
    for (const file of summary.outdated) {
      const chapter = report.chapters.find((entry) => entry.ko === file || entry.en === file);
      const lang = chapter?.ko === file ? 'ko' : 'en';
      const otherPath = chapterPath(otherLang(lang), chapter?.slug ?? '');
      lines.push(`  ${file.path}: ${otherPath} changed after it.`);
      if (file.since) lines.push(`    what changed: git diff ${short(file.since)} -- ${otherPath}`);
    }
    if (!strict) lines.push('  (not an error; `npm run translations -- --strict` fails on these)');
  }
  if (summary.missing.length > 0) {
    lines.push('', 'Missing · 번역 없음:');
    for (const file of summary.missing) {
      const chapter = report.chapters.find((entry) => entry.ko === file || entry.en === file);
      const lang = chapter?.ko === file ? 'ko' : 'en';
      const present = chapterPath(otherLang(lang), chapter?.slug ?? '');
      lines.push(
        `  ${file.path}: not written yet. Translate ${present} into it (same slug, same ## sections), or open a translation request issue.`,
      );
    }
  }
  if (report.notes.length > 0) lines.push('', ...report.notes.map((note) => `Note: ${note}`));

  const stderr = failures.length > 0 ? `\n${failures.map((failure) => `✗ ${failure}`).join('\n')}\n` : '';
  return { exitCode, stdout: `${lines.join('\n')}\n`, stderr };
}

if (import.meta.main) {
  const { exitCode, stdout, stderr } = runTranslations(process.argv.slice(2), process.cwd());
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
