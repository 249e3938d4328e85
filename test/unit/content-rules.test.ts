import { describe, expect, test } from 'vitest';
import { readChapter } from '../../src/lib/content/chapters.ts';
import {
  findContentProblems,
  MIN_ENGLISH_WORDS,
  MIN_HANGUL_SYLLABLES,
  reviewedProblem,
} from '../../src/lib/content/content-rules.ts';

const diagram = (title = '제목', description = '설명') =>
  ['```mermaid', 'flowchart LR', `  accTitle: ${title}`, `  accDescr: ${description}`, '  a --> b', '```'].join('\n');

function chapter(options: {
  title?: string;
  sections?: string[];
  diagrams?: number;
  prose?: string;
  sources?: string;
  calculators?: string[];
  order?: number;
  reviewed?: string | null;
}): string {
  const {
    title = 'Title',
    sections = ['One', 'Two'],
    diagrams = 1,
    prose = '',
    sources = 'Sources',
    calculators = [],
    order = 1,
    reviewed = '2026-11-30',
  } = options;
  const imports = calculators.map((name) => `import ${name} from '~/components/calculators/${name}.astro';`);
  return [
    '---',
    `title: ${title}`,
    'description: A sentence.',
    'sidebar:',
    `  order: ${order}`,
    ...(reviewed === null ? [] : [`reviewed: ${reviewed}`]),
    '---',
    ...imports,
    '',
    prose,
    ...sections.flatMap((section, index) => [`## ${section}`, '', index === 0 ? diagram() : '', '']),
    ...Array.from({ length: diagrams - 1 }, () => diagram()),
    ...calculators.map((name) => `<${name} />`),
    `## ${sources}`,
    '',
    '- [Linux kernel documentation](https://docs.kernel.org/)',
  ].join('\n');
}

const koProse = '가나다라마바사아자차카타파하 '.repeat(Math.ceil(MIN_HANGUL_SYLLABLES / 14)) + '이다.';
const enProse = 'word '.repeat(MIN_ENGLISH_WORDS);

function pair(ko: Parameters<typeof chapter>[0], en: Parameters<typeof chapter>[0], slug = 'containers') {
  return [
    { path: `content/ko/${slug}.mdx`, text: chapter({ prose: koProse, sources: '출처', ...ko }) },
    { path: `content/en/${slug}.mdx`, text: chapter({ prose: enProse, ...en }) },
  ];
}

describe('readChapter', () => {
  test('finds sections, diagrams with their file line, calculators and sources', () => {
    const text = chapter({ calculators: ['DensityCalculator'], prose: 'Some words here.' });
    const result = readChapter(text);
    expect(result.headings).toEqual(['One', 'Two', 'Sources']);
    expect(result.diagrams).toHaveLength(1);
    expect(text.split('\n')[(result.diagrams[0]?.line ?? 0) - 1]).toBe('```mermaid');
    expect(result.calculators).toEqual(['DensityCalculator']);
    expect(result.sourceLinks).toEqual(['https://docs.kernel.org/']);
  });

  test('does not count headings or Hangul inside code blocks', () => {
    const result = readChapter('---\ntitle: x\n---\n\n```sh\n## 주석\n```\n\n## 진짜\n\n한글');
    expect(result.headings).toEqual(['진짜']);
    expect(result.hangulSyllables).toBe(4);
  });
});

