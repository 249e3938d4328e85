// npm run new-chapter -- <slug>
// Creates content/ko/<slug>.mdx and content/en/<slug>.mdx: the same sections, diagram and sidebar
// position in both, so a new chapter starts out passing the structural content rules and only needs
// writing. Refuses a slug that would make a bad URL or overwrite a chapter, saying why in both languages.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/i18n/locales.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 60;
/**
 * The routes the site's own pages take under /ko/ and /en/: every file or folder in a folder of
 * src/pages/, whether one language's (src/pages/ko/) or every language's (src/pages/[lang]/: search,
 * translation-status, 404), read from the tree so that a new page reserves its slug with no list to
 * update. A chapter with one of these slugs would be hidden behind the page.
 */
export function reservedSlugs(pagesDir: string = join(import.meta.dirname, '..', 'src', 'pages')): Set<string> {
  const slugs = new Set<string>();
  for (const folder of readdirSync(pagesDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const entry of readdirSync(join(pagesDir, folder.name), { withFileTypes: true })) {
      const name = entry.isDirectory() ? entry.name : entry.name.replace(/\.[^.]+$/, '');
      // Dynamic routes ([slug], [...rest]) take no fixed slug.
      if (!name.startsWith('[')) slugs.add(name);
    }
  }
  return slugs;
}

export const RESERVED_SLUGS: ReadonlySet<string> = reservedSlugs();

const EXAMPLE = 'live-migration';

export type SlugErrorCode =
  'empty' | 'path' | 'hangul' | 'non-ascii' | 'spaces' | 'uppercase' | 'too-long' | 'invalid' | 'reserved';

export type SlugCheck =
  | { ok: true; slug: string }
  | {
      ok: false;
      code: SlugErrorCode;
      /** Two lines: English, then Korean. */
      message: string;
      /** A valid slug close to the input, when one can be derived from it. */
      suggestion: string | undefined;
    };

/** Lowercase ASCII words joined by single hyphens, cut at a word boundary to fit the limit. */
export function suggestSlug(input: string): string | undefined {
  const words = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, MAX_SLUG_LENGTH);
  return slug && SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.has(slug) ? slug : undefined;
}

