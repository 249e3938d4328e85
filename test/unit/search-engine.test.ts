// The search engine (src/components/search/engine.ts) over small indexes built the way the build
// builds them (index-builder.ts indexFromPages), with a hand-made glossary.
import { describe, expect, test } from 'vitest';
import {
  editDistance,
  excerpt,
  parseIndex,
  rareShardsFor,
  searchIndex,
  segment,
  suggest,
  unfrontCode,
  type SearchIndex,
} from '../../src/components/search/engine.ts';
import {
  compoundParts,
  frontCode,
  indexFromPages,
  invert,
  type RareShardFile,
  type SourcePage,
} from '../../src/components/search/index-builder.ts';
import { compactKey, rareShard, stemEnglish } from '../../src/components/search/text.ts';
import { toJamo } from '../../src/lib/hangul-keyboard.ts';
import { analyzeQuery } from '../../src/lib/korean-query.ts';
import type { GlossaryTerm } from '../../src/lib/glossary.ts';

const term = (
  id: string,
  ko: string,
  en: string,
  variants: string[],
  chapter: string,
  anchor: { ko: string; en: string },
): GlossaryTerm => ({
  id,
  group: 'basics',
  ko,
  koGloss: null,
  en,
  variants,
  avoid: [],
  definition: { ko: '정의.', en: 'Definition.' },
  explainedIn: [{ chapter, anchor, section: anchor }],
});

const TERMS: GlossaryTerm[] = [
  term('type-2', '타입 2 하이퍼바이저', 'type 2 hypervisor', ['호스트형', 'hosted'], 'hypervisors', {
    ko: '타입-1과-타입-2',
    en: 'type-1-and-type-2',
  }),
  term('writable-layer', '쓰기 가능 레이어', 'writable layer', ['쓰기 가능한 계층', '컨테이너 계층'], 'images', {
    ko: '카피-온-라이트',
    en: 'copy-on-write',
  }),
  term('docker', '도커', 'Docker', [], 'docker', { ko: '도커란', en: 'what-docker-is' }),
  term('container', '컨테이너', 'container', [], 'containers', { ko: '프로세스', en: 'process' }),
];

const KO_PAGES: SourcePage[] = [
  {
    url: '/ko/',
    title: '가상화 핸드북',
    hub: true,
    keywords: '',
    sections: [
      {
        anchor: '',
        title: '',
        text: '컨테이너 하이퍼바이저 이미지 레이어 도커 이미지 가상 머신 컨테이너 런타임 컨테이너 컨테이너를 모두 다룬다.',
      },
    ],
  },
  {
    url: '/ko/hypervisors/',
    title: '하이퍼바이저',
    hub: false,
    keywords: 'hypervisor, KVM',
    sections: [
      { anchor: '', title: '', text: '하이퍼바이저는 가상 머신을 만든다.' },
      {
        anchor: '타입-1과-타입-2',
        title: '타입 1과 타입 2',
        text: '타입 2 하이퍼바이저는 운영체제 위에서 돈다. 타입 1은 하드웨어 위에서 돈다.',
      },
    ],
  },
  {
    url: '/ko/images/',
    title: '이미지',
    hub: false,
    keywords: 'image, layer',
    sections: [
      { anchor: '', title: '', text: '도커 이미지는 레이어를 쌓아 만든다. 가상머신 디스크와 다르다.' },
      {
        anchor: '카피-온-라이트',
        title: '카피 온 라이트',
        text: '컨테이너가 파일을 고치면 맨 위의 쓰기 가능 레이어에 복사본이 생긴다.',
      },
    ],
  },
  {
    url: '/ko/containers/',
    title: '컨테이너',
    hub: false,
    keywords: 'container',
    sections: [
      { anchor: '', title: '', text: '컨테이너는 프로세스다.' },
      {
        anchor: '프로세스',
        title: '컨테이너는 제약이 걸린 프로세스다',
        text: '컨테이너를 실행하면 커널은 네임스페이스와 cgroup으로 프로세스를 가둔다. 컨테이너 런타임 runc가 이를 만든다.',
      },
    ],
  },
  {
    url: '/ko/docker/',
    title: '도커 구조',
    hub: false,
    keywords: 'docker, dockerd',
    sections: [{ anchor: '도커란', title: '도커란', text: '도커는 dockerd와 containerd로 이루어진다.' }],
  },
];

const EN_PAGES: SourcePage[] = [
  {
    url: '/en/containers/',
    title: 'Containers',
    hub: false,
    keywords: 'container',
    sections: [{ anchor: 'process', title: 'A container is a process', text: 'A container is a restricted process.' }],
  },
  {
    url: '/en/hypervisors/',
    title: 'Hypervisors',
    hub: false,
    keywords: 'hypervisor',
    sections: [
      {
        anchor: 'type-1-and-type-2',
        title: 'Type 1 and type 2',
        text: 'A type 2 hypervisor runs on an operating system.',
      },
    ],
  },
  {
    url: '/en/docker/',
    title: 'Docker architecture',
    hub: false,
    keywords: 'docker',
    sections: [{ anchor: 'what-docker-is', title: 'What Docker is', text: 'dockerd talks to containerd.' }],
  },
];

