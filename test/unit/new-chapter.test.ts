// `npm run new-chapter` in a throwaway copy of the repository's content/: what it writes must already
// satisfy every structural content rule, and every refusal must tell a first-time contributor why.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readChapter } from '../../src/lib/content/chapters.ts';
import { findContentProblems, type ChapterFile } from '../../src/lib/content/content-rules.ts';
import {
  MAX_SLUG_LENGTH,
  nextSidebarOrder,
  RESERVED_SLUGS,
  reservedSlugs,
  scaffoldChapter,
  SLUG_PATTERN,
  suggestSlug,
  validateSlug,
  type SlugErrorCode,
} from '../../scripts/new-chapter.ts';

// Each test spawns git or Node several times; a busy CI machine needs more than the default 5 s.
const SLOW = 30_000;
const repository = resolve(import.meta.dirname, '../..');
const script = join(repository, 'scripts/new-chapter.ts');
const HANGUL = /[\uac00-\ud7a3]/;

let root: string;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function chapterFiles(): ChapterFile[] {
  return listFiles(join(root, 'content')).map((file) => ({
    path: file.slice(root.length + 1).replaceAll('\\', '/'),
    text: readFileSync(file, 'utf8'),
  }));
}

function snapshot(): Map<string, string> {
  return new Map(listFiles(join(root, 'content')).map((file) => [file, readFileSync(file, 'utf8')]));
}

