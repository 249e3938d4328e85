import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { policyFor, rewritePage } from '../../src/integrations/csp.ts';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script>window.a = 1;</script><script type="module" src="/_astro/x.js"></script><script type="application/json">{"a":1}</script>
<style>.x{color:red}</style></head><body><p style="--depth: 0;">one</p><p style="">two</p>
<svg><style>#d1 .node{fill:blue}</style><path style="stroke:none"></path></svg>
<template id="icons"><svg style="--sl-icon-size: 1em;"></svg></template></body></html>`;

describe('rewritePage', () => {
  const { html, stylesheet, scriptHashes } = rewritePage(page);

  test('leaves no inline style attribute or <style> element, even inside <template>', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<style/);
  });

  test('moves styles to one content-hashed stylesheet with the inline precedence kept', () => {
    expect(stylesheet?.fileName).toMatch(/^inline\.[0-9a-f]{12}\.css$/);
    expect(stylesheet?.css).toContain('.x{color:red}');
    expect(stylesheet?.css).toContain('#d1 .node{fill:blue}');
    expect(stylesheet?.css).toMatch(/\.s-[0-9a-f]{10}\{--depth: 0 !important\}/);
    expect(stylesheet?.css).toMatch(/\.s-[0-9a-f]{10}\{stroke:none !important\}/);
    expect(stylesheet?.css).toMatch(/\.s-[0-9a-f]{10}\{--sl-icon-size: 1em !important\}/);
    expect(html).toContain(`<link rel="stylesheet" href="/_astro/${stylesheet?.fileName}">`);
    expect(html).toMatch(/<p class="s-[0-9a-f]{10}">one<\/p>/);
  });

  test('hashes executable inline scripts only, and puts the policy first in <head>', () => {
    const expected = createHash('sha256').update('window.a = 1;').digest('base64');
    expect(scriptHashes).toEqual([expected]);
    expect(html).toMatch(
      new RegExp(
        `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-${expected.replace(/[+/=]/g, '\\$&')}'`,
      ),
    );
  });
});

describe('policyFor', () => {
  test('allows no inline code without a hash and no other host', () => {
    const policy = policyFor(['abc']);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
    expect(policy).not.toContain('frame-ancestors');
    expect(policyFor([], { forHeader: true })).toContain("frame-ancestors 'none'");
  });
});
