/**
 * Density model: how many instances of one app fit on one host when each
 * instance is a VM versus when each instance is a container.
 *
 * Pure and deterministic: no DOM, no locale, no user-facing text. Errors are
 * returned as `{ field, code }` pairs; the UI turns codes into sentences with
 * the tables in `src/calculators/density/strings.ts (errors)`.
 */

export interface DensityInput {
  host: { cpus: number; memoryMiB: number; diskGiB: number };
  app: { cpus: number; memoryMiB: number; diskGiB: number };
  cpuOvercommit: number;
  vm: {
    vcpus: number;
    guestOsMemoryMiB: number;
    guestOsDiskGiB: number;
    hypervisorReserveMiB: number;
    hypervisorReserveDiskGiB: number;
  };
  container: {
    overheadMiB: number;
    writableLayerGiB: number;
    hostOsReserveMiB: number;
    hostOsReserveDiskGiB: number;
  };
}

export type Bottleneck = 'cpu' | 'memory' | 'disk';

export interface DensityFit {
  count: number;
  bottleneck: Bottleneck;
}

export const DENSITY_ERROR_CODES = [
  'missing',
  'not-a-number',
  'not-finite',
  'negative',
  'zero',
  'too-small',
  'too-large',
] as const;
export type DensityErrorCode = (typeof DENSITY_ERROR_CODES)[number];

export interface DensityError {
  field: DensityField;
  code: DensityErrorCode;
}

export type DensityResult =
  { ok: true; vms: DensityFit; containers: DensityFit; ratio: number | null } | { ok: false; errors: DensityError[] };

/** Every numeric input, as the dotted path reported in errors. */
export const DENSITY_FIELDS = [
  'host.cpus',
  'host.memoryMiB',
  'host.diskGiB',
  'app.cpus',
  'app.memoryMiB',
  'app.diskGiB',
  'cpuOvercommit',
  'vm.vcpus',
  'vm.guestOsMemoryMiB',
  'vm.guestOsDiskGiB',
  'vm.hypervisorReserveMiB',
  'vm.hypervisorReserveDiskGiB',
  'container.overheadMiB',
  'container.writableLayerGiB',
  'container.hostOsReserveMiB',
  'container.hostOsReserveDiskGiB',
] as const;

export type DensityField = (typeof DENSITY_FIELDS)[number];

/**
 * Ceiling for every amount (CPUs, MiB, GiB). 1e9 MiB is ~950 TiB of RAM and
 * 1e9 GiB ~930 PiB of disk — far past any single host — and it keeps every
 * scaled value below 2^53 (see SCALE).
 */
export const MAX_AMOUNT = 1e9;

/**
 * Ceiling for the vCPU overcommit ratio. Real clusters stay within tens;
 * a thousand is generous and keeps cpus × overcommit exact in BigInt and the
 * resulting count a safe integer.
 */
export const MAX_OVERCOMMIT = 1e3;

/**
 * Floor for the amounts we divide by. One thousandth of a unit is a
 * millicore for CPUs (the finest CPU unit Kubernetes accepts), ~1 KiB for
 * MiB and ~1 MiB for GiB. Anything finer would let a finite input ask for
 * more instances than a double can count exactly.
 */
export const MIN_DIVISOR = 1e-3;

/**
 * Inputs are turned into integers of 10⁻⁶ of their unit before any division,
 * and the divisions run in BigInt. That is how floating error is kept out of
 * the counts: 0.3 host CPUs / 0.1 app CPUs is 2.9999999999999996 in doubles
 * and would floor to 2, but 300000n / 100000n is exactly 3n. The cost is that
 * inputs finer than a millionth of a unit are rounded to the nearest
 * millionth, which no capacity question can notice.
 */
const SCALE = 1_000_000;
const SCALE_N = 1_000_000n;

// Fields we divide by (directly, or as the app's share of a sum).
const POSITIVE_FIELDS: ReadonlySet<DensityField> = new Set<DensityField>([
  'app.cpus',
  'app.memoryMiB',
  'app.diskGiB',
  'vm.vcpus',
  'container.writableLayerGiB',
]);

// Ties go to the first of these, so equal limits report the resource a
// planner usually checks first and the answer does not flicker between runs.
const BOTTLENECK_ORDER: readonly Bottleneck[] = ['cpu', 'memory', 'disk'];

function readPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function checkField(field: DensityField, value: unknown): DensityErrorCode | null {
  if (value === undefined) return 'missing';
  if (typeof value !== 'number' || Number.isNaN(value)) return 'not-a-number';
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  const max = field === 'cpuOvercommit' ? MAX_OVERCOMMIT : MAX_AMOUNT;
  if (value > max) return 'too-large';
  if (field === 'cpuOvercommit' || POSITIVE_FIELDS.has(field)) {
    if (value === 0) return 'zero';
    if (POSITIVE_FIELDS.has(field) && value < MIN_DIVISOR) return 'too-small';
  }
  return null;
}

/** value × 10⁶ rounded to an integer: exact, since |value| ≤ 1e9 keeps it under 2^53. */
function scaled(value: number): bigint {
  return BigInt(Math.round(value * SCALE));
}

/** floor(max(0, numerator) / denominator) for a positive denominator. */
function fit(numerator: bigint, denominator: bigint): number {
  if (numerator <= 0n) return 0;
  return Number(numerator / denominator);
}

/** The smallest of the three limits, with the tie-break of BOTTLENECK_ORDER. */
function tightest(limits: Record<Bottleneck, number>): DensityFit {
  let best: DensityFit = { count: limits.cpu, bottleneck: 'cpu' };
  for (const resource of BOTTLENECK_ORDER) {
    if (limits[resource] < best.count) best = { count: limits[resource], bottleneck: resource };
  }
  return best;
}

/**
 * vms = min(⌊host.cpus·cpuOvercommit / vm.vcpus⌋,
 *           ⌊(host.memoryMiB − vm.hypervisorReserveMiB) / (app.memoryMiB + vm.guestOsMemoryMiB)⌋,
 *           ⌊(host.diskGiB − vm.hypervisorReserveDiskGiB) / (app.diskGiB + vm.guestOsDiskGiB)⌋)
 * containers = min(⌊host.cpus·cpuOvercommit / app.cpus⌋,
 *           ⌊(host.memoryMiB − container.hostOsReserveMiB) / (app.memoryMiB + container.overheadMiB)⌋,
 *           ⌊(host.diskGiB − container.hostOsReserveDiskGiB − app.diskGiB) / container.writableLayerGiB⌋)
 * ratio = containers / vms, or null when no VM fits.
 *
 * Container disk charges the image once because every container of the app
 * shares its read-only layers; only the writable layer is per container.
 * A reserve above the host's capacity yields 0, never a negative count.
 */
export function compareDensity(input: DensityInput): DensityResult {
  const raw: unknown = input;
  const errors: DensityError[] = [];
  const v = {} as Record<DensityField, bigint>;

  for (const field of DENSITY_FIELDS) {
    const value = readPath(raw, field);
    const code = checkField(field, value);
    if (code !== null) errors.push({ field, code });
    else v[field] = scaled(value as number);
  }
  if (errors.length > 0) return { ok: false, errors };

  // cpus and overcommit are both scaled by 10⁶, so the product carries 10¹²;
  // one more 10⁶ on the divisor brings the quotient back to plain instances.
  const cpuCapacity = v['host.cpus'] * v['cpuOvercommit'];

  const vms = tightest({
    cpu: fit(cpuCapacity, v['vm.vcpus'] * SCALE_N),
    memory: fit(v['host.memoryMiB'] - v['vm.hypervisorReserveMiB'], v['app.memoryMiB'] + v['vm.guestOsMemoryMiB']),
    disk: fit(v['host.diskGiB'] - v['vm.hypervisorReserveDiskGiB'], v['app.diskGiB'] + v['vm.guestOsDiskGiB']),
  });

  const containers = tightest({
    cpu: fit(cpuCapacity, v['app.cpus'] * SCALE_N),
    memory: fit(v['host.memoryMiB'] - v['container.hostOsReserveMiB'], v['app.memoryMiB'] + v['container.overheadMiB']),
    disk: fit(
      v['host.diskGiB'] - v['container.hostOsReserveDiskGiB'] - v['app.diskGiB'],
      v['container.writableLayerGiB'],
    ),
  });

  return {
    ok: true,
    vms,
    containers,
    ratio: vms.count === 0 ? null : containers.count / vms.count,
  };
}