export function validateSlug(input: string): SlugCheck {
  const slug = input.trim();
  const fail = (code: SlugErrorCode, english: string, korean: string, suggestion?: string): SlugCheck => ({
    ok: false,
    code,
    message: `${english}\n${korean}`,
    suggestion,
  });
  const rule = 'Use lowercase letters, digits and hyphens, like `live-migration`.';
  const ruleKo = '영어 소문자, 숫자, 하이픈(-)만 써서 `live-migration`처럼 적어라.';
  const tryIt = (suggestion: string | undefined) => (suggestion ? ` Try \`${suggestion}\`.` : '');
  const tryItKo = (suggestion: string | undefined) => (suggestion ? ` 제안: \`${suggestion}\`` : '');

  if (!slug) {
    return fail(
      'empty',
      `Give the new chapter a slug: its file name and the last part of its URL, e.g. \`npm run new-chapter -- ${EXAMPLE}\`.`,
      `새 장의 슬러그(파일 이름이자 주소의 끝부분)를 적어라. 예: \`npm run new-chapter -- ${EXAMPLE}\``,
    );
  }
  if (/[/\\]|\.\./.test(slug)) {
    // Someone who typed a path most likely meant its last part.
    const last =
      slug
        .split(/[/\\]/)
        .filter((part) => part && part !== '.' && part !== '..')
        .at(-1) ?? '';
    const suggestion = suggestSlug(last.replace(/\.mdx?$/, ''));
    return fail(
      'path',
      `\`${slug}\` is a path, but a slug is a single name (no \`/\`, \`\\\`, or \`..\`); the script puts the files in content/ko/ and content/en/ itself. ${rule}${tryIt(suggestion)}`,
      `\`${slug}\`는 경로다. 슬러그는 \`/\`, \`\\\`, \`..\` 없는 이름 하나이고, 파일은 스크립트가 content/ko/와 content/en/에 만든다. ${ruleKo}${tryItKo(suggestion)}`,
      suggestion,
    );
  }
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(slug)) {
    return fail(
      'hangul',
      `\`${slug}\` contains Hangul. The slug is the URL of both language versions, so it is written in English; put the Korean title in the frontmatter \`title:\` instead. ${rule}`,
      `\`${slug}\`에 한글이 있다. 슬러그는 두 언어판이 함께 쓰는 주소라 영어로 적고, 한국어 제목은 frontmatter의 \`title:\`에 쓴다. ${ruleKo}`,
    );
  }
  // eslint-disable-next-line no-control-regex -- the range is "anything outside ASCII"
  const foreign = /[^\x00-\x7f]/.exec(slug)?.[0];
  if (foreign) {
    const suggestion = suggestSlug(slug);
    return fail(
      'non-ascii',
      `\`${slug}\` contains \`${foreign}\`, which is not a plain ASCII letter, so the URL would need escaping. ${rule}${tryIt(suggestion)}`,
      `\`${slug}\`에 ASCII가 아닌 문자 \`${foreign}\`가 있어 주소가 깨진다. ${ruleKo}${tryItKo(suggestion)}`,
      suggestion,
    );
  }
  if (/\s/.test(slug)) {
    const suggestion = suggestSlug(slug);
    return fail(
      'spaces',
      `\`${slug}\` contains spaces, which do not belong in a URL. Join the words with hyphens.${tryIt(suggestion)}`,
      `\`${slug}\`에 공백이 있다. 주소에는 공백을 쓸 수 없으니 단어를 하이픈(-)으로 이어라.${tryItKo(suggestion)}`,
      suggestion,
    );
  }
  if (/[A-Z]/.test(slug)) {
    const suggestion = suggestSlug(slug);
    return fail(
      'uppercase',
      `\`${slug}\` has uppercase letters; slugs are all lowercase so that URLs do not depend on case.${tryIt(suggestion)}`,
      `\`${slug}\`에 대문자가 있다. 주소가 대소문자에 따라 달라지지 않도록 슬러그는 모두 소문자로 적는다.${tryItKo(suggestion)}`,
      suggestion,
    );
  }
  if (slug.length > MAX_SLUG_LENGTH) {
    const suggestion = suggestSlug(slug);
    return fail(
      'too-long',
      `\`${slug}\` is ${slug.length} characters; keep a slug to ${MAX_SLUG_LENGTH} or fewer (a few words name the chapter; the title says the rest).${tryIt(suggestion)}`,
      `슬러그가 ${slug.length}자다. ${MAX_SLUG_LENGTH}자 이하로 줄여라(슬러그는 몇 단어면 되고, 자세한 이름은 제목에 쓴다).${tryItKo(suggestion)}`,
      suggestion,
    );
  }
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = suggestSlug(slug);
    return fail(
      'invalid',
      `\`${slug}\` is not a valid slug: only lowercase letters, digits and single hyphens between them (no \`_\`, \`.\`, or hyphens at the start, the end or twice in a row). ${rule}${tryIt(suggestion)}`,
      `\`${slug}\`는 슬러그로 쓸 수 없다. 소문자, 숫자, 그 사이의 하이픈 하나만 허용한다(\`_\`, \`.\`, 맨 앞·맨 뒤·연속 하이픈 불가). ${ruleKo}${tryItKo(suggestion)}`,
      suggestion,
    );
  }
  if (RESERVED_SLUGS.has(slug)) {
    return fail(
      'reserved',
      `\`${slug}\` is already the address of a page of the site (/ko/${slug}/). Pick another slug.`,
      `\`${slug}\`는 사이트의 다른 페이지(/ko/${slug}/)가 이미 쓰는 주소다. 다른 슬러그를 골라라.`,
    );
  }
  return { ok: true, slug };
}

