// Holds every chapter in content/ to the handbook's rules (src/lib/content/content-rules.ts): both
// languages present with the same structure, accessible diagrams, sources, length, 평어체.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RESERVED_SLUGS } from '../../scripts/new-chapter.ts';
import { findContentProblems, type ChapterFile } from '../../src/lib/content/content-rules.ts';
import { LANGS } from '../../src/i18n/locales.ts';

/** The chapters the handbook promises readers (issue: the handbook's chapters). */
const REQUIRED_CHAPTERS = [
  'index',
  'why-isolation',
  'virtual-machines',
  'hypervisors',
  'containers',
  'docker-architecture',
  'images',
  'vm-vs-containers',
  'isolation-spectrum',
  'glossary',
];

function chapterFiles(): ChapterFile[] {
  return readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).replaceAll('\\', '/'))
    .sort()
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

describe('chapters', () => {
  const files = chapterFiles();

  test('follow the content rules', () => {
    expect(findContentProblems(files)).toEqual([]);
  });

  test.each(LANGS)('every promised chapter exists in %s', (lang) => {
    const present = new Set(files.map((file) => file.path));
    const missing = REQUIRED_CHAPTERS.map((slug) => `content/${lang}/${slug}.mdx`).filter((path) => !present.has(path));
    expect(missing).toEqual([]);
  });

  test('no chapter takes the address of a page in src/pages, which would hide it', () => {
    const hidden = files
      .map((file) => file.path)
      .filter((path) => RESERVED_SLUGS.has(path.replace(/^content\/[^/]+\//, '').replace(/\.mdx?$/, '')));
    expect(hidden).toEqual([]);
  });
});
