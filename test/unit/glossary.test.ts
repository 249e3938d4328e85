// The glossary data (src/lib/glossary-data.ts): complete in both languages, every explaining
// section is a heading of that chapter in both languages, the house-style check, and the
// component's pure helpers.
import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { inlineParts, sortTerms } from '../../src/components/glossary/render.ts';
import {
  findAvoidedVariants,
  GLOSSARY_GROUPS,
  GLOSSARY_TERMS,
  termForms,
  type GlossaryTerm,
} from '../../src/lib/glossary.ts';

/** Heading ids of a chapter as Starlight makes them (github-slugger over the heading text). */
function headingIds(lang: string, chapter: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(`content/${lang}/${chapter}.mdx`, 'utf8');
  const ids = new Set<string>();
  for (const match of text.matchAll(/^#{2,4} (.+)$/gm)) {
    const heading = (match[1] ?? '').replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    ids.add(slugger.slug(heading));
  }
  return ids;
}

describe('glossary data', () => {
  test('ids are unique and every term is in a known group', () => {
    const ids = GLOSSARY_TERMS.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    const groups = new Set(GLOSSARY_GROUPS.map((group) => group.id));
    expect(GLOSSARY_TERMS.filter((term) => !groups.has(term.group)).map((term) => term.id)).toEqual([]);
  });

  test('every term has both headwords, both definitions and at least one explaining chapter', () => {
    const incomplete = GLOSSARY_TERMS.filter(
      (term) =>
        !term.ko.trim() ||
        !term.en.trim() ||
        !term.definition.ko.trim() ||
        !term.definition.en.trim() ||
        term.explainedIn.length === 0,
    ).map((term) => term.id);
    expect(incomplete).toEqual([]);
  });

  test('holds the review terms (korean.md §3e) and the headwords it asked for', () => {
    const byId = new Map(GLOSSARY_TERMS.map((term) => [term.id, term]));
    for (const id of [
      'workload',
      'blob',
      'image-store',
      'storage-driver',
      'privileged-container',
      'defense-in-depth',
      'speculative-execution',
      'node',
      'runtimeclass',
      'bundle',
      'task',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('vm-exit')?.ko).toBe('VM exit');
    expect(byId.get('firecracker')?.ko).toBe('Firecracker');
    expect(byId.get('dockerfile')?.ko).toBe('Dockerfile');
    expect(byId.get('virtqueue')?.ko).toBe('virtqueue');
    expect(byId.get('oci-distribution-specification')?.ko).toBe('OCI 배포 명세');
    expect(byId.get('type-2-hypervisor')?.variants).toEqual(
      expect.arrayContaining(['호스트형', '타입 2', 'type-2', 'hosted']),
    );
    expect(byId.get('layer')?.variants).toContain('계층');
  });

  test('no definition uses a form the house style avoids', () => {
    const texts = GLOSSARY_TERMS.map((term) => ({ path: `glossary:${term.id}`, text: term.definition.ko }));
    expect(findAvoidedVariants(texts).map((problem) => problem.message)).toEqual([]);
  });

  test('every explaining section is a heading of its chapter, in both languages', () => {
    const missing: string[] = [];
    for (const term of GLOSSARY_TERMS) {
      for (const ref of term.explainedIn) {
        if (ref.pending) continue;
        for (const lang of ['ko', 'en'] as const) {
          if (!existsSync(`content/${lang}/${ref.chapter}.mdx`)) {
            missing.push(`${term.id}: content/${lang}/${ref.chapter}.mdx`);
          } else if (!headingIds(lang, ref.chapter).has(ref.anchor[lang])) {
            missing.push(`${term.id}: /${lang}/${ref.chapter}/#${ref.anchor[lang]} (${ref.section[lang]})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('no reference is left pending, and the networking and storage terms point at their chapters', () => {
    // `pending: true` is for a chapter that is written on another branch; both are merged now.
    const pending = GLOSSARY_TERMS.flatMap((term) =>
      term.explainedIn.filter((ref) => ref.pending).map((ref) => `${term.id} → ${ref.chapter}`),
    );
    expect(pending).toEqual([]);
    for (const group of ['networking', 'storage']) {
      const terms = GLOSSARY_TERMS.filter((term) => term.group === group);
      expect(terms.length).toBeGreaterThanOrEqual(7);
      for (const term of terms) expect(term.explainedIn[0]?.chapter, term.id).toBe(group);
    }
  });

  test('termForms lists headword parts, glosses, variants and avoided forms once', () => {
    const term = GLOSSARY_TERMS.find((candidate) => candidate.id === 'virtual-machine') as GlossaryTerm;
    const forms = termForms(term);
    expect(forms).toEqual(expect.arrayContaining(['가상 머신', 'virtual machine', 'VM', '가상머신']));
    expect(new Set(forms.map((form) => form.toLowerCase())).size).toBe(forms.length);
  });
});

describe('findAvoidedVariants', () => {
  test('reports each avoided form with file:line and the preferred headword', () => {
    const problems = findAvoidedVariants([
      {
        path: 'content/ko/a.mdx',
        text: '---\ntitle: VM 종료\n---\n\n첫 줄.\nVM 종료가 잦으면 느리다. 파이어크래커도 그렇다.\n',
      },
    ]);
    expect(problems.map((problem) => problem.where)).toEqual(['content/ko/a.mdx:6', 'content/ko/a.mdx:6']);
    expect(problems.map((problem) => problem.preferred).sort()).toEqual(['Firecracker', 'VM exit']);
    expect(problems[0]?.message).toMatch(/^content\/ko\/a\.mdx:6: '/);
  });

  test('skips frontmatter, code fences, inline code and single-quoted mentions', () => {
    const text = [
      '---',
      'keywords: [도커 허브]',
      '---',
      '`도커 허브`라고 적힌 로그',
      '```',
      '도커 허브',
      '```',
      "'VM 종료'는 VM을 끈다는 뜻으로 읽힌다.",
      'Docker Hub에서 받는다.',
    ].join('\n');
    expect(findAvoidedVariants([{ path: 'x.mdx', text }])).toEqual([]);
  });

  test('finds nothing in text that follows the house style', () => {
    expect(
      findAvoidedVariants([{ path: 'y.mdx', text: 'VM exit가 잦으면 느리다. OCI 런타임 명세와 Firecracker.' }]),
    ).toEqual([]);
  });
});

describe('glossary rendering helpers', () => {
  test('inlineParts splits code, emphasis and Korean spans and keeps the rest as text', () => {
    expect(inlineParts('a `b` *c* <span lang="ko">라</span> d')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'ko', text: '라' },
      { kind: 'text', text: ' d' },
    ]);
    expect(inlineParts('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  test('sortTerms: 가나다 with Latin headwords last in Korean, A–Z in English', () => {
    const terms = ['docker-hub', 'layer', 'blob', 'dockerfile'].map(
      (id) => GLOSSARY_TERMS.find((term) => term.id === id) as GlossaryTerm,
    );
    expect(sortTerms(terms, 'ko').map((term) => term.ko)).toEqual(['레이어', '블롭', 'Docker Hub', 'Dockerfile']);
    expect(sortTerms(terms, 'en').map((term) => term.en)).toEqual(['blob', 'Docker Hub', 'Dockerfile', 'layer']);
  });
});
