// Markdown that renders Korean as written. CommonMark and GFM were designed around languages that
// put spaces or punctuation around emphasis; several of their rules misfire on Hangul. Each trap is
// either fixed here, in the pipeline, or made a build error naming the chapter file and line:
//
// 1. Single-tilde strikethrough. GFM strikes through `~one~` as well as `~~two~~`, so the Korean
//    range sign in `2~3배 … 10~50%` struck out the text between two ranges. remark-gfm runs with
//    `singleTilde: false` (see `remarkGfmKorean`); `assertRequestedStrikethrough` fails the build on
//    any strikethrough whose source is not `~~…~~`.
// 2. Emphasis that cannot close. CommonMark's flanking rules (spec 0.31.2, §6.2) do not let `**`
//    close when punctuation precedes it and a letter follows, as in `**"따옴표"**는` or
//    `**컨테이너(container)**는`, Korean's particle-after-parenthesis pattern; the asterisks show
//    literally. `repairHangulEmphasis` pairs such leftover `**` runs within one paragraph.
// 3. Autolinked URLs that swallow the next word. GFM's literal autolinks run up to the next space,
//    so `https://docs.docker.com/에서` links `…/에서`. `assertAutolinks` fails the build.
// 4. Smart quotes turned the wrong way. remark-smartypants decides opening or closing from the
//    characters around a `"`; a closing quote between punctuation and a particle
//    (`"Type 2 (KVM)"으로`) or an opening one glued to Hangul (`값이"2"다`) comes out turned.
//    `repairQuotePairs` reassigns a block's double quotes in order; an unpaired one fails the build.
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chapterSourcePath } from '../lib/chapter-path.ts';

export class MarkdownTrapError extends Error {
  constructor(file: VFile, line: number | undefined, reason: string) {
    const path = chapterSourcePath(relative(process.cwd(), file.path || 'unknown file'));
    super(`${path}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'MarkdownTrapError';
  }
}

// remark-gfm is the copy Astro's Markdown pipeline uses (a dependency of @astrojs/markdown-remark),
// resolved from there so the options below apply to exactly that version.
const fromMarkdownRemark = createRequire(createRequire(import.meta.url).resolve('@astrojs/markdown-remark'));
const { default: remarkGfm } = (await import(/* @vite-ignore */ fromMarkdownRemark.resolve('remark-gfm'))) as {
  default: Plugin<[{ singleTilde?: boolean }?], Root>;
};

/** GFM (tables, footnotes, task lists, autolinks, `~~strikethrough~~`) without single-tilde strikethrough. */
export const remarkGfmKorean: [typeof remarkGfm, { singleTilde: boolean }] = [remarkGfm, { singleTilde: false }];

const sourceOf = (file: VFile, node: Nodes): string => {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : String(file.value).slice(start, end);
};

/** Every strikethrough in a chapter must come from `~~…~~`. */
export function assertRequestedStrikethrough(tree: Root, file: VFile): void {
  visit(tree, 'delete', (node) => {
    const source = sourceOf(file, node);
    if (source && !(source.startsWith('~~') && source.endsWith('~~'))) {
      throw new MarkdownTrapError(
        file,
        node.position?.start.line,
        `strikethrough from \`${source.slice(0, 40)}\`; only \`~~text~~\` strikes through (a single ~ is a range: 2~3배)`,
      );
    }
  });
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7A3\uD7B0-\uD7FF]/;

/** A literal autolink (no `<…>`, no `[…](…)`) must not run into Hangul. */
export function assertAutolinks(tree: Root, file: VFile): void {
  visit(tree, 'link', (node) => {
    const source = sourceOf(file, node);
    if (!source || source.startsWith('[') || source.startsWith('<')) return;
    if (HANGUL.test(source)) {
      throw new MarkdownTrapError(
        file,
        node.position?.start.line,
        `the bare URL \`${source}\` runs into Korean text and links it; write [text](url) or <url>`,
      );
    }
  });
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Curly double quotes in a paragraph, heading or table cell alternate “ and ”. Where smartypants
 * turned one the wrong way (a quote between punctuation and Hangul, `"Type 2 (KVM)"으로`), the
 * block's quotes are reassigned in order: Korean prose nests quotes as “ ‘ ’ ”, never “ “ ” ”.
 * An odd number that does not alternate cannot be paired and fails the build.
 */
export function repairQuotePairs(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (!BLOCKS.has(node.type)) return;
    const texts: Text[] = [];
    visit(node, 'text', (textNode) => {
      texts.push(textNode);
    });
    const quotes = texts.flatMap((text) => text.value.match(/[“”]/g) ?? []);
    if (quotes.every((quote, index) => quote === (index % 2 === 0 ? '“' : '”'))) return;
    if (quotes.length % 2 === 1) {
      const text = texts.map((textNode) => textNode.value).join('');
      throw new MarkdownTrapError(
        file,
        node.position?.start.line,
        `an unpaired quotation mark in “${text.slice(0, 60)}…”; pair every " in the paragraph`,
      );
    }
    let index = 0;
    for (const text of texts) text.value = text.value.replace(/[“”]/g, () => (index++ % 2 === 0 ? '“' : '”'));
  });
}

type Token = PhrasingContent | { marker: true };

/**
 * Pairs `**` runs that CommonMark left as literal text within one paragraph (or heading, cell,
 * link text…) into bold: `**"따옴표"**는` renders as <strong>"따옴표"</strong>는. Runs the parser did
 * match are already strong nodes; an odd run left over stays literal.
 */
export function repairHangulEmphasis(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const texts = parent.children.filter((child): child is Text => child.type === 'text');
    const markers = texts.reduce((count, text) => count + (text.value.match(/\*\*/g)?.length ?? 0), 0);
    if (markers < 2) return;
    const tokens: Token[] = [];
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type !== 'text' || !child.value.includes('**')) {
        tokens.push(child);
        continue;
      }
      child.value.split('**').forEach((part, index) => {
        if (index > 0) tokens.push({ marker: true });
        if (part) tokens.push({ type: 'text', value: part });
      });
    }
    const total = tokens.filter((token) => 'marker' in token).length;
    const pairs = Math.floor(total / 2);
    const children: PhrasingContent[] = [];
    let seen = 0;
    let strong: PhrasingContent[] | undefined;
    for (const token of tokens) {
      if ('marker' in token) {
        seen++;
        if (strong) {
          children.push({ type: 'strong', children: strong });
          strong = undefined;
        } else if (seen <= pairs * 2) strong = [];
        else children.push({ type: 'text', value: '**' });
      } else (strong ?? children).push(token);
    }
    // Merge neighbouring text nodes the split left behind.
    const merged: PhrasingContent[] = [];
    for (const child of children) {
      const last = merged.at(-1);
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else merged.push(child);
    }
    parent.children = merged as Parent['children'];
  });
}

/** The project's Korean-safety pass; runs after remark-gfm and remark-smartypants. */
export default function remarkKorean() {
  return function transform(tree: Root, file: VFile): void {
    assertRequestedStrikethrough(tree, file);
    assertAutolinks(tree, file);
    repairHangulEmphasis(tree);
    repairQuotePairs(tree, file);
  };
}
