import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareDensity,
  DENSITY_FIELDS,
  MAX_AMOUNT,
  MAX_OVERCOMMIT,
  MIN_DIVISOR,
  type DensityErrorCode,
  type DensityField,
  type DensityInput,
  type DensityResult,
} from '../../src/lib/density.ts';
import { DENSITY_DEFAULTS } from '../../src/calculators/density/defaults.ts';
import { densityMessages } from '../support/calculators.ts';

// A plain host used by most table rows. Hand arithmetic for it:
//   VMs:        cpu    16·1 / 2                  = 8
//               memory (65536 − 4096) / (1024 + 1024) = 61440 / 2048 = 30
//               disk   (500 − 20) / (2 + 10)      = 480 / 12 = 40      → 8, cpu
//   containers: cpu    16·1 / 0.5                = 32
//               memory (65536 − 2048) / (1024 + 32)  = 63488 / 1056 = 60.12… → 60
//               disk   (500 − 10 − 2) / 1         = 488                → 32, cpu
//   ratio 32 / 8 = 4
const BASE: DensityInput = {
  host: { cpus: 16, memoryMiB: 65536, diskGiB: 500 },
  app: { cpus: 0.5, memoryMiB: 1024, diskGiB: 2 },
  cpuOvercommit: 1,
  vm: {
    vcpus: 2,
    guestOsMemoryMiB: 1024,
    guestOsDiskGiB: 10,
    hypervisorReserveMiB: 4096,
    hypervisorReserveDiskGiB: 20,
  },
  container: { overheadMiB: 32, writableLayerGiB: 1, hostOsReserveMiB: 2048, hostOsReserveDiskGiB: 10 },
};

interface Patch {
  host?: Partial<DensityInput['host']>;
  app?: Partial<DensityInput['app']>;
  cpuOvercommit?: number;
  vm?: Partial<DensityInput['vm']>;
  container?: Partial<DensityInput['container']>;
}

function withPatch(patch: Patch, base: DensityInput = BASE): DensityInput {
  return {
    host: { ...base.host, ...patch.host },
    app: { ...base.app, ...patch.app },
    cpuOvercommit: patch.cpuOvercommit ?? base.cpuOvercommit,
    vm: { ...base.vm, ...patch.vm },
    container: { ...base.container, ...patch.container },
  };
}

/** Sets one dotted field to any value, even one the type forbids. */
function withField(field: string, value: unknown, base: DensityInput = BASE): DensityInput {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  const keys = field.split('.');
  const last = keys.pop() as string;
  let node = copy;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as unknown as DensityInput;
}

