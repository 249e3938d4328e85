import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TERM_CHARS, MAX_TERMS, analyzeQuery, stemWord, tokenize } from '../../src/lib/korean-query.ts';

const stems = (query: string) => analyzeQuery(query).terms.map((term) => term.stem);

describe('stemWord', () => {
  it.each([
    ['컨테이너를', '컨테이너'],
    ['컨테이너는', '컨테이너'],
    ['컨테이너가', '컨테이너'],
    ['이미지의', '이미지'],
    ['하이퍼바이저와', '하이퍼바이저'],
    ['네임스페이스로', '네임스페이스'],
    ['스냅샷으로', '스냅샷'],
    ['커널에서', '커널'],
    ['컨테이너에서는', '컨테이너'],
    ['부팅부터', '부팅'],
    ['레지스트리까지', '레지스트리'],
    ['프로세스다', '프로세스'],
    ['격리와', '격리'],
    ['패키징은', '패키징'],
    ['실행하면', '실행'],
    ['격리하는', '격리'],
    ['제한하려면', '제한'],
    ['공유된다', '공유'],
    ['만들려면', '만들'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it.each(['이미지', '하이퍼바이저', '레이어', '가이드', '게스트', '메모리', '무제한', '가상화'])(
    '%s has no particle and stays whole',
    (word) => {
      expect(stemWord(word)).toBe(word);
    },
  );

  it.each([
    ['밀도', '밀도'],
    ['결과', '결과'],
    ['속도', '속도'],
    ['평가', '평가'],
    ['하나', '하나'],
    ['이', '이'],
    ['가', '가'],
  ])('never strips below two syllables: %s stays %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it.each([
    ['cgroup을', 'cgroup'],
    ['kvm은', 'kvm'],
    ['1인가', '1'],
    ['runc가', 'runc'],
    ['마이크로vm과', '마이크로vm'],
    ['docker', 'docker'],
  ])('a Latin or numeric word loses only its trailing particle: %s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('always returns a prefix of the word, so prefix search still finds the typed form', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'컨테이너를의에서로이가은는하면려다abc1'.split('')) }),
        (word) => {
          expect(word.startsWith(stemWord(word))).toBe(true);
        },
      ),
    );
  });
});

describe('tokenize', () => {
  it('joins connectors inside a word, as Pagefind indexes them', () => {
    expect(tokenize('cpu.weight VT-x I/O')).toEqual(['cpuweight', 'VTx', 'IO']);
  });

  it('splits on punctuation, symbols and emoji', () => {
    expect(tokenize('<script>alert(1)</script>')).toEqual(['script', 'alert', '1', 'script']);
    expect(tokenize('도커🐳 이미지!!')).toEqual(['도커', '이미지']);
    expect(tokenize('…?!')).toEqual([]);
  });
});

describe('analyzeQuery', () => {
  it.each([
    ['컨테이너를 실행하면', ['컨테이너', '실행']],
    ['이미지의 계층', ['이미지', '계층']],
    ['하이퍼바이저 종류', ['하이퍼바이저', '종류']],
    ['cgroup 메모리', ['cgroup', '메모리']],
    ['cpu.shares를 cpu.weight로', ['cpushares', 'cpuweight']],
    ['KVM은 타입 1인가', ['kvm', '타입', '1']],
    ['Docker Desktop이 VM을 쓰는 이유', ['docker', 'desktop', 'vm', '쓰는', '이유']],
    ['Linux Namespaces', ['linux', 'namespaces']],
  ])('%s → %j', (query, expected) => {
    expect(stems(query)).toEqual(expected);
  });

  it('keeps what the reader typed next to the stem', () => {
    expect(analyzeQuery('컨테이너를').terms).toEqual([{ surface: '컨테이너를', stem: '컨테이너', stopword: false }]);
  });

  it('joins the stems into one query string and drops repeated stems', () => {
    const query = analyzeQuery('컨테이너와 컨테이너를 비교');
    expect(query.stemQuery).toBe('컨테이너 비교');
  });

  it.each(['', '   ', '!!!', '?…·', '🐳🐳', '<>', '\u0000', '"><img src=x onerror=alert(1)>', '<b></b>'])(
    '%j has no terms',
    (input) => {
      const query = analyzeQuery(input);
      expect(query.terms).toEqual([]);
      expect(query.stemQuery).toBe('');
    },
  );

  it('drops tags but keeps the text between them', () => {
    expect(stems('<script>alert(1)</script>')).toEqual(['alert', '1']);
    expect(stems('a < b > c')).toEqual(['a', 'b', 'c']);
  });

  it('sets stopwords aside unless nothing else is left', () => {
    // `일은` keeps its particle: a one-syllable stem would match every word starting with `일`.
    const query = analyzeQuery('runc가 하는 일은 무엇인가');
    expect(query.searchTerms.map((term) => term.stem)).toEqual(['runc', '일은']);
    expect(analyzeQuery('what is it').searchTerms.map((term) => term.stem)).toEqual(['what', 'is', 'it']);
  });

  it('bounds a 1,000-character query', () => {
    const query = analyzeQuery('가상화 '.repeat(250));
    expect(query.terms).toEqual([{ surface: '가상화', stem: '가상화', stopword: false }]);
    const long = analyzeQuery('a'.repeat(1000));
    expect(long.terms[0]?.surface).toHaveLength(MAX_TERM_CHARS);
    expect(long.truncated).toBe(true);
    const many = analyzeQuery(Array.from({ length: 300 }, (_, i) => `word${i}`).join(' '));
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(many.truncated).toBe(true);
  });

  it('never throws and only emits letters, digits and spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1200, unit: 'grapheme' }), (input) => {
        const query = analyzeQuery(input);
        expect(query.terms.length).toBeLessThanOrEqual(MAX_TERMS);
        expect(query.stemQuery).toMatch(/^[\p{L}\p{M}\p{N} ]*$/u);
      }),
    );
  });
});