interface Built {
  index: SearchIndex;
  texts: string[];
  rare: RareShardFile[];
}
function build(lang: 'ko' | 'en', pages: SourcePage[]): Built {
  const { index, sections, rare } = indexFromPages(lang, pages, TERMS);
  return {
    index: parseIndex({ ...index, texts: `${lang}-test` }),
    texts: sections.map((section) => section.text),
    rare,
  };
}
const ko = build('ko', KO_PAGES);
const en = build('en', EN_PAGES);

async function ask(which: Built, query: string, convertLayout = true) {
  const fetched: number[] = [];
  const outcome = await searchIndex(which.index, query, {
    convertLayout,
    loadRare: async (shard) => which.rare[shard] ?? { words: '', postings: '' },
    fetchText: async (section) => {
      fetched.push(section);
      return which.texts[section] ?? '';
    },
  });
  return { ...outcome, urls: outcome.hits.map((hit) => hit.url), fetched };
}

describe('index', () => {
  test('inverted lists: sorted words, base-36 deltas of section × 3 + weight class', () => {
    const { words, postings } = invert([['b', 'a', 'a', 'a', 'a'], ['a'], ['b', 'b']]);
    expect(words).toBe('0a 0b');
    // a: section 0 four times (class 0) → 0; section 1 once (class 2) → 5, delta 5.
    // b: section 0 once → 2; section 2 twice (class 1) → 7, delta 5.
    expect(postings).toBe('0,5 2,5');
  });

  test('words found in one section only wait in rare shards until a query needs them', async () => {
    const fresh = build('ko', KO_PAGES);
    expect(fresh.index.words).not.toContain('dockerd');
    const shard = rareShard('dockerd', fresh.index.rareShards);
    expect(fresh.rare[shard]?.words).toContain('dockerd');
    expect(rareShardsFor(fresh.index, analyzeQuery('dockerd').searchTerms)).toEqual([shard]);
    expect((await ask(fresh, 'dockerd')).urls[0]).toBe('/ko/docker/');
    expect(fresh.index.rare.has(shard)).toBe(true);
    // A term the main index has needs no shard.
    expect(rareShardsFor(fresh.index, analyzeQuery('컨테이너').searchTerms)).toEqual([]);
  });

  test('the word list is front-coded and decodes back', () => {
    const sorted = ['컨테이너', '컨테이너화', '컨트롤', 'docker', 'dockerd'].sort();
    expect(frontCode(['컨테이너', '컨테이너화', '컨트롤'])).toBe('0컨테이너 4화 1트롤');
    expect(unfrontCode(frontCode(sorted))).toEqual(sorted);
    expect(unfrontCode('')).toEqual([]);
  });

  test('a solid compound adds its parts when the text also uses them apart', () => {
    expect(compoundParts('가상머신', new Set(['가상', '머신']))).toEqual(['가상', '머신']);
    expect(compoundParts('하이퍼바이저', new Set(['가상', '머신']))).toEqual([]);
  });

  test('index forms: Korean stems, lightly stemmed English, compact keys for phrases', () => {
    expect(stemEnglish('containers')).toBe('container');
    expect(stemEnglish('dropping')).toBe('drop');
    expect(stemEnglish('capabilities')).toBe('capability');
    expect(stemEnglish('process')).toBe('process');
    expect(compactKey('쓰기 가능한 계층을')).toBe('쓰기가능한계층');
  });
});

