// Digest lab: the page's view over ociDigest and parseDigest (model.ts).
import { fill, formatBytes, formatNumber } from '../kit/format.ts';
import { fieldMessages, type CalculatorOutcome, type CalculatorSpec } from '../kit/spec.ts';
import { h, type ViewNode } from '../kit/view.ts';
import { DIGEST_DEFAULT_A, DIGEST_DEFAULT_B, DIGEST_DEFAULT_CHECK } from './defaults.ts';
import { ociDigest, parseDigest } from './model.ts';
import type { DigestStrings } from './strings.ts';

const encoder = new TextEncoder();

// Web Crypto is missing outside secure contexts; the page then says so instead of failing.
async function digestsOf(a: string, b: string): Promise<[string, string] | undefined> {
  try {
    return await Promise.all([ociDigest(a), ociDigest(b)]);
  } catch {
    return undefined;
  }
}

export const digestCalculator: CalculatorSpec<DigestStrings, Promise<CalculatorOutcome>> = {
  id: 'digest',
  defaults: { a: DIGEST_DEFAULT_A, b: DIGEST_DEFAULT_B, check: DIGEST_DEFAULT_CHECK },
  fields: ({ form, output }) => [
    {
      legend: form.contentsGroup,
      fields: [
        { key: 'a', label: output.labels.a, kind: 'textarea' },
        { key: 'b', label: output.labels.b, kind: 'textarea' },
      ],
    },
    {
      legend: form.checkGroup,
      fields: [{ key: 'check', label: output.labels.check, hint: form.checkHint, kind: 'text', wide: true }],
    },
  ],
  async compute(values, strings, lang) {
    const ui = strings.output;
    const a = values['a'] ?? '';
    const b = values['b'] ?? '';
    const digests = await digestsOf(a, b);
    const parts: ViewNode[] = [];

    if (digests === undefined) {
      parts.push(h('p', { class: 'calculator-problem' }, ui.noCrypto));
    } else {
      const [digestA, digestB] = digests;
      const row = (label: string, content: string, digest: string) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${label} (${formatBytes(lang, encoder.encode(content).length)})`),
          h('td', {}, h('code', {}, digest)),
        );
      let differing = 0;
      for (let i = 0; i < digestA.length; i++) if (digestA[i] !== digestB[i]) differing++;
      parts.push(
        h(
          'table',
          { class: 'calculator-pairs' },
          h('caption', {}, ui.contentCaption),
          h('tbody', {}, row(ui.labels.a, a, digestA), row(ui.labels.b, b, digestB)),
        ),
        h(
          'p',
          { class: 'calculator-big' },
          differing === 0 ? ui.same : fill(ui.different, { count: formatNumber(lang, differing) }),
        ),
      );
    }

    const parsed = parseDigest(values['check'] ?? '');
    const fieldErrors: Record<string, string> = {};
    if (parsed.ok) {
      const whole = `${parsed.algorithm}:${parsed.encoded}`;
      const sameAsA = digests?.[0] === whole;
      const sameAsB = digests?.[1] === whole;
      const verdict =
        digests === undefined
          ? null
          : parsed.algorithm !== 'sha256'
            ? ui.otherAlgorithm
            : sameAsA && sameAsB
              ? ui.matchBoth
              : sameAsA
                ? ui.matchA
                : sameAsB
                  ? ui.matchB
                  : ui.matchNone;
      parts.push(
        h(
          'table',
          { class: 'calculator-pairs' },
          h('caption', {}, ui.checkCaption),
          h(
            'tbody',
            {},
            h('tr', {}, h('th', { scope: 'row' }, ui.algorithm), h('td', {}, h('code', {}, parsed.algorithm))),
            h('tr', {}, h('th', { scope: 'row' }, ui.encoded), h('td', {}, h('code', {}, parsed.encoded))),
            verdict !== null && h('tr', {}, h('th', { scope: 'row' }, ui.matches), h('td', {}, verdict)),
          ),
        ),
      );
    } else {
      fieldMessages([{ field: 'check', code: parsed.error.code }], strings.errors, fieldErrors);
      parts.push(h('p', { class: 'calculator-problem' }, ui.checkProblem));
    }
    return { output: h('div', {}, parts), fieldErrors };
  },
};
