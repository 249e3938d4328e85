import { describe, expect, it } from 'vitest';
import {
  collectCandidates,
  coverageScore,
  excerpt,
  isCredibleMatch,
  searchPages,
  type PagefindApi,
  type PagefindFragment,
  type PagefindResult,
} from '../../src/components/search/engine.ts';

/** A stand-in for pagefind.js over a few pages: prefix matching on whitespace-split words. */
function fakePagefind(pages: Record<string, { title: string; text: string; keywords?: string; lang?: string }>) {
  const searched: string[] = [];
  const fragments: string[] = [];
  const api: PagefindApi = {
    async options() {},
    async search(term, options) {
      searched.push(term);
      const lang = (options?.filters as { lang?: string } | undefined)?.lang;
      const results: PagefindResult[] = [];
      for (const [url, page] of Object.entries(pages)) {
        if (lang && (page.lang ?? 'ko') !== lang) continue;
        const words = page.text.split(/\s+/);
        const locations = words.flatMap((word, index) =>
          word
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]/gu, '')
            .startsWith(term)
            ? [index]
            : [],
        );
        const inMeta = `${page.title} ${page.keywords ?? ''}`
          .toLowerCase()
          .split(/[\s,]+/)
          .some((w) => w.startsWith(term));
        if (locations.length === 0 && !inMeta) continue;
        results.push({
          id: url,
          score: locations.length + (inMeta ? 5 : 0),
          words: locations,
          data: async (): Promise<PagefindFragment> => {
            fragments.push(url);
            return {
              url,
              content: page.text,
              meta: { title: page.title, ...(page.keywords ? { keywords: page.keywords } : {}) },
              anchors: [{ element: 'h2', id: 'section', text: 'Section', location: 2 }],
            };
          },
        });
      }
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
  return { api, searched, fragments };
}

describe('isCredibleMatch', () => {
  it.each([
    ['컨테이너를', '컨테이너'],
    ['cpu.weight로', 'cpuweight'],
    ['cpu.weight로', 'weight'],
    ['VirtualBox', 'box'],
    ['dependency', 'dependencies'],
    ['가상', '가상머신'],
  ])('%s answers %s', (word, term) => {
    expect(isCredibleMatch(word, term)).toBe(true);
  });

  it.each([
    ['on', 'onerror'],
    ['a', 'a'.repeat(40)],
    ['al', 'alert'],
    ['s', 'src'],
  ])('%s does not answer %s (Pagefind’s shorter-word fallback)', (word, term) => {
    expect(isCredibleMatch(word, term)).toBe(false);
  });
});

describe('ranking', () => {
  it('weighs summed scores by the share of terms a page has', () => {
    expect(coverageScore([2, 3], [true, true], 2)).toBe(5);
    expect(coverageScore([8, 0], [true, false], 2)).toBe(4);
    expect(coverageScore([], [], 0)).toBe(0);
  });

  it('puts pages that match more terms first', () => {
    const result = (id: string, score: number): PagefindResult => ({
      id,
      score,
      words: [],
      data: async () => ({ url: id, content: '', meta: {} }),
    });
    const order = collectCandidates([[result('/a/', 1), result('/b/', 9)], [result('/a/', 1)]]).map(
      (candidate) => candidate.result.id,
    );
    expect(order).toEqual(['/b/', '/a/']);
    const covering = collectCandidates([[result('/a/', 3), result('/b/', 4)], [result('/a/', 3)]]).map(
      (candidate) => candidate.result.id,
    );
    expect(covering).toEqual(['/a/', '/b/']);
  });
});

describe('searchPages', () => {
  const pages = {
    '/ko/containers/': {
      title: '컨테이너',
      text: '컨테이너는 프로세스다 컨트롤 그룹으로 메모리를 제한한다 cgroup 파일에 적힌다',
      keywords: 'cgroup, 컨트롤 그룹',
    },
    '/ko/images/': { title: '이미지', text: '이미지는 레이어로 이루어진다 레이어는 tar 파일이다', keywords: 'layer' },
    '/en/containers/': { title: 'Containers', text: 'a container is a process', lang: 'en' },
  };

  it('finds words typed with particles and endings, only in the page language', async () => {
    const { api, searched } = fakePagefind(pages);
    const outcome = await searchPages(api, '컨트롤 그룹으로 메모리를 제한하려면', { lang: 'ko' });
    expect(searched).toEqual(['컨트롤', '그룹', '메모리', '제한']);
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/ko/containers/']);
    const marked = outcome.hits[0]?.excerpt.filter((part) => part.mark).map((part) => part.text);
    expect(marked).toEqual(['컨트롤', '그룹으로', '메모리를', '제한한다']);
    expect(outcome.hits[0]?.sections[0]?.url).toBe('/ko/containers/#section');
  });

  it('keeps a page that lacks one of the words, ranked below pages that have them all', async () => {
    const { api } = fakePagefind(pages);
    const outcome = await searchPages(api, '이미지 파일', { lang: 'ko' });
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/ko/images/', '/ko/containers/']);
  });

  it('counts a match in the keywords when the text lacks the word', async () => {
    const { api } = fakePagefind(pages);
    const outcome = await searchPages(api, 'layer', { lang: 'ko' });
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/ko/images/']);
    expect(outcome.hits[0]?.excerpt.some((part) => part.mark)).toBe(false);
  });

  it('searches nothing for input without words, and fetches no fragment for it', async () => {
    const { api, searched, fragments } = fakePagefind(pages);
    for (const input of ['', '  ', '?!…', '🐳', '<b></b>']) {
      expect((await searchPages(api, input, { lang: 'ko' })).hits).toEqual([]);
    }
    expect(searched).toEqual([]);
    expect(fragments).toEqual([]);
  });

  it('drops a page whose only match is a digit when the query has other words', async () => {
    const { api } = fakePagefind({ '/ko/a/': { title: 'A', text: '타입 1 이야기' } });
    expect((await searchPages(api, 'alert(1)', { lang: 'ko' })).hits).toEqual([]);
    expect((await searchPages(api, '1', { lang: 'ko' })).hits.map((hit) => hit.url)).toEqual(['/ko/a/']);
  });

  it('fetches fragments only for the pages it shows, plus a few to replace rejected ones', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [`/ko/p${index}/`, { title: `P${index}`, text: '가상화 이야기' }]),
    );
    const { api, fragments } = fakePagefind(many);
    const outcome = await searchPages(api, '가상화', { lang: 'ko', limit: 5 });
    expect(outcome.hits).toHaveLength(5);
    expect(fragments).toHaveLength(5);
  });
});

describe('excerpt', () => {
  const words = 'one two three four five six seven eight nine ten'.split(' ');

  it('marks matched words and elides the rest of the text', () => {
    expect(excerpt(words, [[5, 0]], 4, 0, words.length)).toEqual([
      { text: '… five ', mark: false },
      { text: 'six', mark: true },
      { text: ' seven eight …', mark: false },
    ]);
  });

  it('stays inside its section', () => {
    const parts = excerpt(words, [[8, 0]], 4, 2, 6);
    expect(parts.map((part) => part.text).join('')).not.toMatch(/nine|two/);
  });

  it('is empty for an empty range', () => {
    expect(excerpt([], [], 4, 0, 0)).toEqual([]);
  });
});
