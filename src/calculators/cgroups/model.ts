/**
 * cgroups model: which cgroup v1 and v2 interface files the container runtime
 * writes, and with which values, for six `docker run` resource flags.
 *
 * The chain reproduced here, link by link:
 *   1. docker/cli parses the text after each flag (go-units, math/big, strconv);
 *   2. moby (dockerd) validates the numbers, fills defaults and builds the OCI
 *      runtime spec;
 *   3. runc converts the spec (opencontainers/cgroups) and its fs / fs2
 *      managers write the files;
 *   4. where the kernel refuses a value the runtime writes, the container
 *      fails to start, so that refusal is reported as an error as well.
 *
 * Pure and deterministic: no DOM, no locale, no user-facing text. Errors are
 * `{ flag, code }` pairs; the UI turns codes into sentences with the tables in
 * `src/calculators/cgroups/strings.ts (errors)`. Nothing here throws, whatever the input.
 *
 * The links live in their own modules, one per upstream:
 *   src/lib/go/strconv.ts      Go strconv ParseInt / ParseUint / ParseFloat
 *   src/lib/go/big-rat.ts      Go math/big Rat.SetString
 *   src/lib/cgroups/units.ts   docker/go-units RAMInBytes, docker/cli ParseCPUs
 *   src/lib/cgroups/convert.ts opencontainers/cgroups v1 → v2 conversions
 * and this file holds the public types, the constants with their sources, and
 * the moby/runc chain that ties them together (one parser per flag, then the
 * cross-flag checks). Its exports are a public API (DESIGN.md).
 *
 * Byte counts and other int64 quantities are `bigint`, because Docker's limits
 * run up to 2^63 − 1 and a JS number is exact only to 2^53.
 */

import {
  blkioWeightToIoWeight,
  cpuSharesToCpuWeight,
  memorySwapToV2,
  type CpuWeightFormula,
} from '../../lib/cgroups/convert.ts';
import { parseMemoryBytes, parseNanoCpus } from '../../lib/cgroups/units.ts';
import { INT64_MAX } from '../../lib/go/ascii.ts';
import { parseInt64, parseUint } from '../../lib/go/strconv.ts';

export type { CpuWeightFormula, SwapV2Result } from '../../lib/cgroups/convert.ts';
export { blkioWeightToIoWeight, cpuSharesToCpuWeight, memorySwapToV2 } from '../../lib/cgroups/convert.ts';
export type {
  MemoryBytesErrorCode,
  MemoryBytesResult,
  NanoCpusErrorCode,
  NanoCpusResult,
} from '../../lib/cgroups/units.ts';
export { parseMemoryBytes, parseNanoCpus } from '../../lib/cgroups/units.ts';

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/** The flags modelled, named as keys of {@link DockerResourceFlags}. */
export type DockerResourceFlag = 'cpus' | 'cpuShares' | 'memory' | 'memorySwap' | 'blkioWeight' | 'pidsLimit';

export const DOCKER_RESOURCE_FLAGS: readonly DockerResourceFlag[] = [
  'cpus',
  'cpuShares',
  'memory',
  'memorySwap',
  'blkioWeight',
  'pidsLimit',
];

/**
 * The text typed after each flag: `--cpus`, `--cpu-shares`, `--memory`,
 * `--memory-swap`, `--blkio-weight`, `--pids-limit`.
 *
 * An absent key, `undefined`, or the empty string means "flag not given". The
 * empty string is a convenience for form fields: the real CLI rejects
 * `--memory=""`. Any other string is parsed exactly as Docker parses it, so
 * `" 1"` (leading space) is an error, as it is for Docker.
 */
export type DockerResourceFlags = { [K in DockerResourceFlag]?: string | undefined };