function expectOk(result: DensityResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('compareDensity: hand-computed table', () => {
  const rows: {
    name: string;
    patch: Patch;
    vms: [number, string];
    containers: [number, string];
    ratio: number | null;
  }[] = [
    { name: 'base host (arithmetic above)', patch: {}, vms: [8, 'cpu'], containers: [32, 'cpu'], ratio: 4 },
    {
      // VM memory (16384 − 4096) / 2048 = 6; containers (16384 − 2048) / 1056 = 13.57… → 13
      name: 'memory-bound host',
      patch: { host: { memoryMiB: 16384 } },
      vms: [6, 'memory'],
      containers: [13, 'memory'],
      ratio: 13 / 6,
    },
    {
      // VM disk (80 − 20) / 12 = 5; containers disk (80 − 10 − 2) / 4 = 17
      name: 'disk-bound host',
      patch: { host: { diskGiB: 80 }, container: { writableLayerGiB: 4 } },
      vms: [5, 'disk'],
      containers: [17, 'disk'],
      ratio: 17 / 5,
    },
    {
      // cpu 16·4 / 2 = 32 for VMs, 16·4 / 0.5 = 128 for containers; memory takes over
      name: 'overcommit moves the limit to memory',
      patch: { cpuOvercommit: 4 },
      vms: [30, 'memory'],
      containers: [60, 'memory'],
      ratio: 2,
    },
    {
      name: 'hypervisor reserve above host memory gives 0 VMs, ratio null',
      patch: { vm: { hypervisorReserveMiB: 100_000 } },
      vms: [0, 'memory'],
      containers: [32, 'cpu'],
      ratio: null,
    },
    {
      name: 'host OS disk reserve above host disk gives 0 containers',
      patch: { container: { hostOsReserveDiskGiB: 600 } },
      vms: [8, 'cpu'],
      containers: [0, 'disk'],
      ratio: 0,
    },
    {
      // the image alone (2 GiB) does not fit on 1 GiB: (1 − 0 − 2) / 1 < 0 → 0
      name: 'image larger than the free disk gives 0 containers, not a negative count',
      patch: { host: { diskGiB: 1 }, container: { hostOsReserveDiskGiB: 0 }, vm: { hypervisorReserveDiskGiB: 0 } },
      vms: [0, 'disk'],
      containers: [0, 'disk'],
      ratio: null,
    },
    {
      name: 'a host with no CPUs fits nothing; cpu wins the tie',
      patch: { host: { cpus: 0 } },
      vms: [0, 'cpu'],
      containers: [0, 'cpu'],
      ratio: null,
    },
    {
      // cpu 8, memory (20480 − 4096) / 2048 = 8, disk 40
      name: 'tie cpu = memory reports cpu',
      patch: { host: { memoryMiB: 20480 } },
      vms: [8, 'cpu'],
      containers: [17, 'memory'], // (20480 − 2048) / 1056 = 17.45…
      ratio: 17 / 8,
    },
    {
      // vcpus 1 → cpu 16; memory 8 (20480 MiB); disk (116 − 20) / 12 = 8
      name: 'tie memory = disk reports memory',
      patch: { host: { memoryMiB: 20480, diskGiB: 116 }, vm: { vcpus: 1 } },
      vms: [8, 'memory'],
      containers: [17, 'memory'],
      ratio: 17 / 8,
    },
    {
      // cpu 8, memory 8, disk (116 − 20) / 12 = 8
      name: 'three-way tie reports cpu',
      patch: { host: { memoryMiB: 20480, diskGiB: 116 } },
      vms: [8, 'cpu'],
      containers: [17, 'memory'],
      ratio: 17 / 8,
    },
    {
      // cpu 16 / 0.5 = 32, memory 63488 / 1056 = 60, disk (500 − 10 − 2) / 16 = 30.5 → 30
      name: 'container disk bottleneck with a large writable layer',
      patch: { container: { writableLayerGiB: 16 } },
      vms: [8, 'cpu'],
      containers: [30, 'disk'],
      ratio: 30 / 8,
    },
    {
      // overhead 0: memory 63488 / 1024 = 62; cpu 32 still wins
      name: 'zero container overhead is allowed',
      patch: { container: { overheadMiB: 0 } },
      vms: [8, 'cpu'],
      containers: [32, 'cpu'],
      ratio: 4,
    },
  ];

  it.each(rows)('$name', ({ patch, vms, containers, ratio }) => {
    const result = expectOk(compareDensity(withPatch(patch)));
    expect([result.vms.count, result.vms.bottleneck]).toEqual(vms);
    expect([result.containers.count, result.containers.bottleneck]).toEqual(containers);
    expect(result.ratio).toBe(ratio);
  });

  it('returns exactly the documented shape', () => {
    expect(compareDensity(BASE)).toEqual({
      ok: true,
      vms: { count: 8, bottleneck: 'cpu' },
      containers: { count: 32, bottleneck: 'cpu' },
      ratio: 4,
    });
  });

  it('gives the expected answer for DENSITY_DEFAULTS', () => {
    // VMs:        cpu 32·1/1 = 32; memory (131072 − 2048) / (512 + 1024) = 84; disk (1024 − 5) / (1 + 4) = 203
    // containers: cpu 32/0.5 = 64; memory 129024 / 528 = 244.36… → 244; disk (1024 − 5 − 1) / 0.5 = 2036
    expect(compareDensity(DENSITY_DEFAULTS)).toEqual({
      ok: true,
      vms: { count: 32, bottleneck: 'cpu' },
      containers: { count: 64, bottleneck: 'cpu' },
      ratio: 2,
    });
  });
});

describe('compareDensity: floating-point guard (integer micro-units + BigInt)', () => {
  const cases: { name: string; patch: Patch; naive: number; expected: number; side: 'vms' | 'containers' }[] = [
    {
      name: '0.3 host CPUs / 0.1 app CPUs is 3, not 2',
      patch: { host: { cpus: 0.3 }, app: { cpus: 0.1 } },
      naive: Math.floor(0.3 / 0.1), // 2.9999999999999996 → 2
      expected: 3,
      side: 'containers',
    },
    {
      name: '0.1 CPUs × overcommit 3 / 0.1 is 3 (0.30000000000000004 does not leak)',
      patch: { host: { cpus: 0.1 }, cpuOvercommit: 3, app: { cpus: 0.1 } },
      naive: Math.floor((0.1 * 3) / 0.1), // happens to floor right, but must stay 3
      expected: 3,
      side: 'containers',
    },
    {
      name: '0.7 host CPUs / 0.1 vCPU per VM is 7',
      patch: { host: { cpus: 0.7 }, vm: { vcpus: 0.1 } },
      naive: Math.floor(0.7 / 0.1), // 6.999999999999999 → 6
      expected: 7,
      side: 'vms',
    },
    {
      name: '(0.3 − 0.1) MiB / 0.1 MiB per container is 2',
      patch: {
        host: { memoryMiB: 0.3 },
        app: { memoryMiB: 0.1, cpus: 0.001 },
        container: { hostOsReserveMiB: 0.1, overheadMiB: 0 },
      },
      naive: Math.floor((0.3 - 0.1) / 0.1), // 1.9999999999999998 → 1
      expected: 2,
      side: 'containers',
    },
    {
      name: '(0.6 − 0.1 − 0.2) GiB / 0.1 GiB writable layer is 3',
      patch: {
        host: { diskGiB: 0.6 },
        app: { diskGiB: 0.2 },
        container: { hostOsReserveDiskGiB: 0.1, writableLayerGiB: 0.1 },
      },
      naive: Math.floor((0.6 - 0.1 - 0.2) / 0.1), // 2.9999999999999996 → 2
      expected: 3,
      side: 'containers',
    },
    {
      name: '4.35 CPUs / 0.05 is 87',
      patch: { host: { cpus: 4.35 }, app: { cpus: 0.05, memoryMiB: 100 } },
      naive: Math.floor(4.35 / 0.05), // 86.99999999999999 → 86
      expected: 87,
      side: 'containers',
    },
  ];

  it.each(cases)('$name', ({ patch, naive, expected, side }) => {
    // Each case keeps the other resources roomy, so the field under test decides.
    const result = expectOk(compareDensity(withPatch(patch)));
    expect(result[side].count).toBe(expected);
    if (naive !== expected) expect(naive).toBe(expected - 1);
  });

  it('keeps huge but valid inputs finite and exact', () => {
    const result = expectOk(
      compareDensity(
        withPatch({
          host: { cpus: MAX_AMOUNT, memoryMiB: MAX_AMOUNT, diskGiB: MAX_AMOUNT },
          app: { cpus: MIN_DIVISOR, memoryMiB: MIN_DIVISOR, diskGiB: MIN_DIVISOR },
          cpuOvercommit: MAX_OVERCOMMIT,
          vm: {
            vcpus: MIN_DIVISOR,
            guestOsMemoryMiB: 0,
            guestOsDiskGiB: 0,
            hypervisorReserveMiB: 0,
            hypervisorReserveDiskGiB: 0,
          },
          container: { overheadMiB: 0, writableLayerGiB: MIN_DIVISOR, hostOsReserveMiB: 0, hostOsReserveDiskGiB: 0 },
        }),
      ),
    );
    // cpu: 1e9 · 1e3 / 1e-3 = 1e15; memory: 1e9 / 1e-3 = 1e12 → memory wins
    expect(result.vms).toEqual({ count: 1e12, bottleneck: 'memory' });
    // disk: (1e9 − 1e-3) / 1e-3 = 1e12 − 1
    expect(result.containers).toEqual({ count: 1e12 - 1, bottleneck: 'disk' });
    expect(Number.isSafeInteger(result.vms.count)).toBe(true);
  });
});

describe('compareDensity: validation', () => {
  const cases: { field: DensityField; value: unknown; code: DensityErrorCode }[] = [
    { field: 'host.cpus', value: undefined, code: 'missing' },
    { field: 'vm.guestOsDiskGiB', value: undefined, code: 'missing' },
    { field: 'host.memoryMiB', value: '65536', code: 'not-a-number' },
    { field: 'app.cpus', value: null, code: 'not-a-number' },
    { field: 'app.diskGiB', value: NaN, code: 'not-a-number' },
    { field: 'container.overheadMiB', value: 10n, code: 'not-a-number' },
    { field: 'host.diskGiB', value: Infinity, code: 'not-finite' },
    { field: 'vm.hypervisorReserveMiB', value: -Infinity, code: 'not-finite' },
    { field: 'host.memoryMiB', value: -1, code: 'negative' },
    { field: 'container.hostOsReserveDiskGiB', value: -0.5, code: 'negative' },
    { field: 'vm.vcpus', value: 0, code: 'zero' },
    { field: 'app.cpus', value: 0, code: 'zero' },
    { field: 'app.memoryMiB', value: 0, code: 'zero' },
    { field: 'app.diskGiB', value: 0, code: 'zero' },
    { field: 'container.writableLayerGiB', value: 0, code: 'zero' },
    { field: 'cpuOvercommit', value: 0, code: 'zero' },
    { field: 'app.cpus', value: 0.0005, code: 'too-small' },
    { field: 'container.writableLayerGiB', value: 1e-9, code: 'too-small' },
    { field: 'host.memoryMiB', value: 1e10, code: 'too-large' },
    { field: 'host.cpus', value: Number.MAX_VALUE, code: 'too-large' },
    { field: 'cpuOvercommit', value: MAX_OVERCOMMIT + 1, code: 'too-large' },
  ];

  it.each(cases)('$field = $value → $code', ({ field, value, code }) => {
    expect(compareDensity(withField(field, value))).toEqual({ ok: false, errors: [{ field, code }] });
  });

  it('accepts zero where nothing divides by it', () => {
    for (const field of [
      'host.cpus',
      'host.memoryMiB',
      'host.diskGiB',
      'vm.guestOsMemoryMiB',
      'vm.guestOsDiskGiB',
      'vm.hypervisorReserveMiB',
      'vm.hypervisorReserveDiskGiB',
      'container.overheadMiB',
      'container.hostOsReserveMiB',
      'container.hostOsReserveDiskGiB',
    ]) {
      expect(compareDensity(withField(field, 0)).ok, field).toBe(true);
    }
  });

  it('accepts the bounds themselves', () => {
    expect(compareDensity(withPatch({ host: { memoryMiB: MAX_AMOUNT }, cpuOvercommit: MAX_OVERCOMMIT })).ok).toBe(true);
    expect(compareDensity(withPatch({ app: { cpus: MIN_DIVISOR } })).ok).toBe(true);
  });

  it('collects every error, in field order', () => {
    const input = withPatch({ host: { cpus: -1 }, vm: { vcpus: 0 }, container: { writableLayerGiB: NaN } });
    expect(compareDensity(withField('app.memoryMiB', undefined, input))).toEqual({
      ok: false,
      errors: [
        { field: 'host.cpus', code: 'negative' },
        { field: 'app.memoryMiB', code: 'missing' },
        { field: 'vm.vcpus', code: 'zero' },
        { field: 'container.writableLayerGiB', code: 'not-a-number' },
      ],
    });
  });

  it.each([null, undefined, 42, 'host', [], {}])('reports every field missing for %j', (input) => {
    const result = compareDensity(input as unknown as DensityInput);
    expect(result).toEqual({
      ok: false,
      errors: DENSITY_FIELDS.map((field) => ({ field, code: 'missing' })),
    });
  });

  it('treats a missing section as its fields missing', () => {
    const { vm: _vm, ...rest } = BASE;
    const result = compareDensity(rest as unknown as DensityInput);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.field)).toEqual(DENSITY_FIELDS.filter((f) => f.startsWith('vm.')));
  });

  it('has a Korean and an English message for every code', () => {
    const codes: DensityErrorCode[] = [
      'missing',
      'not-a-number',
      'not-finite',
      'negative',
      'zero',
      'too-small',
      'too-large',
    ];
    for (const lang of ['ko', 'en'] as const) {
      expect(Object.keys(densityMessages[lang]).sort()).toEqual([...codes].sort());
      for (const code of codes) expect(densityMessages[lang][code].length).toBeGreaterThan(0);
    }
  });
});