function frontmatterOf(text: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

/** `order` inside the frontmatter's `sidebar:` block, or undefined. */
export function sidebarOrder(text: string): number | undefined {
  const block = /^sidebar:[ \t]*\r?\n((?:[ \t]+.*(?:\r?\n|$))+)/m.exec(frontmatterOf(text))?.[1] ?? '';
  const value = /^[ \t]+order:[ \t]*(-?\d+)[ \t]*$/m.exec(block)?.[1];
  return value === undefined ? undefined : Number(value);
}

/** One more than the largest sidebar order of the existing chapters, so a new chapter comes last. */
export function nextSidebarOrder(root: string): number {
  let max = 0;
  for (const lang of LANGS) {
    const dir = join(root, 'content', lang);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
      const order = sidebarOrder(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
      if (order !== undefined && order > max) max = order;
    }
  }
  return max + 1;
}

/** Today as `YYYY-MM-DD` (UTC): a new chapter's `reviewed` date, to be updated when its facts are checked. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function koreanSkeleton(slug: string, order: number, reviewed: string = today()): string {
  return `---
title: "새 장: ${slug}"
description: 이 장이 무엇을 설명하는지 한 문장으로 적는다. 검색 결과와 링크 미리보기에 이 문장이 보인다.
sidebar:
  order: ${order}
keywords: []
reviewed: ${reviewed}
---

{/*
  작성 안내 (다 쓰면 이 주석을 지운다)
  - content/en/${slug}.mdx는 같은 장의 영어판이다. 두 파일은 같은 ## 절을 같은 순서로, 같은 도표와 계산기를 둔다.
  - 위의 title과 description을 바꾸고, 독자가 검색할 낱말(영어 용어 포함)을 keywords에 넣는다.
  - 평어체(~한다, ~이다)로 쓰고, 영어 용어는 처음 나올 때 괄호에 적는다. 예: 하이퍼바이저(hypervisor)
  - 숫자와 사실마다 출처를 달고, 마지막 절 "## 출처"에 링크로 모은다. 이 절은 언제나 맨 끝에 둔다.
  - 본문은 한글 2,500자 이상이어야 한다(npm test가 확인한다).
  - Mermaid 도표마다 accTitle(짧은 제목)과 accDescr(화면 낭독기 사용자를 위한 설명)을 남겨 둔다.
  - 다른 장은 /ko/<슬러그>/ 형식으로 링크한다.
*/}

이 장이 답하는 질문 하나와, 읽고 나면 독자가 무엇을 할 수 있게 되는지를 두세 문장으로 적는다.

## 개요

핵심 개념을 정의하고 왜 중요한지 설명한다.

## 동작 원리

동작을 단계별로 설명하고, 아래 도표를 내용에 맞게 고친다.

\`\`\`mermaid
flowchart LR
  accTitle: 도표의 제목을 한 줄로 적는다
  accDescr: 도표가 보여 주는 흐름을 화면 낭독기 사용자를 위해 한두 문장으로 설명한다.
  a["첫 단계"] --> b["둘째 단계"] --> c["결과"]
\`\`\`

## 한계

이 설명이 들어맞지 않는 경우와 흔한 오해를 적는다.

## 출처

{/* 출처 하나에 한 줄: - [문서 제목](주소) — 이 장에서 뒷받침하는 주장 */}

- 이 장의 출처를 링크로 적는다.
`;
}

export function englishSkeleton(slug: string, order: number, reviewed: string = today()): string {
  return `---
title: "New chapter: ${slug}"
description: One sentence on what this chapter explains; search results and link previews show it.
sidebar:
  order: ${order}
keywords: []
reviewed: ${reviewed}
---

{/*
  How to write this chapter (delete this comment when done)
  - content/ko/${slug}.mdx is the Korean version of the same chapter. Both files keep the same ## sections
    in the same order, and the same diagrams and calculators.
  - Replace the title and description above; put words readers may search for (Korean terms too) in keywords.
  - Every number and factual claim cites a source; collect them as links in "## Sources", which stays last.
  - The prose needs 900 words or more (npm test checks it).
  - Every Mermaid diagram keeps its accTitle (a short title) and accDescr (what a screen reader user should learn).
  - Link other chapters as /en/<slug>/.
*/}

Say which question this chapter answers and what the reader will be able to do after reading it, in two or three sentences.

## Overview

Define the main idea and say why it matters.

## How it works

Walk through the mechanism step by step, and adapt the diagram below to it.

\`\`\`mermaid
flowchart LR
  accTitle: A one-line title for the diagram
  accDescr: One or two sentences telling a screen reader user what the diagram shows.
  a["First step"] --> b["Second step"] --> c["Result"]
\`\`\`

## Limits

Where this explanation stops being true, and the common misconceptions.

## Sources

{/* One line per source: - [Document title](address) — the claim it supports in this chapter */}

- List the sources of this chapter here, as links.
`;
}