describe('findContentProblems', () => {
  test('accepts a complete pair', () => {
    expect(findContentProblems(pair({}, {}))).toEqual([]);
  });

  test('names the missing counterpart', () => {
    const [ko] = pair({}, {});
    expect(findContentProblems([ko!])).toEqual([
      'content/ko/containers.mdx: has no counterpart; add content/en/containers.mdx (same slug, same sections)',
    ]);
  });

  test('reports different section, diagram and calculator counts', () => {
    const problems = findContentProblems(
      pair({ sections: ['A', 'B', 'C'], diagrams: 2, calculators: ['DigestLab'] }, { sections: ['A', 'B'] }),
    );
    expect(problems.join('\n')).toMatch(/numbers of ## sections differ \(ko: 4, en: 3\)/);
    expect(problems.join('\n')).toMatch(/numbers of diagrams differ \(ko: 2, en: 1\)/);
    expect(problems.join('\n')).toMatch(/calculators differ \(ko: \["DigestLab"\], en: \[\]\)/);
  });

  test('reports a diagram without accessibility fields with its file and line', () => {
    const files = pair({}, {});
    files[1]!.text = files[1]!.text.replace('  accTitle: 제목\n', '');
    const problems = findContentProblems(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/en\/containers\.mdx:\d+: the Mermaid diagram needs "accTitle:"/);
  });

  test('reports a main chapter without sources, too short, or without diagrams', () => {
    const problems = findContentProblems(pair({ sources: '더 읽을거리', prose: '짧다.' }, { diagrams: 0, prose: '' }));
    const text = problems.join('\n');
    expect(text).toMatch(/content\/ko\/containers\.mdx: a chapter ends with a "## 출처" section/);
    expect(text).toMatch(/content\/ko\/containers\.mdx: \d+ Hangul syllables of prose; a chapter needs 2500\+/);
    expect(text).toMatch(/content\/en\/containers\.mdx: \d+ words of prose; a chapter needs 900\+/);
  });

  test('does not hold the index and glossary to the main-chapter rules', () => {
    expect(findContentProblems(pair({ prose: '짧다.', diagrams: 0 }, { prose: '', diagrams: 0 }, 'glossary'))).toEqual(
      [],
    );
  });

  test('rejects 존댓말 in Korean chapters, .md files, bad slugs and missing frontmatter', () => {
    const files = pair({ prose: koProse + '\n\n컨테이너는 가볍습니다.' }, {});
    files.push({ path: 'content/ko/Bad_Slug.mdx', text: '---\ntitle: x\n---\n' });
    files.push({ path: 'content/en/notes.md', text: '# notes' });
    const text = findContentProblems(files).join('\n');
    expect(text).toMatch(/content\/ko\/containers\.mdx:\d+: write 평어체/);
    expect(text).toMatch(/content\/ko\/Bad_Slug\.mdx: the file name must be a lowercase slug/);
    expect(text).toMatch(/content\/ko\/Bad_Slug\.mdx: frontmatter needs a "description"/);
    expect(text).toMatch(/content\/en\/notes\.md: chapters are \.mdx files/);
  });

  test('reports a spelling the glossary avoids, with file and line, but not in code, keywords or a quoted mention', () => {
    const files = pair(
      {
        prose: [
          koProse,
          '',
          '게스트가 하이퍼바이저로 빠져나오는 VM 종료가 잦으면 느려진다.',
          '이미지는 도커 허브에서 받는다.',
          "'VM 종료'라고 쓰면 VM을 끈다는 뜻으로 읽힌다.",
          '`VM 종료` 같은 코드 조각은 그대로 둔다.',
        ].join('\n'),
      },
      {},
    );
    const problems = findContentProblems(files).filter((line) => line.includes('see the glossary'));
    const prose = files[0]?.text.split('\n') ?? [];
    const lineOf = (needle: string) => prose.findIndex((line) => line.includes(needle)) + 1;
    expect(problems).toEqual([
      `content/ko/containers.mdx:${lineOf('VM 종료가')}: 'VM 종료' — write 'VM exit' (VM exit; see the glossary)`,
      `content/ko/containers.mdx:${lineOf('도커 허브')}: '도커 허브' — write 'Docker Hub' (Docker Hub; see the glossary)`,
    ]);
  });
});

describe('reviewed date', () => {
  const today = new Date(Date.UTC(2026, 11, 2, 15));

  test.each([
    ['2026-12-02', undefined],
    ['2024-02-29', undefined],
    ["'2026-01-15'", undefined],
  ])('%s is accepted', (value, expected) => {
    expect(reviewedProblem(value, today)).toBe(expected);
  });

  test.each([
    [undefined, 'frontmatter needs "reviewed: YYYY-MM-DD"'],
    ['2026-12-03', 'is in the future'],
    ['2025-02-29', 'is not a calendar date'],
    ['2026-13-01', 'is not a calendar date'],
    ['December 2026', 'is not a date written YYYY-MM-DD'],
    ['2026-1-5', 'is not a date written YYYY-MM-DD'],
  ])('%s is refused', (value, message) => {
    expect(reviewedProblem(value, today)).toContain(message);
  });

  test('a chapter without it, or dated in the future, is reported with its file and line', () => {
    const files = [
      { path: 'content/ko/x.mdx', text: chapter({ reviewed: null }) },
      { path: 'content/en/x.mdx', text: chapter({ reviewed: '2027-01-01' }) },
    ];
    const problems = findContentProblems(files, today).filter((problem) => problem.includes('reviewed'));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/ko\/x\.mdx:1: frontmatter needs "reviewed/),
      expect.stringMatching(/^content\/en\/x\.mdx:6: "reviewed: 2027-01-01" is in the future/),
    ]);
  });
});
