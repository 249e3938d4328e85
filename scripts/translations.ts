// npm run translations [-- --strict] [-- --json]
// For every chapter and language: up to date, outdated (the other language changed later) or missing,
// read from git history. Exits 1 when a chapter lacks a language; --strict also fails on outdated.
// How the status is decided: src/translations/report.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cachedTranslationStatus, translationStatus } from '../src/translations/report.ts';
import { chapterPath, otherLang, summarize, type TranslationState } from '../src/lib/translation-status.ts';
import { LANGS } from '../src/i18n/locales.ts';

export { cachedTranslationStatus, translationStatus };

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
  if (!LANGS.some((lang) => existsSync(join(root, 'content', lang)))) {
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