export interface CgroupsOptions {
  /** Default 'current'. */
  weightFormula?: CpuWeightFormula | undefined;
  /**
   * CPUs the daemon sees (Go's runtime.NumCPU()). dockerd always checks
   * `--cpus` against it; here the check runs only when a positive safe
   * integer is given, and any other value is ignored.
   */
  hostCpus?: number | undefined;
  /**
   * Whether the container's cgroup has the BFQ weight file (blkio.bfq.weight
   * on v1, io.bfq.weight on v2), which the kernel provides whenever the BFQ I/O
   * scheduler is built in or loaded, whatever scheduler each disk uses. runc
   * (opencontainers/cgroups fs/blkio.go, fs2/io.go) checks for that file, not
   * for a device's scheduler: when it exists, the raw weight goes there instead
   * of blkio.weight / io.weight. Default false.
   */
  bfq?: boolean | undefined;
}

export type CgroupV1File =
  | 'memory.limit_in_bytes'
  | 'memory.memsw.limit_in_bytes'
  | 'cpu.shares'
  | 'cpu.cfs_period_us'
  | 'cpu.cfs_quota_us'
  | 'pids.max'
  | 'blkio.weight'
  | 'blkio.bfq.weight';

export type CgroupV2File =
  'pids.max' | 'memory.swap.max' | 'memory.max' | 'io.weight' | 'io.bfq.weight' | 'cpu.weight' | 'cpu.max';

export const CGROUPS_ERROR_CODES = [
  /** Not a number in the syntax Docker accepts for this flag. */
  'invalid-number',
  /** `--memory` / `--memory-swap`: the unit after the number is not b, k, m, g, t, p (+ b / ib). */
  'invalid-suffix',
  /** Below zero where Docker refuses negatives. */
  'negative',
  /** Past what Docker's int64 fields and arithmetic can hold (2^63 − 1). */
  'too-large',
  /** `--cpus` is not a whole number of nano-CPUs (more than 9 decimal places). */
  'cpus-precision',
  /** `--cpus` gives a CFS quota below the kernel's 1 ms minimum (under 0.01 CPU). */
  'cpus-too-low',
  /** `--cpus` is more than options.hostCpus. */
  'cpus-exceed-host',
  /** `--cpu-shares` outside 2–262144 (the kernel's cpu.shares range). */
  'cpu-shares-range',
  /** `--memory` below dockerd's 6 MiB minimum. */
  'memory-too-low',
  /** `--memory-swap` set without `--memory`. */
  'swap-without-memory',
  /** `--memory-swap` below `--memory`. */
  'swap-less-than-memory',
  /** `--blkio-weight` outside 10–1000 (0 means "not set"). */
  'blkio-weight-range',
  /** `--pids-limit` above the kernel's pids.max ceiling, 4194304 on 64-bit kernels. */
  'pids-too-large',
] as const;
export type CgroupsErrorCode = (typeof CGROUPS_ERROR_CODES)[number];

export interface CgroupsError {
  flag: DockerResourceFlag;
  code: CgroupsErrorCode;
}

/**
 * Files the runtime writes, in the order it writes them. A file missing from
 * the map is not written, so the kernel default of a fresh cgroup stays
 * ("max" for limits, 100000 µs for the CFS period, 1024 shares / weight 100).
 */
export type CgroupsResult =
  | { ok: true; v1: Partial<Record<CgroupV1File, string>>; v2: Partial<Record<CgroupV2File, string>> }
  | { ok: false; errors: CgroupsError[] };

// ---------------------------------------------------------------------------
// Constants, each with where it comes from
// ---------------------------------------------------------------------------

/** moby daemon/daemon_unix.go `linuxMinMemory`: 6 MiB, "to account for overhead during startup". */
export const MIN_MEMORY_BYTES = 6291456n;

/** moby daemon/daemon_unix.go getCPUResources: `100 * time.Millisecond / time.Microsecond`. */
export const CFS_PERIOD_US = 100000n;

/** Linux kernel/sched/core.c `min_cfs_quota_period`: tg_set_cfs_bandwidth refuses a smaller quota. */
export const MIN_CFS_QUOTA_US = 1000n;

/** Linux kernel/sched: MIN_SHARES = 2, MAX_SHARES = 1 << 18 (the bounds cpu.shares clamps to). */
export const MIN_CPU_SHARES = 2n;
export const MAX_CPU_SHARES = 262144n;

