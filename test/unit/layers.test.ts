import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  diskUsage,
  formatBytesParts,
  isLayerDigest,
  shortDigest,
  type DiskUsageResult,
  type ImageSpec,
  type InstanceSpec,
  type LayerScenario,
  type LayersErrorCode,
} from '../../src/lib/layers.ts';
import { LAYER_DEFAULTS } from '../../src/calculators/layers/defaults.ts';
import { layersMessages } from '../support/calculators.ts';

/** A valid digest whose hex part is `n` in base 16, zero-padded. */
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
const X = digest(0xa);
const Y = digest(0xb);
const Z = digest(0xc);
const W = digest(0xd);

// Two images sharing layer X. Hand arithmetic:
//   sharedBytes   = X 100 + Y 50 + Z 30            = 180 (X once)
//   writableBytes = 2·10 + 3·5                     = 35
//   containers    = 180 + 35                       = 215
//   VMs           = 2·(1000 + 150 + 10) + 3·(1000 + 130 + 5) = 2320 + 3405 = 5725
//   savedBytes    = 5725 − 215                     = 5510
const BASE: LayerScenario = {
  images: [
    {
      name: 'app-a',
      layers: [
        { digest: X, sizeBytes: 100 },
        { digest: Y, sizeBytes: 50 },
      ],
    },
    {
      name: 'app-b',
      layers: [
        { digest: X, sizeBytes: 100 },
        { digest: Z, sizeBytes: 30 },
      ],
    },
  ],
  instances: [
    { image: 'app-a', count: 2, writableBytes: 10 },
    { image: 'app-b', count: 3, writableBytes: 5 },
  ],
  vm: { guestOsBytes: 1000 },
};

