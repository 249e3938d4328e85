// Layer sharing calculator: the page's view over diskUsage (model.ts) for the fixed images of
// LAYER_DEFAULTS; only the instance lines and the VM's guest OS are inputs.
import { fill, formatBytes, formatNumber } from '../kit/format.ts';
import {
  fieldMessages,
  fixInputsView,
  parseDecimal,
  type CalculatorOutcome,
  type CalculatorSpec,
  type FieldError,
} from '../kit/spec.ts';
import { h } from '../kit/view.ts';
import { LAYER_DEFAULTS } from './defaults.ts';
import { diskUsage, shortDigest, type ImageSpec, type LayersErrorCode } from './model.ts';
import type { LayersStrings } from './strings.ts';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/** One instance line of the default scenario, the input keys that edit it, and their defaults. */
export interface LayerLine {
  image: string;
  countKey: string;
  writableKey: string;
  count: string;
  writableMiB: string;
}

// The repository part of each image name is short and unique among the defaults, which keeps
// shared links readable: ?layers.python.count=10.
export const layerLines: readonly LayerLine[] = LAYER_DEFAULTS.instances.map(({ image, count, writableBytes }) => {
  const slug = image.slice(0, image.indexOf(':'));
  return {
    image,
    countKey: `${slug}.count`,
    writableKey: `${slug}.writableMiB`,
    count: String(count),
    writableMiB: String(writableBytes / MIB),
  };
});
export const GUEST_OS_KEY = 'vm.guestOsGiB';

const ALL_KEYS = [...layerLines.flatMap((line) => [line.countKey, line.writableKey]), GUEST_OS_KEY];

export const layersDefaults: Record<string, string> = Object.fromEntries([
  ...layerLines.flatMap((line) => [
    [line.countKey, line.count],
    [line.writableKey, line.writableMiB],
  ]),
  [GUEST_OS_KEY, String(LAYER_DEFAULTS.vm.guestOsBytes / GIB)],
]);

// A number parseDecimal refuses only for its sign or its length earns the message about that,
// not "must be a number".
function readAmount(text: string): number | LayersErrorCode {
  const value = parseDecimal(text);
  if (value !== undefined) return value;
  if (text.trim() === '') return 'missing';
  const plain = /^\s*(-?)(\d+)(?:\.\d+)?\s*$/.exec(text);
  if (plain?.[1]) return 'negative';
  return (plain?.[2]?.length ?? 0) > 15 ? 'too-large' : 'not-a-number';
}

// diskUsage names fields by their path in the scenario; a whole-list error (a total too large)
// belongs to every input that feeds the total.
function keysFor(path: string): string[] {
  const match = /^instances\.(\d+)\.(count|writableBytes)$/.exec(path);
  const line = match ? layerLines[Number(match[1])] : undefined;
  if (line) return [match?.[2] === 'count' ? line.countKey : line.writableKey];
  return path === 'vm.guestOsBytes' ? [GUEST_OS_KEY] : ALL_KEYS;
}

// Widened from the literal `as const` types, which TypeScript cannot sum over.
const IMAGES: readonly ImageSpec[] = LAYER_DEFAULTS.images;

// How many of the fixed images hold each layer digest.
const imagesPerDigest = new Map<string, number>();
for (const image of IMAGES) {
  for (const digest of new Set(image.layers.map((layer) => layer.digest))) {
    imagesPerDigest.set(digest, (imagesPerDigest.get(digest) ?? 0) + 1);
  }
}

export const layersCalculator: CalculatorSpec<LayersStrings, CalculatorOutcome> = {
  id: 'layers',
  defaults: layersDefaults,
  fields: ({ form }) => [
    ...layerLines.map((line) => ({
      legend: line.image,
      fields: [
        { key: line.countKey, label: form.count },
        { key: line.writableKey, label: form.writable, unit: 'MiB' },
      ],
    })),
    { legend: form.vmGroup, fields: [{ key: GUEST_OS_KEY, label: form.guestOs, unit: 'GiB' }] },
  ],
  compute(values, strings, lang) {
    const ui = strings.output;
    const errors: FieldError<LayersErrorCode>[] = [];
    const read = (key: string, unit: number): number => {
      const amount = readAmount(values[key] ?? '');
      if (typeof amount === 'string') {
        errors.push({ field: key, code: amount });
        return 0;
      }
      // Sizes are typed in MiB or GiB; the model counts whole bytes, and a fraction of a byte
      // is not something a reader asks for.
      return unit === 1 ? amount : Math.round(amount * unit);
    };
    const instances = layerLines.map((line) => ({
      image: line.image,
      count: read(line.countKey, 1),
      writableBytes: read(line.writableKey, MIB),
    }));
    const guestOsBytes = read(GUEST_OS_KEY, GIB);
    const result = errors.length === 0 ? diskUsage({ images: IMAGES, instances, vm: { guestOsBytes } }) : undefined;
    if (result && !result.ok) {
      errors.push(...result.errors.flatMap(({ field, code }) => keysFor(field).map((key) => ({ field: key, code }))));
    }
    const fieldErrors = fieldMessages(errors, strings.errors);
    if (!result || !result.ok) return { output: fixInputsView(strings), fieldErrors };

    const bytes = (value: number) => formatBytes(lang, value);
    const row = (label: string, value: number, strong = false) =>
      h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, strong ? h('strong', {}, bytes(value)) : bytes(value)));
    const usage = h(
      'table',
      {},
      h('caption', {}, ui.usageCaption),
      h(
        'tbody',
        {},
        row(ui.shared, result.containers.sharedBytes),
        row(ui.writableTotal, result.containers.writableBytes),
        row(ui.containersTotal, result.containers.totalBytes, true),
        row(ui.vmsTotal, result.vms.totalBytes, true),
        row(ui.saved, result.savedBytes),
      ),
    );
    const verdict =
      result.savedBytes >= 0
        ? fill(ui.savedLine, { bytes: bytes(result.savedBytes) })
        : fill(ui.lostLine, { bytes: bytes(-result.savedBytes) });

    const images = IMAGES.map((image) => {
      const total = image.layers.reduce((sum, layer) => sum + layer.sizeBytes, 0);
      return h(
        'li',
        {},
        h('code', {}, image.name),
        ` — ${bytes(total)}, ${fill(image.layers.length === 1 ? ui.layerCountOne : ui.layerCount, { count: formatNumber(lang, image.layers.length) })}`,
        h(
          'ul',
          {},
          image.layers.map((layer) => {
            const sharers = imagesPerDigest.get(layer.digest) ?? 1;
            return h(
              'li',
              { class: sharers > 1 ? 'layers-shared' : undefined },
              h('code', { title: layer.digest }, shortDigest(layer.digest)),
              ` ${bytes(layer.sizeBytes)}`,
              sharers > 1 && h('strong', {}, ` · ${fill(ui.sharedBy, { count: formatNumber(lang, sharers) })}`),
            );
          }),
        ),
      );
    });

    return {
      output: h(
        'div',
        {},
        usage,
        h('p', { class: 'calculator-big' }, verdict),
        h('p', { class: 'layers-caption' }, ui.imagesCaption),
        h('ul', { class: 'layers-images' }, images),
      ),
      fieldErrors,
    };
  },
};