/** moby daemon/daemon_unix.go verifyPlatformContainerResources: "Range of blkio weight is from 10 to 1000". */
export const MIN_BLKIO_WEIGHT = 10n;
export const MAX_BLKIO_WEIGHT = 1000n;

/**
 * Linux kernel/cgroup/pids.c pids_max_write refuses `limit >= PIDS_MAX`, where
 * PIDS_MAX = PID_MAX_LIMIT + 1 and PID_MAX_LIMIT is 4 * 1024 * 1024 on 64-bit.
 */
export const MAX_PIDS_LIMIT = 4194304n;

const NANO_PER_CPU = 1_000_000_000n;

/** One flag after its own parser: the value to write (null: nothing), or why not. */
type FlagOutcome = { ok: true; value: bigint | null } | { ok: false; code: CgroupsErrorCode };

/** --memory also reports the parsed byte count, which --memory-swap is checked against even when refused. */
type MemoryOutcome = FlagOutcome & { parsed?: bigint };

const value = (v: bigint | null): FlagOutcome => ({ ok: true, value: v });
const refuse = (code: CgroupsErrorCode): FlagOutcome => ({ ok: false, code });

/** Go strconv errors as the CLI reports them: out of range is 'too-large', the rest is not a number. */
const intCode = (reason: 'syntax' | 'range'): CgroupsErrorCode => (reason === 'range' ? 'too-large' : 'invalid-number');

/**
 * Each flag's own parsing and validation, for given text (docker/cli, then
 * dockerd). --memory-swap only parses here; its checks against --memory run
 * in the cross-flag pass below.
 */
const FLAG_PARSERS: {
  [K in Exclude<DockerResourceFlag, 'memorySwap'>]: (text: string, opts: CgroupsOptions) => FlagOutcome;
} = {
  // --cpus → CFS quota in µs
  cpus(text, opts) {
    const parsed = parseNanoCpus(text);
    if (!parsed.ok) return refuse(parsed.code);
    const nano = parsed.nanoCpus;
    if (nano === 0n) return value(null);
    if (nano < 0n) return refuse('negative');
    const host = opts.hostCpus;
    if (typeof host === 'number' && Number.isSafeInteger(host) && host > 0 && nano > BigInt(host) * NANO_PER_CPU) {
      return refuse('cpus-exceed-host');
    }
    // dockerd multiplies in int64 before dividing; past this it would wrap.
    if (nano * CFS_PERIOD_US > INT64_MAX) return refuse('too-large');
    const quota = (nano * CFS_PERIOD_US) / NANO_PER_CPU;
    if (quota > 0n && quota < MIN_CFS_QUOTA_US) return refuse('cpus-too-low');
    return value(quota);
  },
  cpuShares(text) {
    const parsed = parseInt64(text);
    if (!parsed.ok) return refuse(intCode(parsed.reason));
    const v = parsed.value;
    if (v === 0n) return value(null);
    if (v < 0n) return refuse('negative');
    if (v < MIN_CPU_SHARES || v > MAX_CPU_SHARES) return refuse('cpu-shares-range');
    return value(v);
  },
  memory(text): MemoryOutcome {
    const parsed = parseMemoryBytes(text);
    if (!parsed.ok) return refuse(parsed.code);
    const bytes = parsed.bytes;
    if (bytes === 0n) return { ok: true, value: null, parsed: bytes };
    if (bytes < MIN_MEMORY_BYTES) return { ok: false, code: 'memory-too-low', parsed: bytes };
    return { ok: true, value: bytes, parsed: bytes };
  },
  blkioWeight(text) {
    const parsed = parseUint(text, 16);
    if (!parsed.ok) return refuse(parsed.reason === 'range' ? 'blkio-weight-range' : 'invalid-number');
    const v = parsed.value;
    if (v === 0n) return value(null);
    if (v < MIN_BLKIO_WEIGHT || v > MAX_BLKIO_WEIGHT) return refuse('blkio-weight-range');
    return value(v);
  },
  pidsLimit(text) {
    const parsed = parseInt64(text);
    if (!parsed.ok) return refuse(intCode(parsed.reason));
    const v = parsed.value;
    if (v <= 0n) return value(null);
    if (v > MAX_PIDS_LIMIT) return refuse('pids-too-large');
    return value(v);
  },
};

