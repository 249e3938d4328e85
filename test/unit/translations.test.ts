// `npm run translations` against throwaway git repositories whose commit dates are fixed, so each
// case (up to date, outdated, missing, uncommitted, translatedFrom, no history) is built on purpose.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { translationStatus } from '../../scripts/translations.ts';
import { replayPairHistory, type TranslationReport, type TranslationState } from '../../src/lib/translation-status.ts';
import type { Lang } from '../../src/i18n/locales.ts';

// Each test spawns git or Node several times; a busy CI machine needs more than the default 5 s.
const SLOW = 30_000;
const repository = resolve(import.meta.dirname, '../..');
const script = join(repository, 'scripts/translations.ts');

// A test run inside a git hook inherits variables that would point git at the handbook's own repository.
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_PREFIX']) {
  delete process.env[name];
}
// Nobody's ~/.gitconfig (signing, hooks, default branch) may change what the fixtures contain.
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
};

const T1 = '2024-01-01T00:00:00Z';
const T2 = '2024-02-01T00:00:00Z';
const T3 = '2024-03-01T00:00:00Z';
const T4 = '2024-04-01T00:00:00Z';
const T5 = '2024-05-01T00:00:00Z';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-translations-'));
  roots.push(root);
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'handbook-copy', private: true })}\n`);
  return root;
}

function git(root: string, args: string[], date?: string): string {
  const env = date ? { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : gitEnv;
  return execFileSync('git', args, { cwd: root, env, encoding: 'utf8' }).trim();
}

function write(root: string, path: string, body: string, frontmatter = ''): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `---\ntitle: ${path}\ndescription: test\n${frontmatter}---\n\n${body}\n`);
}

function commit(root: string, date: string, message: string): string {
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', message], date);
  return git(root, ['rev-parse', 'HEAD']);
}

function states(report: TranslationReport): Record<string, [TranslationState, TranslationState]> {
  return Object.fromEntries(report.chapters.map((chapter) => [chapter.slug, [chapter.ko.state, chapter.en.state]]));
}

function runCli(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: gitEnv });
}

/**
 * a: both written at T1. b: English changed at T2. c: Korean only. r: English changed at T2 and
 * changed back at T3, so its last commit is newer but its text is what Korean was written against.
 */
function fixture() {
  const root = tempRoot();
  git(root, ['init', '-q', '-b', 'main']);
  for (const slug of ['a', 'b', 'r']) {
    write(root, `content/ko/${slug}.mdx`, `${slug} 한국어판`);
    write(root, `content/en/${slug}.mdx`, `${slug} English v1`);
  }
  write(root, 'content/ko/c.mdx', 'c 한국어판');
  const first = commit(root, T1, 'chapters');
  write(root, 'content/en/b.mdx', 'b English v2');
  write(root, 'content/en/r.mdx', 'r English, edited by mistake');
  const second = commit(root, T2, 'English edits');
  write(root, 'content/en/r.mdx', 'r English v1');
  commit(root, T3, 'revert r');
  return { root, first, second };
}

describe('translationStatus', { timeout: SLOW }, () => {
  test('tells up to date, outdated and missing apart, by date and by content', () => {
    const { root, first } = fixture();
    const report = translationStatus(root);
    expect(report.history).toBe('git');
    expect(states(report)).toEqual({
      a: ['up-to-date', 'up-to-date'],
      b: ['outdated', 'up-to-date'],
      c: ['up-to-date', 'missing'],
      r: ['up-to-date', 'up-to-date'],
    });
    const b = report.chapters.find((chapter) => chapter.slug === 'b');
    expect(b?.ko).toMatchObject({ path: 'content/ko/b.mdx', commit: first, since: first, uncommitted: false });
    expect(b?.ko.committedAt).toBe(Date.parse(T1) / 1000);
    expect(b?.en.committedAt).toBe(Date.parse(T2) / 1000);
    expect(report.head?.committedAt).toBe(Date.parse(T3) / 1000);
  });

  test('a newer edit of the outdated language brings it up to date', () => {
    const { root } = fixture();
    write(root, 'content/ko/b.mdx', 'b 한국어판, 영어판 v2 반영');
    commit(root, T4, 'translate b');
    expect(states(translationStatus(root))['b']).toEqual(['up-to-date', 'up-to-date']);
  });

  test('after catching up, new content in either language puts the other behind again', () => {
    const { root } = fixture();
    write(root, 'content/ko/b.mdx', 'b 한국어판, 영어판 v2 반영');
    commit(root, T4, 'translate b');
    write(root, 'content/ko/b.mdx', 'b 한국어판, 새 절 추가');
    commit(root, T5, 'new Korean section');
    expect(states(translationStatus(root))['b']).toEqual(['up-to-date', 'outdated']);
  });

  test('a commit that changes both languages leaves both up to date', () => {
    const { root } = fixture();
    write(root, 'content/ko/b.mdx', 'b 한국어판 v3');
    write(root, 'content/en/b.mdx', 'b English v3');
    commit(root, T4, 'both languages');
    expect(states(translationStatus(root))['b']).toEqual(['up-to-date', 'up-to-date']);
  });

  test('uncommitted changes count as changed now', () => {
    const { root } = fixture();
    write(root, 'content/ko/a.mdx', 'a 한국어판, 고치는 중');
    // An untracked new translation is the newest file, and the file it translates is not behind it.
    write(root, 'content/en/c.mdx', 'c English, being written');
    const report = translationStatus(root);
    expect(states(report)['a']).toEqual(['up-to-date', 'outdated']);
    expect(states(report)['c']).toEqual(['up-to-date', 'up-to-date']);
    const a = report.chapters.find((chapter) => chapter.slug === 'a');
    expect(a?.ko).toMatchObject({ uncommitted: true, committedAt: null });
  });

  test('translatedFrom names the commit a translation was made from', () => {
    const { root, first, second } = fixture();
    // Korean b is committed after English v2, but says it translates English as of the first commit.
    write(root, 'content/ko/b.mdx', 'b 한국어판, 다듬음', `translatedFrom: ${first.slice(0, 10)}\n`);
    commit(root, T4, 'polish Korean b');
    expect(states(translationStatus(root))['b']).toEqual(['outdated', 'up-to-date']);
    expect(translationStatus(root).chapters.find((chapter) => chapter.slug === 'b')?.ko.since).toBe(first);

    write(root, 'content/ko/b.mdx', 'b 한국어판, 영어판 v2 반영', `translatedFrom: ${second}\n`);
    commit(root, T5, 'translate b from English v2');
    expect(states(translationStatus(root))['b']).toEqual(['up-to-date', 'up-to-date']);
  });

  test('a translatedFrom that is not a commit falls back to dates and says so', () => {
    const { root } = fixture();
    write(root, 'content/ko/a.mdx', 'a 한국어판', 'translatedFrom: 0123456789abcdef\n');
    commit(root, T4, 'bad translatedFrom');
    const report = translationStatus(root);
    expect(states(report)['a']).toEqual(['up-to-date', 'outdated']);
    expect(report.notes.join('\n')).toContain('content/ko/a.mdx: translatedFrom 0123456789abcdef is not a commit');
  });

  test('without git history every present file is unknown, and missing files are still missing', () => {
    const root = tempRoot();
    write(root, 'content/ko/a.mdx', 'a');
    write(root, 'content/en/a.mdx', 'a');
    write(root, 'content/ko/c.mdx', 'c');
    const report = translationStatus(root);
    expect(report.history).toBe('none');
    expect(report.head).toBeNull();
    expect(states(report)).toEqual({ a: ['unknown', 'unknown'], c: ['unknown', 'missing'] });
  });

  test('a shallow clone is not trusted', () => {
    const { root } = fixture();
    const clone = join(tempRoot(), 'clone');
    git(root, ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const report = translationStatus(clone);
    expect(report.history).toBe('shallow');
    expect(states(report)['b']).toEqual(['unknown', 'unknown']);
    expect(report.notes.join('\n')).toContain('fetch-depth: 0');
  });

  test("the handbook's own chapters, freshly committed, are up to date wherever both languages exist", () => {
    const root = tempRoot();
    cpSync(join(repository, 'content'), join(root, 'content'), { recursive: true });
    git(root, ['init', '-q', '-b', 'main']);
    commit(root, T1, 'copy');
    const report = translationStatus(root);
    const slugs = (lang: string) =>
      readdirSync(join(root, 'content', lang), { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.mdx'));
    expect(report.chapters.length).toBe(new Set([...slugs('ko'), ...slugs('en')]).size);
    for (const chapter of report.chapters) {
      for (const file of [chapter.ko, chapter.en]) expect(['up-to-date', 'missing']).toContain(file.state);
    }
  });
});

describe('replayPairHistory', () => {
  const run = (...events: Lang[][]) => replayPairHistory(events.map((langs) => new Set(langs)));
  test.each([
    ['both written together', [['ko', 'en']], { ko: false, en: false }],
    ['English changed alone', [['ko', 'en'], ['en']], { ko: true, en: false }],
    ['English changed twice', [['ko', 'en'], ['en'], ['en']], { ko: true, en: false }],
    ['Korean caught up', [['ko', 'en'], ['en'], ['ko']], { ko: false, en: false }],
    ['Korean changed again after catching up', [['ko', 'en'], ['en'], ['ko'], ['ko']], { ko: false, en: true }],
    ['both changed after English alone', [['ko', 'en'], ['en'], ['ko', 'en']], { ko: false, en: false }],
    ['English created as a translation', [['ko'], ['en']], { ko: false, en: false }],
    ['Korean changed after the translation', [['ko'], ['en'], ['ko']], { ko: false, en: true }],
    ['only one language so far', [['ko'], ['ko']], { ko: false, en: false }],
  ] as [string, Lang[][], Record<Lang, boolean>][])('%s', (_name, events, behind) => {
    expect(run(...events)).toEqual(behind);
  });
});

describe('npm run translations (the command)', { timeout: SLOW }, () => {
  test('prints a table and a summary, and fails naming the missing file', () => {
    const { root } = fixture();
    const { status, stdout, stderr } = runCli(root);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^chapter\s+ko\s+en$/m);
    expect(stdout).toMatch(/^a\s+up to date\s+up to date$/m);
    expect(stdout).toMatch(/^b\s+outdated\s+up to date$/m);
    expect(stdout).toMatch(/^c\s+up to date\s+missing$/m);
    expect(stdout).toContain('4 chapters: 2 up to date in both languages, 1 outdated, 1 missing.');
    expect(stdout).toMatch(/git diff [0-9a-f]{7} -- content\/en\/b\.mdx/);
    expect(stderr).toContain('content/en/c.mdx');
  });

  test('outdated alone passes, but not with --strict; an update passes both', () => {
    const { root } = fixture();
    write(root, 'content/en/c.mdx', 'c English');
    commit(root, T4, 'translate c');

    const relaxed = runCli(root);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toBe('');
    expect(relaxed.stdout).toContain('--strict');

    const strict = runCli(root, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('content/ko/b.mdx');

    write(root, 'content/ko/b.mdx', 'b 한국어판, 영어판 v2 반영');
    commit(root, T5, 'translate b');
    expect(runCli(root, '--strict').status).toBe(0);
  });

  test('--json prints the report for machines, with the same exit code', () => {
    const { root } = fixture();
    const { status, stdout } = runCli(root, '--json');
    expect(status).toBe(1);
    const output = JSON.parse(stdout) as {
      ok: boolean;
      history: string;
      summary: { outdated: string[]; missing: string[] };
    };
    expect(output.ok).toBe(false);
    expect(output.history).toBe('git');
    expect(output.summary.outdated).toEqual(['content/ko/b.mdx']);
    expect(output.summary.missing).toEqual(['content/en/c.mdx']);
  });

  test('without history it still reports missing files; --strict refuses to vouch for the rest', () => {
    const root = tempRoot();
    write(root, 'content/ko/a.mdx', 'a');
    write(root, 'content/en/a.mdx', 'a');
    const relaxed = runCli(root);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toMatch(/^a\s+unknown\s+unknown$/m);
    expect(relaxed.stdout).toContain('No git history');
    const strict = runCli(root, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('git history');
  });

  test('where git is not installed (a slim build image) it degrades to unknown', () => {
    const { root } = fixture();
    const { status, stdout } = spawnSync(process.execPath, [script], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: dirname(process.execPath) },
    });
    expect(stdout).toMatch(/^a\s+unknown\s+unknown$/m);
    expect(stdout).toMatch(/^c\s+unknown\s+missing$/m);
    expect(status).toBe(1);
  });

  test('an unknown option or a folder without content/ is a usage error', () => {
    const { root } = fixture();
    expect(runCli(root, '--strcit')).toMatchObject({ status: 2, stderr: expect.stringContaining('--strcit') });
    const empty = tempRoot();
    expect(runCli(empty)).toMatchObject({ status: 2, stderr: expect.stringContaining('repository root') });
  });
});