function runCli(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'handbook-new-chapter-'));
  cpSync(join(repository, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'handbook-copy', private: true })}\n`);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('scaffoldChapter', { timeout: SLOW }, () => {
  test('writes both languages with the same sections, one accessible diagram and the next sidebar position', () => {
    const orders = chapterFiles().flatMap((file) =>
      [...file.text.matchAll(/^sidebar:\s*\n\s+order:\s*(\d+)/gm)].map((match) => Number(match[1])),
    );
    const expectedOrder = Math.max(0, ...orders) + 1;

    const result = scaffoldChapter(root, 'live-migration');
    expect(result).toEqual({
      ok: true,
      slug: 'live-migration',
      order: expectedOrder,
      files: ['content/ko/live-migration.mdx', 'content/en/live-migration.mdx'],
    });

    const ko = readChapter(readFileSync(join(root, 'content/ko/live-migration.mdx'), 'utf8'));
    const en = readChapter(readFileSync(join(root, 'content/en/live-migration.mdx'), 'utf8'));
    expect(ko.headings).toEqual(['개요', '동작 원리', '한계', '출처']);
    expect(en.headings).toEqual(['Overview', 'How it works', 'Limits', 'Sources']);
    for (const chapter of [ko, en]) {
      expect(chapter.frontmatter).toMatch(new RegExp(`^sidebar:\\n  order: ${expectedOrder}$`, 'm'));
      expect(chapter.frontmatter).toMatch(/^keywords: \[\]$/m);
      expect(chapter.diagrams).toHaveLength(1);
      expect(chapter.diagrams[0]?.source).toMatch(/^\s*accTitle: \S/m);
      expect(chapter.diagrams[0]?.source).toMatch(/^\s*accDescr: \S/m);
      // A placeholder link would satisfy the sources rule before anyone cited anything.
      expect(chapter.sourceLinks).toEqual([]);
    }
    expect(ko.hangulSyllables).toBeGreaterThan(0);
  });

  test('the new chapter breaks no structural content rule, only the ones that need writing', () => {
    scaffoldChapter(root, 'live-migration');
    const problems = findContentProblems(chapterFiles()).filter((problem) => problem.includes('live-migration'));
    const needWriting = /links its sources|Hangul syllables of prose|words of prose/;
    expect(problems.filter((problem) => !needWriting.test(problem))).toEqual([]);
    // Exactly: sources and length, in each language.
    expect(problems).toHaveLength(4);
  });

  test.each(['ko', 'en'])('the %s skeleton compiles as MDX', async (lang) => {
    scaffoldChapter(root, 'live-migration');
    const text = readFileSync(join(root, `content/${lang}/live-migration.mdx`), 'utf8');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    await expect(compile(body)).resolves.toBeDefined();
    expect(body).toMatch(/^\{\/\*[\s\S]+?\*\/\}$/m);
  });

  test('counts sidebar orders from the chapters it finds, starting at 1', () => {
    const empty = mkdtempSync(join(tmpdir(), 'handbook-order-'));
    try {
      mkdirSync(join(empty, 'content/ko'), { recursive: true });
      expect(nextSidebarOrder(empty)).toBe(1);
      writeFileSync(join(empty, 'content/ko/a.mdx'), '---\ntitle: A\nsidebar:\n  label: A\n  order: 7\n---\n');
      writeFileSync(join(empty, 'content/ko/b.mdx'), '---\ntitle: B\nsidebar:\n  order: 3\n---\n');
      writeFileSync(join(empty, 'content/ko/c.mdx'), '---\ntitle: C\n---\n\norder: 99\n');
      expect(nextSidebarOrder(empty)).toBe(8);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('refuses an existing chapter and leaves every file untouched', () => {
    const before = snapshot();
    const result = scaffoldChapter(root, 'images');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('exists');
    expect(result.message).toContain('content/ko/images.mdx');
    expect(result.message.split('\n')[1]).toMatch(HANGUL);
    expect(snapshot()).toEqual(before);
  });

  test('refuses a slug that exists in one language only, and says how to translate it', () => {
    rmSync(join(root, 'content/en/images.mdx'));
    const result = scaffoldChapter(root, 'images');
    expect(result).toMatchObject({ ok: false, code: 'exists' });
    expect(result.ok ? '' : result.message).toMatch(/translate it, create content\/en\/images\.mdx/);
    expect(existsSync(join(root, 'content/en/images.mdx'))).toBe(false);
  });

  test('says where to run it when there is no content/ folder', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'handbook-elsewhere-'));
    try {
      expect(scaffoldChapter(elsewhere, 'live-migration')).toMatchObject({ ok: false, code: 'no-content' });
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('validateSlug', () => {
  const bad: [string, string, SlugErrorCode, RegExp, string | undefined][] = [
    ['spaces', 'live migration', 'spaces', /contains spaces/, 'live-migration'],
    ['uppercase', 'Live-Migration', 'uppercase', /uppercase/, 'live-migration'],
    ['Hangul', '라이브-마이그레이션', 'hangul', /Hangul.*title:/, undefined],
    ['Hangul mixed with ASCII', 'kvm-가상화', 'hangul', /Hangul/, undefined],
    ['..', '..', 'path', /is a path/, undefined],
    ['a relative path', '../live-migration', 'path', /is a path/, 'live-migration'],
    ['a file path', 'content/ko/live-migration.mdx', 'path', /is a path/, 'live-migration'],
    ['empty', '', 'empty', /Give the new chapter a slug/, undefined],
    ['blank', '   ', 'empty', /Give the new chapter a slug/, undefined],
    ['too long', 'a'.repeat(MAX_SLUG_LENGTH + 1), 'too-long', /61 characters.*60 or fewer/, 'a'.repeat(60)],
    ['an underscore', 'live_migration', 'invalid', /not a valid slug/, 'live-migration'],
    ['a leading hyphen', '-live', 'invalid', /not a valid slug/, 'live'],
    ['a double hyphen', 'live--migration', 'invalid', /not a valid slug/, 'live-migration'],
    ['an accent', 'café', 'non-ascii', /not a plain ASCII letter/, 'cafe'],
    ['a route of the site', '404', 'reserved', /already the address of a page/, undefined],
    ['the search page', 'search', 'reserved', /already the address of a page/, undefined],
    ['the translation status page', 'translation-status', 'reserved', /already the address of a page/, undefined],
  ];

  test.each(bad)('refuses %s with a message in English, then Korean', (_name, input, code, english, suggestion) => {
    const result = validateSlug(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    const lines = result.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(english);
    expect(lines[1]).toMatch(HANGUL);
    expect(result.suggestion).toBe(suggestion);
    if (suggestion) {
      expect(lines[0]).toContain(`\`${suggestion}\``);
      expect(lines[1]).toContain(`\`${suggestion}\``);
    } else if (code !== 'empty' && code !== 'reserved') {
      expect(lines[0]).toContain('like `live-migration`');
    }
  });

  test.each(['a', 'k8s', 'live-migration', 'cgroups-v2', 'a'.repeat(MAX_SLUG_LENGTH)])('accepts %s', (slug) => {
    expect(validateSlug(slug)).toEqual({ ok: true, slug });
  });

  test('accepts exactly the documented rule, and every suggestion it makes is accepted', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[a-z0-9-]{1,70}$/)),
        (input) => {
          const result = validateSlug(input);
          const trimmed = input.trim();
          const valid = SLUG_PATTERN.test(trimmed) && trimmed.length <= MAX_SLUG_LENGTH && !RESERVED_SLUGS.has(trimmed);
          expect(result.ok).toBe(valid);
          if (!result.ok) {
            expect(result.message.split('\n')).toHaveLength(2);
            if (result.suggestion) expect(validateSlug(result.suggestion).ok).toBe(true);
          }
        },
      ),
    );
  });

  test('suggestSlug keeps whole words under the length limit', () => {
    const long = 'why containers start faster than virtual machines on the same host and when they do not';
    const suggestion = suggestSlug(long) ?? '';
    expect(suggestion.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long.replaceAll(' ', '-').startsWith(suggestion)).toBe(true);
    expect(suggestSlug('가상화')).toBeUndefined();
  });
});