/**
 * Each flag's outcome when it is not given: nothing written. A --memory that was not given also counts
 * as 0 bytes for the --memory-swap checks (dockerd compares against HostConfig.Memory, 0 when unset),
 * so a swap limit without it is 'swap-without-memory'.
 */
const NOT_GIVEN: {
  [K in Exclude<DockerResourceFlag, 'memorySwap'>]: K extends 'memory' ? MemoryOutcome : FlagOutcome;
} = {
  cpus: value(null),
  cpuShares: value(null),
  memory: { ok: true, value: null, parsed: 0n },
  blkioWeight: value(null),
  pidsLimit: value(null),
};

/**
 * --memory-swap → the memory+swap total dockerd puts in the spec. `memory` is
 * --memory's outcome; `text` is null when the flag was not given.
 */
function memorySwapOutcome(text: string | null, memory: MemoryOutcome): FlagOutcome {
  let requested = 0n;
  if (text === '-1') requested = -1n;
  else if (text !== null) {
    const parsed = parseMemoryBytes(text);
    if (!parsed.ok) return refuse(parsed.code);
    requested = parsed.bytes;
  }
  const memoryBytes = memory.parsed;
  if (memoryBytes === undefined) return value(null);
  if (requested > 0n && memoryBytes === 0n) return refuse('swap-without-memory');
  if (requested > 0n && memoryBytes > 0n && requested < memoryBytes) return refuse('swap-less-than-memory');
  if (!memory.ok || memory.value === null) return value(null);
  const total = requested === 0n ? BigInt.asIntN(64, memory.value * 2n) : requested;
  return value(total > 0n ? total : null);
}

/** A flag's text; null when the flag counts as not given; undefined when it is not text at all. */
function given(raw: unknown): string | null | undefined {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') return undefined;
  return raw;
}

/**
 * `docker run` resource flags → the cgroup files the runtime writes.
 *
 * Per flag (docker/cli parsing → moby validation and spec → runc):
 * - `--cpus`: ParseCPUs to nano-CPUs; 0 means unset; negative, or more than
 *   options.hostCpus, is refused by dockerd. dockerd's getCPUResources sets
 *   period 100000 µs and quota = nano · 100000 / 1e9 (int64, truncated). runc
 *   writes v1 cpu.cfs_period_us then cpu.cfs_quota_us (only if the quota is
 *   not 0), v2 cpu.max "<quota> <period>" — "max <period>" when the quota
 *   truncated to 0 (below 0.00001 CPU), which leaves the CPU unlimited. A
 *   quota of 1–999 µs is refused by the kernel (1 ms minimum).
 * - `--cpu-shares`: int64 (base 0: "0x400" and "02000" are 1024); 0 means
 *   unset, negative is refused by dockerd. cpu.shares (v1) outside 2–262144 is
 *   clamped by the kernel, and runc, reading it back, fails; v2 cpu.weight
 *   comes from cpuSharesToCpuWeight.
 * - `--memory`: RAMInBytes; 0 means unset; below 6 MiB is refused by dockerd.
 *   memory.limit_in_bytes (v1), memory.max (v2).
 * - `--memory-swap`: "-1" (exactly) means unlimited, which dockerd leaves out
 *   of the spec so nothing is written; otherwise RAMInBytes, 0 meaning unset.
 *   It needs `--memory` and may not be below it. Unset with `--memory` given,
 *   dockerd's adaptContainerSettings makes it 2 × memory (int64, wrapping).
 *   memory.memsw.limit_in_bytes (v1) is memory+swap; memory.swap.max (v2) is
 *   the difference (memorySwapToV2), written first, and "0" when equal.
 * - `--blkio-weight`: uint16 (base 0); 0 means unset; 10–1000 otherwise.
 *   blkio.weight (v1), io.weight via blkioWeightToIoWeight (v2); with
 *   options.bfq the raw weight goes to blkio.bfq.weight / io.bfq.weight.
 * - `--pids-limit`: int64 (base 0); 0 and any negative mean unlimited, which
 *   the API handler turns into "no limit in the spec", so nothing is written.
 *   pids.max (v1 and v2); above 4194304 the kernel refuses it.
 *
 * Every flag is checked and every bad one reported (one error each), unlike
 * dockerd, which stops at the first. Cross-flag checks of --memory-swap run
 * only when --memory parsed.
 */