function expectOk(result: DiskUsageResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

/** Deep copy with one dotted path set (or deleted, for undefined), ignoring the types. */
function withField(field: string, value: unknown, base: LayerScenario = BASE): LayerScenario {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  const keys = field.split('.');
  const last = keys.pop() as string;
  let node = copy;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as unknown as LayerScenario;
}

describe('diskUsage: hand-computed table', () => {
  it('shares the common layer once (arithmetic above)', () => {
    expect(diskUsage(BASE)).toEqual({
      ok: true,
      containers: { sharedBytes: 180, writableBytes: 35, totalBytes: 215 },
      vms: { totalBytes: 5725 },
      savedBytes: 5510,
    });
  });

  const rows: {
    name: string;
    scenario: LayerScenario;
    shared: number;
    writable: number;
    vms: number;
  }[] = [
    {
      name: 'empty scenario',
      scenario: { images: [], instances: [], vm: { guestOsBytes: 0 } },
      shared: 0,
      writable: 0,
      vms: 0,
    },
    {
      // listed but never run: layers still stored (images listed, not images used)
      // shared 100 + 50 + 30 + 500 = 680; VMs unchanged at 5725
      name: 'an image nothing runs still occupies its layers',
      scenario: {
        ...BASE,
        images: [...BASE.images, { name: 'idle', layers: [{ digest: W, sizeBytes: 500 }] }],
      },
      shared: 680,
      writable: 35,
      vms: 5725,
    },
    {
      // count 0 lines add nothing: shared 180, writable 2·10 = 20, VMs 2320
      name: 'an instance line with count 0 adds nothing',
      scenario: {
        ...BASE,
        instances: [BASE.instances[0] as InstanceSpec, { image: 'app-b', count: 0, writableBytes: 5 }],
      },
      shared: 180,
      writable: 20,
      vms: 2320,
    },
    {
      // a digest repeated inside one image (e.g. an empty layer) is stored once,
      // but a VM disk holds the flattened image: 2·(0 + 100 + 7 + 7 + 0) = 228
      name: 'a layer repeated inside one image',
      scenario: {
        images: [
          {
            name: 'r',
            layers: [
              { digest: X, sizeBytes: 100 },
              { digest: Y, sizeBytes: 7 },
              { digest: Y, sizeBytes: 7 },
            ],
          },
        ],
        instances: [{ image: 'r', count: 2, writableBytes: 0 }],
        vm: { guestOsBytes: 0 },
      },
      shared: 107,
      writable: 0,
      vms: 228,
    },
    {
      // two lines for the same image simply add up: writable 1·10 + 4·10 = 50;
      // VMs 5·(1000 + 150 + 10) = 5800
      name: 'several lines for the same image',
      scenario: {
        images: [BASE.images[0] as ImageSpec],
        instances: [
          { image: 'app-a', count: 1, writableBytes: 10 },
          { image: 'app-a', count: 4, writableBytes: 10 },
        ],
        vm: { guestOsBytes: 1000 },
      },
      shared: 150,
      writable: 50,
      vms: 5800,
    },
  ];

  it.each(rows)('$name', ({ scenario, shared, writable, vms }) => {
    const result = expectOk(diskUsage(scenario));
    expect(result.containers).toEqual({ sharedBytes: shared, writableBytes: writable, totalBytes: shared + writable });
    expect(result.vms.totalBytes).toBe(vms);
    expect(result.savedBytes).toBe(vms - shared - writable);
  });

  it('savedBytes goes negative when a listed image is never run', () => {
    // shared 150 + 500 = 650; VMs 1·(0 + 150 + 0) = 150; saved 150 − 650 = −500
    const result = expectOk(
      diskUsage({
        images: [BASE.images[0] as ImageSpec, { name: 'idle', layers: [{ digest: W, sizeBytes: 500 }] }],
        instances: [{ image: 'app-a', count: 1, writableBytes: 0 }],
        vm: { guestOsBytes: 0 },
      }),
    );
    expect(result.savedBytes).toBe(-500);
  });

  it('gives the expected totals for LAYER_DEFAULTS', () => {
    // shared: python 28232655 + 3533361 + 13671299 + 250 = 45437565
    //         node extras 3314 + 49938210 + 1712979 + 447 = 51654950 → 97092515
    // writable: 3·64 MiB + 2·64 MiB + 16 MiB = 335544320 + 16777216 = 352321536
    // VMs: 3·(4 GiB + 45437565 + 64 MiB) = 13222541175
    //      2·(4 GiB + 79887605 + 64 MiB) =  8883927530
    //      1·(4 GiB + 28232655 + 16 MiB) =  4339977167 → 26446445872
    expect(diskUsage(LAYER_DEFAULTS)).toEqual({
      ok: true,
      containers: { sharedBytes: 97_092_515, writableBytes: 352_321_536, totalBytes: 449_414_051 },
      vms: { totalBytes: 26_446_445_872 },
      savedBytes: 25_997_031_821,
    });
  });
});

describe('diskUsage: validation', () => {
  const cases: { name: string; scenario: LayerScenario; errors: { field: string; code: LayersErrorCode }[] }[] = [
    {
      name: 'images missing',
      scenario: withField('images', undefined),
      errors: [{ field: 'images', code: 'missing' }],
    },
    {
      name: 'instances missing',
      scenario: withField('instances', undefined),
      errors: [{ field: 'instances', code: 'missing' }],
    },
    { name: 'vm missing', scenario: withField('vm', undefined), errors: [{ field: 'vm', code: 'missing' }] },
    {
      name: 'guestOsBytes missing',
      scenario: withField('vm.guestOsBytes', undefined),
      errors: [{ field: 'vm.guestOsBytes', code: 'missing' }],
    },
    {
      name: 'layers missing',
      scenario: withField('images.1.layers', undefined),
      errors: [{ field: 'images.1.layers', code: 'missing' }],
    },
    {
      name: 'digest missing',
      scenario: withField('images.0.layers.1.digest', undefined),
      errors: [{ field: 'images.0.layers.1.digest', code: 'missing' }],
    },
    {
      name: 'images not a list',
      scenario: withField('images', { 0: BASE.images[0] }),
      errors: [{ field: 'images', code: 'not-a-list' }],
    },
    {
      name: 'layers not a list',
      scenario: withField('images.0.layers', 'sha256:…'),
      errors: [{ field: 'images.0.layers', code: 'not-a-list' }],
    },
    {
      name: 'instances not a list',
      scenario: withField('instances', 3),
      errors: [{ field: 'instances', code: 'not-a-list' }],
    },
    {
      name: 'image entry not an object',
      scenario: withField('images.1', 'app-b'),
      errors: [
        { field: 'images.1', code: 'not-an-object' },
        { field: 'instances.1.image', code: 'unknown-image' },
      ],
    },
    {
      name: 'layer entry not an object',
      scenario: withField('images.0.layers.0', null),
      errors: [{ field: 'images.0.layers.0', code: 'not-an-object' }],
    },
    {
      name: 'instance entry not an object',
      scenario: withField('instances.0', []),
      errors: [{ field: 'instances.0', code: 'not-an-object' }],
    },
    { name: 'vm not an object', scenario: withField('vm', 4096), errors: [{ field: 'vm', code: 'not-an-object' }] },
    {
      name: 'name not a string',
      scenario: withField('images.0.name', 7),
      errors: [
        { field: 'images.0.name', code: 'not-a-string' },
        { field: 'instances.0.image', code: 'unknown-image' },
      ],
    },
    {
      name: 'instance image not a string',
      scenario: withField('instances.1.image', null),
      errors: [{ field: 'instances.1.image', code: 'not-a-string' }],
    },
    {
      name: 'digest not a string',
      scenario: withField('images.0.layers.0.digest', 0xa),
      errors: [{ field: 'images.0.layers.0.digest', code: 'not-a-string' }],
    },
    {
      name: 'empty image name',
      scenario: withField('images.0.name', ''),
      errors: [
        { field: 'images.0.name', code: 'empty-name' },
        { field: 'instances.0.image', code: 'unknown-image' },
      ],
    },
    {
      name: 'empty instance image',
      scenario: withField('instances.0.image', ''),
      errors: [{ field: 'instances.0.image', code: 'empty-name' }],
    },
    {
      name: 'size as a string',
      scenario: withField('images.0.layers.1.sizeBytes', '50'),
      errors: [{ field: 'images.0.layers.1.sizeBytes', code: 'not-a-number' }],
    },
    {
      name: 'count NaN',
      scenario: withField('instances.0.count', NaN),
      errors: [{ field: 'instances.0.count', code: 'not-a-number' }],
    },
    {
      name: 'writable Infinity',
      scenario: withField('instances.1.writableBytes', Infinity),
      errors: [{ field: 'instances.1.writableBytes', code: 'not-finite' }],
    },
    {
      name: 'non-integer count',
      scenario: withField('instances.0.count', 1.5),
      errors: [{ field: 'instances.0.count', code: 'not-an-integer' }],
    },
    {
      name: 'non-integer size',
      scenario: withField('images.0.layers.1.sizeBytes', 50.5),
      errors: [{ field: 'images.0.layers.1.sizeBytes', code: 'not-an-integer' }],
    },
    {
      name: 'negative size',
      scenario: withField('images.1.layers.1.sizeBytes', -30),
      errors: [{ field: 'images.1.layers.1.sizeBytes', code: 'negative' }],
    },
    {
      name: 'negative count',
      scenario: withField('instances.1.count', -1),
      errors: [{ field: 'instances.1.count', code: 'negative' }],
    },
    {
      name: 'negative guest OS',
      scenario: withField('vm.guestOsBytes', -1),
      errors: [{ field: 'vm.guestOsBytes', code: 'negative' }],
    },
    {
      name: 'size past MAX_SAFE_INTEGER',
      scenario: withField('images.0.layers.1.sizeBytes', 2 ** 53),
      errors: [{ field: 'images.0.layers.1.sizeBytes', code: 'too-large' }],
    },
    {
      name: 'uppercase hex digest',
      scenario: withField('images.0.layers.1.digest', Y.toUpperCase().replace('SHA256', 'sha256')),
      errors: [{ field: 'images.0.layers.1.digest', code: 'bad-digest' }],
    },
    {
      name: 'short digest',
      scenario: withField('images.0.layers.1.digest', 'sha256:abc'),
      errors: [{ field: 'images.0.layers.1.digest', code: 'bad-digest' }],
    },
    {
      name: 'unregistered algorithm',
      scenario: withField('images.0.layers.1.digest', `md5:${'0'.repeat(32)}`),
      errors: [{ field: 'images.0.layers.1.digest', code: 'bad-digest' }],
    },
    {
      name: 'no algorithm',
      scenario: withField('images.0.layers.1.digest', '0'.repeat(64)),
      errors: [{ field: 'images.0.layers.1.digest', code: 'bad-digest' }],
    },
    {
      name: 'digest with a trailing newline',
      scenario: withField('images.0.layers.1.digest', `${Y}\n`),
      errors: [{ field: 'images.0.layers.1.digest', code: 'bad-digest' }],
    },
    {
      name: 'duplicate image name',
      scenario: withField('images.1.name', 'app-a'),
      errors: [
        { field: 'images.1.name', code: 'duplicate-image' },
        { field: 'instances.1.image', code: 'unknown-image' },
      ],
    },
    {
      name: 'unknown image',
      scenario: withField('instances.0.image', 'app-c'),
      errors: [{ field: 'instances.0.image', code: 'unknown-image' }],
    },
    {
      name: 'same digest, two sizes',
      scenario: withField('images.1.layers.0.sizeBytes', 101),
      errors: [{ field: 'images.1.layers.0.sizeBytes', code: 'digest-size-conflict' }],
    },
  ];

  it.each(cases)('$name', ({ scenario, errors }) => {
    expect(diskUsage(scenario)).toEqual({ ok: false, errors });
  });

  it('reports a total past MAX_SAFE_INTEGER on the list that overflowed', () => {
    const half = Math.floor(Number.MAX_SAFE_INTEGER / 2) + 1;
    const bigImages: LayerScenario = {
      images: [
        {
          name: 'big',
          layers: [
            { digest: X, sizeBytes: half },
            { digest: Y, sizeBytes: half },
          ],
        },
      ],
      instances: [],
      vm: { guestOsBytes: 0 },
    };
    expect(diskUsage(bigImages)).toEqual({ ok: false, errors: [{ field: 'images', code: 'too-large' }] });

    const manyVms: LayerScenario = { ...BASE, vm: { guestOsBytes: Number.MAX_SAFE_INTEGER } };
    expect(diskUsage(manyVms)).toEqual({ ok: false, errors: [{ field: 'instances', code: 'too-large' }] });

    const manyWrites = withField('instances.0.count', Number.MAX_SAFE_INTEGER);
    expect(diskUsage(manyWrites)).toEqual({ ok: false, errors: [{ field: 'instances', code: 'too-large' }] });
  });

  it('accepts exactly MAX_SAFE_INTEGER when the totals still fit', () => {
    const result = expectOk(
      diskUsage({
        images: [{ name: 'one', layers: [{ digest: X, sizeBytes: Number.MAX_SAFE_INTEGER }] }],
        instances: [],
        vm: { guestOsBytes: Number.MAX_SAFE_INTEGER },
      }),
    );
    expect(result.containers.totalBytes).toBe(Number.MAX_SAFE_INTEGER);
    expect(result.savedBytes).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('collects every error, in input order', () => {
    let scenario = withField('images.0.layers.0.digest', 'nope');
    scenario = withField('images.1.name', 'app-a', scenario);
    scenario = withField('instances.1.count', 2.5, scenario);
    scenario = withField('vm.guestOsBytes', '1000', scenario);
    expect(diskUsage(scenario)).toEqual({
      ok: false,
      errors: [
        { field: 'images.0.layers.0.digest', code: 'bad-digest' },
        { field: 'images.1.name', code: 'duplicate-image' },
        { field: 'instances.1.image', code: 'unknown-image' },
        { field: 'instances.1.count', code: 'not-an-integer' },
        { field: 'vm.guestOsBytes', code: 'not-a-number' },
      ],
    });
  });

  it.each([null, undefined, 0, 'scenario', []])('reports the three sections missing for %j', (input) => {
    expect(diskUsage(input as unknown as LayerScenario)).toEqual({
      ok: false,
      errors: [
        { field: 'images', code: 'missing' },
        { field: 'instances', code: 'missing' },
        { field: 'vm', code: 'missing' },
      ],
    });
  });

  it('has a Korean and an English message for every code', () => {
    const codes = [...new Set(cases.flatMap((c) => c.errors.map((e) => e.code)))].sort();
    for (const lang of ['ko', 'en'] as const) {
      // every code this suite can produce is worded, and nothing else is
      expect(Object.keys(layersMessages[lang]).sort()).toEqual(codes);
      for (const code of codes) expect(layersMessages[lang][code].length).toBeGreaterThan(0);
    }
  });
});

describe('UI helpers', () => {
  it.each([
    [0, 0, 'B'],
    [1, 1, 'B'],
    [1023, 1023, 'B'],
    [1024, 1, 'KiB'],
    [1536, 1.5, 'KiB'],
    [1024 ** 2 - 1, (1024 ** 2 - 1) / 1024, 'KiB'],
    [1024 ** 2, 1, 'MiB'],
    [3 * 1024 ** 3, 3, 'GiB'],
    [5 * 1024 ** 4, 5, 'TiB'],
    [2048 * 1024 ** 4, 2048, 'TiB'], // no unit past TiB
    [-2048, -2, 'KiB'], // savedBytes can be negative
    [Number.NaN, Number.NaN, 'B'],
    [Infinity, Infinity, 'B'],
  ])('formatBytesParts(%d) = %d %s', (bytes, value, unit) => {
    expect(formatBytesParts(bytes)).toEqual({ value, unit });
  });

  it('formatBytesParts round-trips and keeps the value in [1, 1024) between B and TiB', () => {
    const scale = { B: 0, KiB: 1, MiB: 2, GiB: 3, TiB: 4 } as const;
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (bytes) => {
        const { value, unit } = formatBytesParts(bytes);
        expect(value * 1024 ** scale[unit]).toBeCloseTo(bytes, -2);
        const size = Math.abs(value);
        if (unit !== 'TiB') expect(size).toBeLessThan(1024);
        if (unit !== 'B') expect(size).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('isLayerDigest and shortDigest', () => {
    expect(isLayerDigest(LAYER_DEFAULTS.images[0].layers[0].digest)).toBe(true);
    expect(isLayerDigest('sha512:' + 'f'.repeat(128))).toBe(true);
    expect(isLayerDigest('sha256:' + 'g'.repeat(64))).toBe(false);
    expect(isLayerDigest('sha384:' + 'a'.repeat(96))).toBe(false);
    expect(isLayerDigest(42)).toBe(false);
    expect(shortDigest('sha256:a8ac7f6c67abc236e4c745052c404112b8fab6fe8ac3a329d1ef3b867ad67c71')).toBe('a8ac7f6c67ab');
    expect(shortDigest('latest')).toBe('latest');
  });

  it('every default layer digest is well formed', () => {
    for (const image of LAYER_DEFAULTS.images)
      for (const layer of image.layers) expect(isLayerDigest(layer.digest), `${image.name} ${layer.digest}`).toBe(true);
  });
});

// ---------------------------------------------------------------- properties

/**
 * Sizes are capped (4 GiB layers, 1 GiB writes, 16 GiB guest OS, ≤ 1000 per
 * line) so that even the largest draw keeps every total under 2^53; the
 * overflow path has its own unit test above.
 *
 * A valid scenario over a shared pool of digests, so images overlap. Each
 * digest has one size (from the pool), so no digest-size-conflict occurs.
 * With `everyImageRuns`, each image gets at least one line with count ≥ 1.
 */
function scenarioArb(everyImageRuns: boolean): fc.Arbitrary<LayerScenario> {
  return fc
    .record({
      pool: fc.array(fc.integer({ min: 0, max: 2 ** 32 }), { minLength: 1, maxLength: 12 }),
      images: fc.array(fc.array(fc.nat(), { maxLength: 8 }), { maxLength: 6 }),
      extraLines: fc.array(
        fc.record({
          pick: fc.nat(),
          count: fc.integer({ min: 0, max: 1000 }),
          writableBytes: fc.integer({ min: 0, max: 2 ** 30 }),
        }),
        { maxLength: 6 },
      ),
      firstLines: fc.array(
        fc.record({ count: fc.integer({ min: 1, max: 1000 }), writableBytes: fc.integer({ min: 0, max: 2 ** 30 }) }),
        { minLength: 6, maxLength: 6 },
      ),
      guestOsBytes: fc.integer({ min: 0, max: 2 ** 34 }),
    })
    .map(({ pool, images, extraLines, firstLines, guestOsBytes }) => {
      const imageSpecs: ImageSpec[] = images.map((picks, i) => ({
        name: `img-${i}`,
        layers: picks.map((p) => ({ digest: digest(p % pool.length), sizeBytes: pool[p % pool.length] as number })),
      }));
      const instances: InstanceSpec[] = [];
      if (everyImageRuns) {
        imageSpecs.forEach((image, i) => {
          const line = firstLines[i] as { count: number; writableBytes: number };
          instances.push({ image: image.name, ...line });
        });
      }
      if (imageSpecs.length > 0) {
        for (const line of extraLines) {
          const image = imageSpecs[line.pick % imageSpecs.length] as ImageSpec;
          instances.push({
            image: image.name,
            count: everyImageRuns ? Math.max(1, line.count) : line.count,
            writableBytes: line.writableBytes,
          });
        }
      }
      return { images: imageSpecs, instances, vm: { guestOsBytes } };
    });
}

const junk = fc.oneof(
  fc.anything(),
  fc.constant(NaN),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant(2 ** 60),
  fc.constant('sha256:' + 'a'.repeat(64)),
);

const messyScenario = fc.record(
  {
    images: fc.oneof(
      junk,
      fc.array(
        fc.oneof(
          junk,
          fc.record(
            {
              name: fc.oneof(fc.constantFrom('a', 'b', ''), junk),
              layers: fc.oneof(
                junk,
                fc.array(
                  fc.oneof(
                    junk,
                    fc.record(
                      { digest: fc.oneof(fc.constantFrom(X, Y, Z), junk), sizeBytes: fc.oneof(fc.nat(), junk) },
                      { requiredKeys: [] },
                    ),
                  ),
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
    ),
    instances: fc.oneof(
      junk,
      fc.array(
        fc.oneof(
          junk,
          fc.record(
            {
              image: fc.oneof(fc.constantFrom('a', 'b', 'c'), junk),
              count: fc.oneof(fc.nat(), junk),
              writableBytes: fc.oneof(fc.nat(), junk),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
    ),
    vm: fc.oneof(junk, fc.record({ guestOsBytes: fc.oneof(fc.nat(), junk) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);

function isWellFormed(result: DiskUsageResult): boolean {
  if (!result.ok)
    return result.errors.length > 0 && result.errors.every((e) => typeof e.field === 'string' && e.field.length > 0);
  const numbers = [
    result.containers.sharedBytes,
    result.containers.writableBytes,
    result.containers.totalBytes,
    result.vms.totalBytes,
  ];
  return numbers.every((n) => Number.isSafeInteger(n) && n >= 0) && Number.isSafeInteger(result.savedBytes);
}

describe('diskUsage: properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), messyScenario), (input) => {
        expect(isWellFormed(diskUsage(input as unknown as LayerScenario))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('succeeds on valid scenarios, with safe-integer totals', () => {
    fc.assert(
      fc.property(scenarioArb(false), (scenario) => {
        const result = diskUsage(scenario);
        expect(result.ok).toBe(true);
        expect(isWellFormed(result)).toBe(true);
      }),
    );
  });

  it('savedBytes = vms.totalBytes − containers.totalBytes, and totalBytes = shared + writable', () => {
    fc.assert(
      fc.property(scenarioArb(false), (scenario) => {
        const r = expectOk(diskUsage(scenario));
        expect(r.savedBytes).toBe(r.vms.totalBytes - r.containers.totalBytes);
        expect(r.containers.totalBytes).toBe(r.containers.sharedBytes + r.containers.writableBytes);
      }),
    );
  });

  it('sharedBytes is the sum over distinct digests, independent of image order', () => {
    fc.assert(
      fc.property(scenarioArb(false), (scenario) => {
        const sizes = new Map<string, number>();
        for (const image of scenario.images) for (const layer of image.layers) sizes.set(layer.digest, layer.sizeBytes);
        const expected = [...sizes.values()].reduce((a, b) => a + b, 0);
        expect(expectOk(diskUsage(scenario)).containers.sharedBytes).toBe(expected);
        const reversed = { ...scenario, images: [...scenario.images].reverse() };
        expect(expectOk(diskUsage(reversed)).containers.sharedBytes).toBe(expected);
      }),
    );
  });

  it('adding an image grows sharedBytes by exactly its not-yet-stored layers, never more', () => {
    fc.assert(
      fc.property(
        scenarioArb(false),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 }), { maxLength: 4 }),
        (scenario, reusePicks, freshSizes) => {
          const existing = scenario.images.flatMap((image) => image.layers);
          const reused =
            existing.length === 0
              ? []
              : reusePicks.map((p) => existing[p % existing.length] as { digest: string; sizeBytes: number });
          // fresh digests live above the pool's range, so they are new for sure
          const fresh = freshSizes.map((sizeBytes, i) => ({ digest: digest(1_000_000 + i), sizeBytes }));
          const added: LayerScenario = {
            ...scenario,
            images: [...scenario.images, { name: 'added', layers: [...reused, ...fresh] }],
          };
          const before = expectOk(diskUsage(scenario)).containers.sharedBytes;
          const after = expectOk(diskUsage(added)).containers.sharedBytes;
          const freshTotal = freshSizes.reduce((a, b) => a + b, 0);
          expect(after - before).toBe(freshTotal);
          expect(after - before).toBeLessThanOrEqual(freshTotal);
        },
      ),
    );
  });

  it('containers never use more than VMs when guestOsBytes ≥ 0 and every listed image runs at least once', () => {
    // Why: each distinct layer belongs to some image that has a line with
    // count ≥ 1, so sharedBytes ≤ Σ count·(image bytes); the writable parts
    // are equal on both sides; and guestOsBytes only adds to the VM side.
    fc.assert(
      fc.property(scenarioArb(true), (scenario) => {
        const r = expectOk(diskUsage(scenario));
        expect(r.containers.totalBytes).toBeLessThanOrEqual(r.vms.totalBytes);
        expect(r.savedBytes).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('more instances never use less disk, on either side', () => {
    fc.assert(
      fc.property(scenarioArb(false), fc.nat(), fc.integer({ min: 1, max: 100 }), (scenario, pick, more) => {
        fc.pre(scenario.instances.length > 0);
        const i = pick % scenario.instances.length;
        const line = scenario.instances[i] as InstanceSpec;
        const grown = {
          ...scenario,
          instances: scenario.instances.map((l, j) => (j === i ? { ...line, count: line.count + more } : l)),
        };
        const before = expectOk(diskUsage(scenario));
        const after = expectOk(diskUsage(grown));
        expect(after.containers.totalBytes).toBeGreaterThanOrEqual(before.containers.totalBytes);
        expect(after.vms.totalBytes).toBeGreaterThanOrEqual(before.vms.totalBytes);
        expect(after.containers.sharedBytes).toBe(before.containers.sharedBytes);
      }),
    );
  });
});