// ---------------------------------------------------------------- properties

const amount = (max = 1e6) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const positive = (max = 1e4) => fc.double({ min: MIN_DIVISOR, max, noNaN: true, noDefaultInfinity: true });
// Decimal inputs (multiples of 0.001) are the ones people type, and the ones
// whose binary form is inexact.
const decimal = (maxThousandths: number, minThousandths = 0) =>
  fc.integer({ min: minThousandths, max: maxThousandths }).map((n) => n / 1000);

const validInput: fc.Arbitrary<DensityInput> = fc.record({
  host: fc.record({
    cpus: fc.oneof(amount(1e4), decimal(1e6)),
    memoryMiB: fc.oneof(amount(), decimal(1e9)),
    diskGiB: fc.oneof(amount(), decimal(1e9)),
  }),
  app: fc.record({
    cpus: fc.oneof(positive(64), decimal(64_000, 1)),
    memoryMiB: fc.oneof(positive(), decimal(1e7, 1)),
    diskGiB: fc.oneof(positive(), decimal(1e7, 1)),
  }),
  cpuOvercommit: fc.oneof(fc.double({ min: 0.01, max: MAX_OVERCOMMIT, noNaN: true }), decimal(20_000, 1)),
  vm: fc.record({
    vcpus: fc.oneof(positive(64), fc.integer({ min: 1, max: 64 })),
    guestOsMemoryMiB: amount(1e5),
    guestOsDiskGiB: amount(1e3),
    hypervisorReserveMiB: amount(1e5),
    hypervisorReserveDiskGiB: amount(1e3),
  }),
  container: fc.record({
    overheadMiB: amount(1e3),
    writableLayerGiB: fc.oneof(positive(100), decimal(100_000, 1)),
    hostOsReserveMiB: amount(1e5),
    hostOsReserveDiskGiB: amount(1e3),
  }),
});