export type ScaffoldResult =
  | { ok: true; slug: string; order: number; files: [string, string] }
  | { ok: false; code: SlugErrorCode | 'exists' | 'no-content'; message: string; suggestion?: string | undefined };

/** Writes both language files of a new chapter under `root`, or says why it will not. */
export function scaffoldChapter(root: string, input: string): ScaffoldResult {
  const check = validateSlug(input);
  if (!check.ok) return check;
  const { slug } = check;

  if (!existsSync(join(root, 'content'))) {
    return {
      ok: false,
      code: 'no-content',
      message:
        'There is no content/ folder here. Run this from the repository root (the folder with package.json).\n' +
        '여기에는 content/ 폴더가 없다. 저장소 최상위 폴더(package.json이 있는 곳)에서 실행하라.',
    };
  }

  const files: [string, string] = [`content/ko/${slug}.mdx`, `content/en/${slug}.mdx`];
  const existing = files.filter((file) => existsSync(join(root, file)));
  if (existing.length > 0) {
    const absent = files.find((file) => !existing.includes(file));
    const english = absent
      ? `${existing.join(' and ')} already exists. To translate it, create ${absent} from it by hand (same sections), or pick another slug.`
      : `${existing.join(' and ')} already exist. Edit those files, or pick another slug for a new chapter.`;
    const korean = absent
      ? `${existing.join(', ')} 파일이 이미 있다. 번역하려면 그 파일을 바탕으로 ${absent}를 직접 만들거나(같은 절 구성), 다른 슬러그를 골라라.`
      : `${existing.join(', ')} 파일이 이미 있다. 그 파일을 고치거나, 새 장이라면 다른 슬러그를 골라라.`;
    return { ok: false, code: 'exists', message: `${english}\n${korean}` };
  }

  const order = nextSidebarOrder(root);
  const written: string[] = [];
  try {
    for (const [file, text] of [
      [files[0], koreanSkeleton(slug, order)],
      [files[1], englishSkeleton(slug, order)],
    ] as const) {
      mkdirSync(join(root, 'content', file.split('/')[1] ?? ''), { recursive: true });
      // 'wx' fails instead of overwriting, should a file appear between the check and the write.
      writeFileSync(join(root, file), text, { flag: 'wx' });
      written.push(file);
    }
  } catch (error) {
    // Never leave half a chapter behind: the content tests would then report a missing language.
    for (const file of written) rmSync(join(root, file), { force: true });
    throw error;
  }
  return { ok: true, slug, order, files };
}

export function nextSteps(slug: string, files: readonly string[]): string {
  return [
    'Next steps · 다음 단계:',
    '  1. Write both files; the comment at the top of each says what goes where.',
    '     두 파일을 채운다. 파일 맨 위의 주석에 무엇을 쓸지 적혀 있다.',
    `  2. npm run dev   → http://localhost:4321/ko/${slug}/ and /en/${slug}/`,
    `  3. npm run check:chapter -- ${files.join(' ')}`,
    '     diagrams and structure, quickly · 도표와 구조를 빠르게 점검한다',
    '  4. npm test',
    '     every check, including length and sources · 분량과 출처를 포함한 모든 검사',
  ].join('\n');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: npm run new-chapter -- <slug>   (e.g. npm run new-chapter -- ${EXAMPLE})`);
  } else {
    // An unquoted "live migration" arrives as two arguments; judge it as the one name that was meant.
    const result = scaffoldChapter(process.cwd(), args.join(' '));
    if (result.ok) {
      console.log(`Created the chapter "${result.slug}" (sidebar order ${result.order}).`);
      console.log(`새 장을 만들었다: ${result.slug} (사이드바 순서 ${result.order})`);
      for (const file of result.files) console.log(`  ${file}`);
      console.log(`\n${nextSteps(result.slug, result.files)}`);
    } else {
      console.error(result.message);
      process.exitCode = 1;
    }
  }
}
