// Korean through the site's Markdown pipeline: the same remark-gfm options and Korean pass as
// astro.config.mjs, rendered by Astro's own Markdown processor.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import remarkKorean, { remarkGfmKorean } from '../../src/integrations/remark-korean.ts';

const processor = await createMarkdownProcessor({
  gfm: false,
  syntaxHighlight: false,
  remarkPlugins: [remarkGfmKorean, remarkKorean],
});
const render = async (markdown: string) =>
  (await processor.render(markdown, { fileURL: new URL('file:///repo/content/ko/fixture.mdx') })).code;

describe('Korean Markdown traps', () => {
  test('a single ~ is a range, never strikethrough; ~~double~~ still strikes through', async () => {
    const html = await render('앱을 2~3배 더 올리고 활용률은 10~50% 사이다. 값은 2–262144. ~~지운 말~~');
    expect(html).toContain('2~3배 더 올리고 활용률은 10~50% 사이다');
    expect(html).toContain('2–262144');
    expect(html.match(/<del>/g)).toHaveLength(1);
    expect(html).toContain('<del>지운 말</del>');
  });

  test('the build fails on any strikethrough a chapter did not ask for with ~~', async () => {
    // remark-gfm's default (singleTilde on), as Astro had it: the guard names the file and line.
    const [remarkGfm] = remarkGfmKorean;
    const defaults = await createMarkdownProcessor({ gfm: false, remarkPlugins: [remarkGfm, remarkKorean] });
    await expect(
      defaults.render('\n2~3배 더, 4~5배 덜', { fileURL: new URL('file:///repo/content/ko/fixture.mdx') }),
    ).rejects.toThrow(/content\/ko\/fixture\.mdx:2: strikethrough from `~3배 더, 4~`/);
  });

  test('a ~ range in a table cell and next to code stays literal', async () => {
    const html = await render('| 범위 |\n|---|\n| `cpu.shares` (2~262144, 기본 1024) |\n| 1~10000 |\n');
    expect(html).not.toContain('<del>');
    expect(html).toContain('(2~262144, 기본 1024)');
  });

  test('bold that ends in punctuation before a particle renders bold, not as asterisks', async () => {
    const html = await render('**"따옴표"**는 굵게, **컨테이너(container)**는 굵게, **정상**도 굵게.');
    expect(html).not.toContain('**');
    expect(html).toContain('<strong>“따옴표”</strong>는');
    expect(html).toContain('<strong>컨테이너(container)</strong>는');
    expect(html).toContain('<strong>정상</strong>도');
  });

  test('an unpaired literal ** stays as written', async () => {
    expect(await render('2**10은 1024다.')).toContain('2**10은');
  });

  test('a bare URL glued to Korean text fails, naming file and line', async () => {
    await expect(render('첫 줄\n\nhttps://docs.docker.com/에서 확인한다.')).rejects.toThrow(
      /content\/ko\/fixture\.mdx:3: the bare URL/,
    );
    expect(await render('<https://docs.docker.com/>에서 확인한다.')).toContain('href="https://docs.docker.com/"');
  });

  test('smart quotes next to Hangul and punctuation pair as “…”, an unpaired one fails', async () => {
    expect(await render('"Type 2 (KVM)"으로 분류하고 값이"2"다.')).toContain('“Type 2 (KVM)”으로 분류하고 값이“2”다.');
    await expect(render('\n\n"열고 닫지 않은 "따옴표" 문단')).rejects.toThrow(
      /content\/ko\/fixture\.mdx:3: an unpaired quotation mark/,
    );
    const html = await render('"앱을 2~3배 더 올린다"는 말과 「밀도: "2~3배"를 다시 계산하기」');
    expect(html).toContain('“앱을 2~3배 더 올린다”는');
    expect(html).toContain('“2~3배”를');
  });
});