const junk = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
  fc.constant(Number.MAX_VALUE),
  fc.bigInt(),
  fc.array(fc.integer()),
);

function section<K extends string>(keys: readonly K[]) {
  return fc.oneof(
    fc.record(Object.fromEntries(keys.map((k) => [k, junk])) as Record<K, typeof junk>, { requiredKeys: [] }),
    junk,
  );
}

const messyInput = fc.record(
  {
    host: section(['cpus', 'memoryMiB', 'diskGiB']),
    app: section(['cpus', 'memoryMiB', 'diskGiB']),
    cpuOvercommit: junk,
    vm: section(['vcpus', 'guestOsMemoryMiB', 'guestOsDiskGiB', 'hypervisorReserveMiB', 'hypervisorReserveDiskGiB']),
    container: section(['overheadMiB', 'writableLayerGiB', 'hostOsReserveMiB', 'hostOsReserveDiskGiB']),
  },
  { requiredKeys: [] },
);

function isWellFormed(result: DensityResult): boolean {
  if (!result.ok) {
    return (
      result.errors.length > 0 &&
      result.errors.every((e) => (DENSITY_FIELDS as readonly string[]).includes(e.field) && typeof e.code === 'string')
    );
  }
  const counts = [result.vms.count, result.containers.count];
  return (
    counts.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    (result.vms.count === 0 ? result.ratio === null : result.ratio === result.containers.count / result.vms.count)
  );
}