describe('matching', () => {
  test('particles and endings do not matter', async () => {
    expect((await ask(ko, '컨테이너를 실행하면')).urls[0]).toBe('/ko/containers/');
  });

  test('spacing does not matter, in the query and in the index', async () => {
    expect((await ask(ko, '도커이미지')).urls[0]).toBe('/ko/images/');
    expect((await ask(ko, '컨테이너런타임')).urls[0]).toBe('/ko/containers/');
    // The page writes 가상머신 solid; the spaced query finds it.
    expect((await ask(ko, '가상 머신 디스크')).urls[0]).toBe('/ko/images/');
    expect(segment(ko.index, '도커이미지')).toEqual(['도커', '이미지']);
    expect(segment(ko.index, '컨테이너')).toBeNull();
  });

  test('one wrong jamo in a Korean word still finds it', async () => {
    expect((await ask(ko, '컨태이너를')).urls[0]).toBe('/ko/containers/');
    expect((await ask(ko, '하이퍼바이져')).urls[0]).toBe('/ko/hypervisors/');
    expect(toJamo('컨테이너')).toBe('ㅋㅓㄴㅌㅔㅇㅣㄴㅓ');
  });

  test('one typo in an English word still finds it', async () => {
    expect((await ask(en, 'contianer')).urls[0]).toBe('/en/containers/');
    expect((await ask(en, 'hypervisr')).urls[0]).toBe('/en/hypervisors/');
    expect(editDistance('contianer', 'container')).toBe(1);
    expect(editDistance('hypervisr', 'hypervisor')).toBe(1);
    expect(editDistance('docker', 'kubernetes', 2)).toBe(3);
  });

  test('a glossary variant finds the section that explains the term, linked by its anchor', async () => {
    const outcome = await ask(ko, '호스트형');
    expect(outcome.urls[0]).toBe('/ko/hypervisors/');
    expect(outcome.hits[0]?.bestUrl).toBe(`/ko/hypervisors/#${encodeURIComponent('타입-1과-타입-2')}`);
    expect((await ask(ko, '쓰기 가능한 계층')).hits[0]?.bestUrl).toBe(
      `/ko/images/#${encodeURIComponent('카피-온-라이트')}`,
    );
    expect((await ask(en, 'hosted')).urls[0]).toBe('/en/hypervisors/');
  });

  test('a chapter beats a hub page that only mentions the words more often', async () => {
    const { urls } = await ask(ko, '컨테이너');
    expect(urls[0]).toBe('/ko/containers/');
    expect(urls.indexOf('/ko/')).toBeGreaterThan(0);
  });

  test('sections are listed with their anchors; the intro is the page itself', async () => {
    const { hits } = await ask(ko, '컨테이너 프로세스');
    const hit = hits.find((candidate) => candidate.url === '/ko/containers/');
    expect(hit?.sections.map((section) => section.url)).toEqual([`/ko/containers/#${encodeURIComponent('프로세스')}`]);
  });

  test('fetches the text of one section per shown result, for the excerpt', async () => {
    const outcome = await ask(ko, '컨테이너');
    expect(outcome.fetched.length).toBe(outcome.hits.length);
    expect(outcome.hits[0]?.excerpt.some((part) => part.mark)).toBe(true);
  });
});

describe('wrong keyboard layout', () => {
  test('a Latin query that matches nothing is searched as the Hangul it types, and says so', async () => {
    const outcome = await ask(ko, 'zjsxpdlsj');
    expect(outcome.converted).toEqual({ from: 'zjsxpdlsj', to: '컨테이너' });
    expect(outcome.urls[0]).toBe('/ko/containers/');
  });

  test('can be undone, and leaves words the index has alone', async () => {
    expect((await ask(ko, 'zjsxpdlsj', false)).converted).toBeUndefined();
    expect((await ask(ko, 'zjsxpdlsj', false)).hits).toEqual([]);
    expect((await ask(ko, 'runc')).converted).toBeUndefined();
    expect((await ask(ko, 'dockerd')).converted).toBeUndefined();
  });

  test('only on Korean pages', async () => {
    expect((await ask(en, 'zjsxpdlsj')).converted).toBeUndefined();
  });
});

describe('no results', () => {
  test('suggests the nearest glossary terms', async () => {
    const outcome = await ask(ko, '칸태이너');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions.map((item) => item.label)).toContain('컨테이너');
    expect(outcome.suggestions[0]?.url).toMatch(/^\/ko\//);
  });

  test('initial consonants alone (ㄷㅋ) suggest the terms they start', () => {
    expect(suggest(ko.index, 'ㄷㅋ').map((item) => item.label)).toEqual(['도커']);
  });

  test.each([
    ['empty', ''],
    ['whitespace only', '   \t  '],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['emoji', '🐳🔥🚀'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['mixed script', 'Dockerで컨테이너🐳를'],
    ['jamo only', 'ㄷㅋ'],
  ])('%s: no error, a sensible outcome', async (_name, query) => {
    const started = performance.now();
    const outcome = await ask(ko, query);
    expect(performance.now() - started).toBeLessThan(500);
    expect(Array.isArray(outcome.hits)).toBe(true);
    for (const hit of outcome.hits) expect(hit.url.startsWith('/ko/')).toBe(true);
    expect(JSON.stringify(outcome)).not.toContain('onerror=alert');
  });
});

describe('excerpt', () => {
  test('marks matched words in the window holding most of them', () => {
    const parts = excerpt('하나 둘 셋 컨테이너를 넷 다섯', (word) => word.startsWith('컨테이너'), 4);
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['컨테이너를']);
    expect(parts.map((part) => part.text).join('')).toContain('…');
    expect(excerpt('', () => true)).toEqual([]);
  });
});
