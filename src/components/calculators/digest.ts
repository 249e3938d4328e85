// Digest lab: the page's view over ociDigest and parseDigest (src/lib/digest.ts).
import { ociDigest, parseDigest } from '../../lib/digest.ts';
import { digestOutputUi } from '../../i18n/calculators/digest.ts';
import { digestMessages } from '../../i18n/messages/digest.ts';
import type { AsyncCalculatorDefinition } from './kit/calculator.ts';
import { formatBytes, formatNumber } from './kit/format.ts';
import { h, type ViewNode } from './kit/view.ts';

export const DIGEST_DEFAULT_A = 'hello world';
export const DIGEST_DEFAULT_B = 'hello world!';

const encoder = new TextEncoder();

// Web Crypto is missing outside secure contexts; the page then says so instead of failing.
async function digestsOf(a: string, b: string): Promise<[string, string] | undefined> {
  try {
    return await Promise.all([ociDigest(a), ociDigest(b)]);
  } catch {
    return undefined;
  }
}

/**
 * The lab's default "digest to check" is the digest of the default content A, which only Web Crypto
 * can produce, so the page computes it once (at build time) and hands it in.
 */
export function createDigestCalculator(defaultCheck: string): AsyncCalculatorDefinition {
  return {
    id: 'digest',
    defaults: { a: DIGEST_DEFAULT_A, b: DIGEST_DEFAULT_B, check: defaultCheck },
    async compute(values, lang) {
      const ui = digestOutputUi[lang];
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
          h('p', { class: 'calculator-big' }, differing === 0 ? ui.same : ui.different(formatNumber(lang, differing))),
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
        fieldErrors['check'] = digestMessages[lang][parsed.error.code];
        parts.push(h('p', { class: 'calculator-problem' }, ui.checkProblem));
      }
      return { output: h('div', {}, parts), fieldErrors };
    },
  };
}