describe('compareDensity: properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), messyInput), (input) => {
        expect(isWellFormed(compareDensity(input as unknown as DensityInput))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('always succeeds on valid input, with non-negative safe-integer counts', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = compareDensity(input);
        expect(result.ok).toBe(true);
        expect(isWellFormed(result)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  const resources = [
    ['cpus', 1e4],
    ['memoryMiB', MAX_AMOUNT],
    ['diskGiB', MAX_AMOUNT],
  ] as const;

  it.each(resources)('more host %s never fits fewer VMs or containers', (key, max) => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 0, max, noNaN: true }), (input, extra) => {
        const bigger = withPatch({ host: { [key]: Math.min(MAX_AMOUNT, input.host[key] + extra) } }, input);
        const before = expectOk(compareDensity(input));
        const after = expectOk(compareDensity(bigger));
        expect(after.vms.count).toBeGreaterThanOrEqual(before.vms.count);
        expect(after.containers.count).toBeGreaterThanOrEqual(before.containers.count);
      }),
      { numRuns: 500 },
    );
  });

  it('a heavier app never fits more instances', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 0, max: 1e4, noNaN: true }), (input, extra) => {
        const heavier = withPatch({ app: { memoryMiB: input.app.memoryMiB + extra } }, input);
        const before = expectOk(compareDensity(input));
        const after = expectOk(compareDensity(heavier));
        expect(after.vms.count).toBeLessThanOrEqual(before.vms.count);
        expect(after.containers.count).toBeLessThanOrEqual(before.containers.count);
      }),
      { numRuns: 300 },
    );
  });

  it('matches exact rational arithmetic on decimal inputs (thousandths)', () => {
    // Every value is n/1000; the reference works on the integers n, so it has
    // no rounding at all. floor(a / b) for non-negative BigInts; ≤ 0 → 0.
    const t = (max: number, min = 0) => fc.integer({ min, max });
    const floorDiv = (a: bigint, b: bigint) => (a <= 0n ? 0 : Number(a / b));
    const firstMin = (limits: [number, string][]) => limits.reduce((best, cur) => (cur[0] < best[0] ? cur : best));
    fc.assert(
      fc.property(
        fc.record({
          hc: t(100_000),
          hm: t(10_000_000),
          hd: t(10_000_000),
          ac: t(8_000, 1),
          am: t(100_000, 1),
          ad: t(100_000, 1),
          oc: t(16_000, 1),
          vc: t(16_000, 1),
          gm: t(100_000),
          gd: t(100_000),
          rm: t(100_000),
          rd: t(100_000),
          co: t(100_000),
          cw: t(100_000, 1),
          cm: t(100_000),
          cd: t(100_000),
        }),
        (n) => {
          const k = (x: number) => x / 1000;
          const input: DensityInput = {
            host: { cpus: k(n.hc), memoryMiB: k(n.hm), diskGiB: k(n.hd) },
            app: { cpus: k(n.ac), memoryMiB: k(n.am), diskGiB: k(n.ad) },
            cpuOvercommit: k(n.oc),
            vm: {
              vcpus: k(n.vc),
              guestOsMemoryMiB: k(n.gm),
              guestOsDiskGiB: k(n.gd),
              hypervisorReserveMiB: k(n.rm),
              hypervisorReserveDiskGiB: k(n.rd),
            },
            container: {
              overheadMiB: k(n.co),
              writableLayerGiB: k(n.cw),
              hostOsReserveMiB: k(n.cm),
              hostOsReserveDiskGiB: k(n.cd),
            },
          };
          const b = (x: number) => BigInt(x);
          // cpus·oc/vc in thousandths: (hc/1000)(oc/1000)/(vc/1000) = hc·oc / (vc·1000)
          const vmCpu = floorDiv(b(n.hc) * b(n.oc), b(n.vc) * 1000n);
          const vmMem = floorDiv(b(n.hm) - b(n.rm), b(n.am) + b(n.gm));
          const vmDisk = floorDiv(b(n.hd) - b(n.rd), b(n.ad) + b(n.gd));
          const ctCpu = floorDiv(b(n.hc) * b(n.oc), b(n.ac) * 1000n);
          const ctMem = floorDiv(b(n.hm) - b(n.cm), b(n.am) + b(n.co));
          const ctDisk = floorDiv(b(n.hd) - b(n.cd) - b(n.ad), b(n.cw));
          const [vmCount, vmNeck] = firstMin([
            [vmCpu, 'cpu'],
            [vmMem, 'memory'],
            [vmDisk, 'disk'],
          ]);
          const [ctCount, ctNeck] = firstMin([
            [ctCpu, 'cpu'],
            [ctMem, 'memory'],
            [ctDisk, 'disk'],
          ]);
          const result = expectOk(compareDensity(input));
          expect(result.vms).toEqual({ count: vmCount, bottleneck: vmNeck });
          expect(result.containers).toEqual({ count: ctCount, bottleneck: ctNeck });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(compareDensity(input)).toEqual(compareDensity(structuredClone(input)));
      }),
      { numRuns: 200 },
    );
  });
});