export function dockerResourcesToCgroups(flags: DockerResourceFlags, options: CgroupsOptions = {}): CgroupsResult {
  const opts: CgroupsOptions = typeof options === 'object' && options !== null ? options : {};
  const formula: CpuWeightFormula = opts.weightFormula === 'legacy' ? 'legacy' : 'current';
  const input = (flag: DockerResourceFlag): string | null | undefined =>
    typeof flags === 'object' && flags !== null ? given((flags as Record<string, unknown>)[flag]) : null;

  const outcomes = {} as Record<DockerResourceFlag, FlagOutcome> & { memory: MemoryOutcome };
  for (const flag of DOCKER_RESOURCE_FLAGS) {
    if (flag === 'memorySwap') continue;
    const text = input(flag);
    outcomes[flag] =
      text === null ? NOT_GIVEN[flag] : text === undefined ? refuse('invalid-number') : FLAG_PARSERS[flag](text, opts);
  }
  const swapText = input('memorySwap');
  outcomes.memorySwap =
    swapText === undefined ? refuse('invalid-number') : memorySwapOutcome(swapText, outcomes.memory);

  const errors: CgroupsError[] = [];
  for (const flag of DOCKER_RESOURCE_FLAGS) {
    const outcome = outcomes[flag];
    if (!outcome.ok) errors.push({ flag, code: outcome.code });
  }
  if (errors.length > 0) return { ok: false, errors };
  const written = (flag: DockerResourceFlag): bigint | null => {
    const outcome = outcomes[flag];
    return outcome.ok ? outcome.value : null;
  };
  const quota = written('cpus');
  const shares = written('cpuShares');
  const memoryLimit = written('memory');
  const swap = written('memorySwap');
  const blkio = written('blkioWeight');
  const pids = written('pidsLimit');

  // opencontainers/cgroups fs/fs.go: subsystems run memory, cpu, pids, blkio.
  const v1: Partial<Record<CgroupV1File, string>> = {};
  if (memoryLimit !== null) v1['memory.limit_in_bytes'] = memoryLimit.toString();
  if (memoryLimit !== null && swap !== null) v1['memory.memsw.limit_in_bytes'] = swap.toString();
  if (shares !== null) v1['cpu.shares'] = shares.toString();
  if (quota !== null) {
    v1['cpu.cfs_period_us'] = CFS_PERIOD_US.toString();
    if (quota !== 0n) v1['cpu.cfs_quota_us'] = quota.toString();
  }
  if (pids !== null) v1['pids.max'] = pids.toString();
  if (blkio !== null) v1[opts.bfq === true ? 'blkio.bfq.weight' : 'blkio.weight'] = blkio.toString();

  // opencontainers/cgroups fs2/fs2.go Set: pids, memory (swap first), io, cpu.
  const v2: Partial<Record<CgroupV2File, string>> = {};
  if (pids !== null) v2['pids.max'] = pids.toString();
  if (memoryLimit !== null) {
    if (swap !== null) {
      // fs2 numToStr: -1 is "max"; a 0 from equal limits is written as "0".
      const converted = memorySwapToV2(swap, memoryLimit);
      if (converted.ok) v2['memory.swap.max'] = converted.value === -1n ? 'max' : converted.value.toString();
    }
    v2['memory.max'] = memoryLimit.toString();
  }
  if (blkio !== null) {
    if (opts.bfq === true) v2['io.bfq.weight'] = blkio.toString();
    else v2['io.weight'] = blkioWeightToIoWeight(blkio).toString();
  }
  if (shares !== null) v2['cpu.weight'] = cpuSharesToCpuWeight(shares, formula).toString();
  if (quota !== null) v2['cpu.max'] = `${quota > 0n ? quota.toString() : 'max'} ${CFS_PERIOD_US.toString()}`;

  return { ok: true, v1, v2 };
}