describe('npm run new-chapter (the command)', { timeout: SLOW }, () => {
  test('creates the chapter and prints the next steps', () => {
    const { status, stdout } = runCli('live-migration');
    expect(status).toBe(0);
    expect(stdout).toContain('content/ko/live-migration.mdx');
    expect(stdout).toContain('content/en/live-migration.mdx');
    expect(stdout).toContain('npm run check:chapter -- content/ko/live-migration.mdx content/en/live-migration.mdx');
    expect(stdout).toContain('npm test');
    expect(existsSync(join(root, 'content/en/live-migration.mdx'))).toBe(true);
  });

  test('an unquoted slug with spaces is refused with the hyphenated suggestion, writing nothing', () => {
    const before = snapshot();
    const { status, stderr } = runCli('live', 'migration');
    expect(status).toBe(1);
    expect(stderr).toContain('Try `live-migration`');
    expect(stderr).toMatch(HANGUL);
    expect(snapshot()).toEqual(before);
  });

  test.each([
    ['no slug', [], /Give the new chapter a slug/],
    ['an existing slug', ['images'], /content\/ko\/images\.mdx and content\/en\/images\.mdx already exist/],
    ['Hangul', ['라이브-마이그레이션'], /contains Hangul/],
    ['..', ['..'], /is a path/],
  ])('refuses %s with exit code 1', (_name, args, message) => {
    const before = snapshot();
    const { status, stderr, stdout } = runCli(...args);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(snapshot()).toEqual(before);
  });
});

describe('reserved slugs come from src/pages', () => {
  test('every page under src/pages/[lang]/ reserves its slug, and nothing else does', () => {
    const pages = resolve(repository, 'src/pages');
    const expected = new Set<string>();
    for (const folder of readdirSync(pages, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const file of readdirSync(join(pages, folder.name))) expected.add(file.replace(/\.[^.]+$/, ''));
    }
    expect([...RESERVED_SLUGS].sort()).toEqual([...expected].sort());
    // The pages every language has, from one src/pages/[lang]/ folder.
    for (const slug of ['404', 'search', 'translation-status']) expect(RESERVED_SLUGS.has(slug)).toBe(true);
  });

  test('a page added later reserves its slug, in [lang]/ or one language; dynamic routes reserve none', () => {
    const pages = mkdtempSync(join(tmpdir(), 'handbook-pages-'));
    try {
      mkdirSync(join(pages, '[lang]', 'tools'), { recursive: true });
      mkdirSync(join(pages, 'ko'), { recursive: true });
      mkdirSync(join(pages, 'en'), { recursive: true });
      writeFileSync(join(pages, 'index.astro'), '');
      writeFileSync(join(pages, '[lang]', 'search.astro'), '');
      writeFileSync(join(pages, '[lang]', '[slug].astro'), '');
      writeFileSync(join(pages, 'ko', 'about.astro'), '');
      writeFileSync(join(pages, 'en', 'feed.xml.ts'), '');
      writeFileSync(join(pages, 'en', '[...slug].astro'), '');
      expect([...reservedSlugs(pages)].sort()).toEqual(['about', 'feed.xml', 'search', 'tools']);
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
  });
});
