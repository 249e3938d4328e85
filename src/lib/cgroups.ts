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
 * `src/i18n/messages/cgroups.ts`. Nothing here throws, whatever the input.
 *
 * Byte counts and other int64 quantities are `bigint`, because Docker's limits
 * run up to 2^63 − 1 and a JS number is exact only to 2^53.
 */

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

/**
 * 'current': the cpu.weight mapping of runc ≥ 1.3.2 / crun ≥ 1.23.
 * 'legacy': the linear mapping of older runtimes.
 */
export type CpuWeightFormula = 'current' | 'legacy';

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
   * Whether the block device uses the BFQ I/O scheduler. With BFQ, runc writes
   * the raw weight to blkio.bfq.weight (v1) / io.bfq.weight (v2) instead of
   * blkio.weight / io.weight. Default false.
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

export type CgroupsErrorCode =
  /** Not a number in the syntax Docker accepts for this flag. */
  | 'invalid-number'
  /** `--memory` / `--memory-swap`: the unit after the number is not b, k, m, g, t, p (+ b / ib). */
  | 'invalid-suffix'
  /** Below zero where Docker refuses negatives. */
  | 'negative'
  /** Past what Docker's int64 fields and arithmetic can hold (2^63 − 1). */
  | 'too-large'
  /** `--cpus` is not a whole number of nano-CPUs (more than 9 decimal places). */
  | 'cpus-precision'
  /** `--cpus` gives a CFS quota below the kernel's 1 ms minimum (under 0.01 CPU). */
  | 'cpus-too-low'
  /** `--cpus` is more than options.hostCpus. */
  | 'cpus-exceed-host'
  /** `--cpu-shares` outside 2–262144 (the kernel's cpu.shares range). */
  | 'cpu-shares-range'
  /** `--memory` below dockerd's 6 MiB minimum. */
  | 'memory-too-low'
  /** `--memory-swap` set without `--memory`. */
  | 'swap-without-memory'
  /** `--memory-swap` below `--memory`. */
  | 'swap-less-than-memory'
  /** `--blkio-weight` outside 10–1000 (0 means "not set"). */
  | 'blkio-weight-range'
  /** `--pids-limit` above the kernel's pids.max ceiling, 4194304 on 64-bit kernels. */
  | 'pids-too-large';

export const CGROUPS_ERROR_CODES: readonly CgroupsErrorCode[] = [
  'invalid-number',
  'invalid-suffix',
  'negative',
  'too-large',
  'cpus-precision',
  'cpus-too-low',
  'cpus-exceed-host',
  'cpu-shares-range',
  'memory-too-low',
  'swap-without-memory',
  'swap-less-than-memory',
  'blkio-weight-range',
  'pids-too-large',
];

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

export type MemoryBytesErrorCode = 'invalid-number' | 'invalid-suffix' | 'negative' | 'too-large';
export type MemoryBytesResult = { ok: true; bytes: bigint } | { ok: false; code: MemoryBytesErrorCode };

export type NanoCpusErrorCode = 'invalid-number' | 'cpus-precision' | 'too-large';
export type NanoCpusResult = { ok: true; nanoCpus: bigint } | { ok: false; code: NanoCpusErrorCode };

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
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const TWO_POW_63 = 2 ** 63;

// ---------------------------------------------------------------------------
// Small character helpers (Go parses bytes; every grammar below is ASCII, so
// any non-ASCII UTF-16 unit fails the same way a multi-byte sequence does)
// ---------------------------------------------------------------------------

const CH_0 = 0x30;
const CH_9 = 0x39;
const CH_UNDERSCORE = 0x5f;
const CH_DOT = 0x2e;

/** Go strconv/math/big `lower`: ORing 0x20 folds ASCII letters only. */
const lower = (c: number): number => c | 0x20;
const isDigit = (c: number): boolean => c >= CH_0 && c <= CH_9;
const isHexLetter = (c: number): boolean => lower(c) >= 0x61 && lower(c) <= 0x66;

// ---------------------------------------------------------------------------
// Go strconv.ParseInt / ParseUint with base 0 (spf13/pflag Int64Var / Uint16Var)
// ---------------------------------------------------------------------------

type GoIntResult = { ok: true; value: bigint } | { ok: false; reason: 'syntax' | 'range' };

// Go strconv/atoi.go underscoreOK: an underscore may only sit between digits,
// or between a base prefix and a digit.
function underscoreOK(text: string): boolean {
  let s = text;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const p = lower(s.charCodeAt(1));
    if (p === 0x62 || p === 0x6f || p === 0x78) {
      i = 2;
      saw = '0';
      hex = p === 0x78;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c) || (hex && isHexLetter(c))) {
      saw = '0';
      continue;
    }
    if (c === CH_UNDERSCORE) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

// Go strconv/atoi.go ParseUint(s, 0, bitSize): prefixes 0b/0o/0x, a bare
// leading 0 means octal, underscores allowed; the range error is reported at
// the first digit that overflows, before later syntax is looked at.
function goParseUint(text: string, bitSize: number): GoIntResult {
  if (text === '') return { ok: false, reason: 'syntax' };
  let s = text;
  let base = 10n;
  if (s[0] === '0') {
    const p = s.length >= 3 ? lower(s.charCodeAt(1)) : -1;
    if (p === 0x62) {
      base = 2n;
      s = s.slice(2);
    } else if (p === 0x6f) {
      base = 8n;
      s = s.slice(2);
    } else if (p === 0x78) {
      base = 16n;
      s = s.slice(2);
    } else {
      base = 8n;
      s = s.slice(1);
    }
  }
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  let underscores = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === CH_UNDERSCORE) {
      underscores = true;
      continue;
    } else if (isDigit(c)) {
      d = c - CH_0;
    } else if (lower(c) >= 0x61 && lower(c) <= 0x7a) {
      d = lower(c) - 0x61 + 10;
    } else {
      return { ok: false, reason: 'syntax' };
    }
    if (BigInt(d) >= base) return { ok: false, reason: 'syntax' };
    n = n * base + BigInt(d);
    if (n > maxVal) return { ok: false, reason: 'range' };
  }
  if (underscores && !underscoreOK(text)) return { ok: false, reason: 'syntax' };
  return { ok: true, value: n };
}

// Go strconv/atoi.go ParseInt(s, 0, 64): optional sign, then ParseUint; the
// int64 bounds are checked on the magnitude.
function goParseInt64(text: string): GoIntResult {
  if (text === '') return { ok: false, reason: 'syntax' };
  let neg = false;
  let s = text;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  const u = goParseUint(s, 64);
  if (!u.ok) return u;
  if (!neg && u.value > INT64_MAX) return { ok: false, reason: 'range' };
  if (neg && u.value > -INT64_MIN) return { ok: false, reason: 'range' };
  return { ok: true, value: neg ? -u.value : u.value };
}

// ---------------------------------------------------------------------------
// Go strconv.ParseFloat(s, 64), the number part of go-units RAMInBytes
// ---------------------------------------------------------------------------

type GoFloatResult = { ok: true; value: number } | { ok: false; reason: 'syntax' | 'range' };

// Go strconv/atof.go commonPrefixLenIgnoreCase (prefix is lower case).
function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  const n = Math.min(s.length, prefix.length);
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(i)) return i;
  }
  return n;
}

// Go strconv/atof.go special: "inf" / "infinity" with optional sign, "nan"
// without one, any case. Returns the value and how many characters it used.
function goSpecial(s: string): { value: number; n: number } | null {
  if (s.length === 0) return null;
  let sign = 1;
  let nsign = 0;
  let rest = s;
  const c = s[0];
  if (c === '+' || c === '-') {
    if (c === '-') sign = -1;
    nsign = 1;
    rest = s.slice(1);
  } else if (c === 'n' || c === 'N') {
    return commonPrefixLenIgnoreCase(s, 'nan') === 3 ? { value: Number.NaN, n: 3 } : null;
  } else if (c !== 'i' && c !== 'I') {
    return null;
  }
  let n = commonPrefixLenIgnoreCase(rest, 'infinity');
  // Anything between "inf" and "infinity" only consumes "inf".
  if (n > 3 && n < 8) n = 3;
  if (n === 3 || n === 8) return { value: sign * Number.POSITIVE_INFINITY, n: nsign + n };
  return null;
}

/** Multiplies by 2^k in steps so that no intermediate power of two over- or underflows. */
function scaleByPowerOfTwo(x: number, k: number): number {
  let v = x;
  let e = k;
  while (e > 1000) {
    v *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    v *= 2 ** -1000;
    e += 1000;
  }
  return v * 2 ** e;
}

// A hex mantissa M times 2^k, rounded once to the nearest float64 (ties to
// even), as Go's atofHex does. Number(bigint) rounds correctly; a long M is
// first cut to 64 bits with a sticky bit so that the rounding stays single.
function hexToFloat(mantissa: bigint, k: number): number {
  if (mantissa === 0n) return 0;
  const bits = mantissa.toString(2).length;
  let m = mantissa;
  let e = k;
  if (bits > 64) {
    const shift = BigInt(bits - 64);
    const sticky = (m & ((1n << shift) - 1n)) !== 0n ? 1n : 0n;
    m = (m >> shift) | sticky;
    e += bits - 64;
  }
  return scaleByPowerOfTwo(Number(m), e);
}

// Go strconv/atof.go readFloat + atof64, as reached from ParseFloat: optional
// sign, decimal or 0x-hex mantissa with one optional '.', underscores between
// digits, exponent 'e' (decimal) or mandatory 'p' (hex) whose digits stop
// counting once the value reaches 10000 — Go's own saturation, kept so that a
// giant exponent lands on the same side of overflow. Values are correctly
// rounded in Go and in JS alike, so only the grammar needs replaying.
function goParseFloat(s: string): GoFloatResult {
  const special = goSpecial(s);
  if (special !== null) {
    return special.n === s.length ? { ok: true, value: special.value } : { ok: false, reason: 'syntax' };
  }
  const syntax: GoFloatResult = { ok: false, reason: 'syntax' };
  let i = 0;
  let neg = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 0x78) {
    hex = true;
    i += 2;
  }
  let digits = '';
  let fracDigits = 0;
  let sawDot = false;
  let underscores = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === CH_UNDERSCORE) {
      underscores = true;
      continue;
    }
    if (c === CH_DOT) {
      if (sawDot) break;
      sawDot = true;
      continue;
    }
    if (isDigit(c) || (hex && isHexLetter(c))) {
      digits += s.charAt(i);
      if (sawDot) fracDigits++;
      continue;
    }
    break;
  }
  if (digits === '') return syntax;
  let exp = 0;
  const expChar = hex ? 0x70 : 0x65;
  if (i < s.length && lower(s.charCodeAt(i)) === expChar) {
    i++;
    if (i >= s.length) return syntax;
    let esign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    if (i >= s.length || !isDigit(s.charCodeAt(i))) return syntax;
    let e = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === CH_UNDERSCORE) {
        underscores = true;
        continue;
      }
      if (!isDigit(c)) break;
      if (e < 10000) e = e * 10 + (c - CH_0);
    }
    exp = esign * e;
  } else if (hex) {
    return syntax;
  }
  if (underscores && !underscoreOK(s.slice(0, i))) return syntax;
  if (i !== s.length) return syntax;

  const magnitude = hex
    ? hexToFloat(BigInt(`0x${digits}`), exp - 4 * fracDigits)
    : Number(`${digits}e${exp - fracDigits}`);
  if (!Number.isFinite(magnitude)) return { ok: false, reason: 'range' };
  return { ok: true, value: neg ? -magnitude : magnitude };
}

// ---------------------------------------------------------------------------
// --memory / --memory-swap: docker/go-units RAMInBytes
// ---------------------------------------------------------------------------

const BINARY_UNITS: Readonly<Record<string, number>> = {
  k: 2 ** 10,
  m: 2 ** 20,
  g: 2 ** 30,
  t: 2 ** 40,
  p: 2 ** 50,
};

/** Bytes Go's `len` would count for this text once encoded as UTF-8. */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

// Go strings.ToLower of a suffix of at most 3 bytes. Only ASCII letters and
// U+212A KELVIN SIGN (which lowers to 'k') can lead to a valid unit; other
// characters are left as they are and fail the unit check, as they do in Go.
function lowerSuffix(sfx: string): string {
  let out = '';
  for (const ch of sfx) {
    const c = ch.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 0x20);
    else if (ch === '\u212a') out += 'k';
    else out += ch;
  }
  return out;
}

// go-units truncates the float64 with int64(size); for NaN and past 2^63 Go's
// result is platform garbage, reported here as an error instead.
function floatToInt64(value: number): MemoryBytesResult {
  if (Number.isNaN(value)) return { ok: false, code: 'invalid-number' };
  if (!(value < TWO_POW_63)) return { ok: false, code: 'too-large' };
  return { ok: true, bytes: BigInt(Math.trunc(value)) };
}

/**
 * docker/go-units size.go RAMInBytes (parseSize with the binary map), the
 * parser behind `--memory` and `--memory-swap`: a Go float, then an optional
 * unit — b, or k/m/g/t/p (×1024^n) optionally followed by "b" or "ib", any
 * case — either glued to the number or after exactly one space. The result is
 * the float product truncated toward zero, so "1.5g" is 1610612736 and
 * "32.3 mb" is int64(32.3 × 2^20) = 33869004.
 *
 * Follows the current go-units (strings.Cut on the space); docker/cli still
 * vendors v0.5.0 (LastIndexAny on digit, dot or space), which accepts exactly
 * the same strings but blames the number rather than the unit for a few bad
 * ones, such as "32 b.".
 *
 * Deliberate departures: a NaN ("nan ") and results of 2^63 or more, which Go
 * turns into platform-dependent int64 garbage without an error, are errors
 * here ('invalid-number', 'too-large').
 */
export function parseMemoryBytes(text: string): MemoryBytesResult {
  if (typeof text !== 'string') return { ok: false, code: 'invalid-number' };
  let num: string;
  let sfx: string;
  const space = text.indexOf(' ');
  if (space >= 0) {
    num = text.slice(0, space);
    sfx = text.slice(space + 1);
  } else {
    let sep = -1;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (isDigit(c) || c === CH_DOT) {
        sep = i;
        break;
      }
    }
    if (sep === -1) return { ok: false, code: 'invalid-number' };
    num = text.slice(0, sep + 1);
    sfx = text.slice(sep + 1);
  }

  const parsed = goParseFloat(num);
  if (!parsed.ok) return { ok: false, code: parsed.reason === 'range' ? 'too-large' : 'invalid-number' };
  let size = parsed.value;
  if (size < 0) return { ok: false, code: 'negative' };
  if (sfx === '') return floatToInt64(size);

  if (utf8Length(sfx) > 3) return { ok: false, code: 'invalid-suffix' };
  const unit = lowerSuffix(sfx);
  if (unit[0] === 'b') {
    return unit.length > 1 ? { ok: false, code: 'invalid-suffix' } : floatToInt64(size);
  }
  const multiplier = BINARY_UNITS[unit[0] ?? ''];
  if (multiplier === undefined) return { ok: false, code: 'invalid-suffix' };
  size *= multiplier;
  if (unit.length === 2 && unit[1] !== 'b') return { ok: false, code: 'invalid-suffix' };
  if (unit.length === 3 && unit.slice(1) !== 'ib') return { ok: false, code: 'invalid-suffix' };
  return floatToInt64(size);
}

// ---------------------------------------------------------------------------
// --cpus: docker/cli opts.ParseCPUs over Go's big.Rat SetString
// ---------------------------------------------------------------------------

/** A byte cursor over the text, like the strings.Reader math/big scans from. */
class Cursor {
  pos = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  next(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos++) : -1;
  }
  back(): void {
    this.pos--;
  }
  atEnd(): boolean {
    return this.pos >= this.text.length;
  }
}

interface NatScan {
  ok: boolean;
  digits: string;
  base: number;
  /** > 0: digits read; <= 0: minus the number of digits after the radix point. */
  count: number;
}

// Go math/big/natconv.go nat.scan with base 0: prefixes 0b/0o/0x (and a bare
// octal 0 unless a fraction is allowed), '_' between digits, one '.' when
// fracOk. Stops before the first character that is not a digit of the base.
function natScan(r: Cursor, fracOk: boolean): NatScan {
  const fail: NatScan = { ok: false, digits: '', base: 10, count: 0 };
  let prev = '.';
  let invalSep = false;
  let b = 10;
  let prefix = '';
  let count = 0;
  let ch = r.next();
  if (ch === CH_0) {
    prev = '0';
    count = 1;
    ch = r.next();
    if (ch !== -1) {
      const p = lower(ch);
      if (p === 0x62) {
        b = 2;
        prefix = 'b';
      } else if (p === 0x6f) {
        b = 8;
        prefix = 'o';
      } else if (p === 0x78) {
        b = 16;
        prefix = 'x';
      } else if (!fracOk) {
        b = 8;
        prefix = '0';
      }
      if (prefix !== '') {
        count = 0;
        if (prefix !== '0') ch = r.next();
      }
    }
  }
  let digits = '';
  let dp = -1;
  let allowDot = fracOk;
  while (ch !== -1) {
    if (ch === CH_DOT && allowDot) {
      allowDot = false;
      if (prev === '_') invalSep = true;
      prev = '.';
      dp = count;
    } else if (ch === CH_UNDERSCORE) {
      if (prev !== '0') invalSep = true;
      prev = '_';
    } else {
      let d = 99;
      if (isDigit(ch)) d = ch - CH_0;
      else if (lower(ch) >= 0x61 && lower(ch) <= 0x7a) d = lower(ch) - 0x61 + 10;
      if (d >= b) {
        r.back();
        break;
      }
      prev = '0';
      count++;
      digits += String.fromCharCode(ch);
    }
    ch = r.next();
  }
  if (invalSep || prev === '_') return fail;
  if (count === 0) {
    // Only the octal prefix "0": the number is a decimal zero.
    if (prefix === '0') return { ok: true, digits: '0', base: 10, count: 1 };
    return fail;
  }
  if (dp >= 0) count = dp - count;
  return { ok: true, digits: digits === '' ? '0' : digits, base: b, count };
}

const BIGINT_PREFIX: Readonly<Record<number, string>> = { 2: '0b', 8: '0o', 10: '', 16: '0x' };
const natValue = (n: NatScan): bigint => BigInt(`${BIGINT_PREFIX[n.base] ?? ''}${n.digits}`);

// Go math/big/ratconv.go scanExponent(r, base2ok=true, sepOk=true): e/E
// (×10^n) or p/P (×2^n), optional sign, digits with '_' between them, and
// the value must fit an int64.
function scanExponent(r: Cursor): { ok: boolean; exp: bigint; base: 2 | 10 } {
  const ch0 = r.next();
  if (ch0 === -1) return { ok: true, exp: 0n, base: 10 };
  let base: 2 | 10;
  if (lower(ch0) === 0x65) base = 10;
  else if (lower(ch0) === 0x70) base = 2;
  else {
    r.back();
    return { ok: true, exp: 0n, base: 10 };
  }
  let text = '';
  let ch = r.next();
  if (ch === 0x2b || ch === 0x2d) {
    if (ch === 0x2d) text = '-';
    ch = r.next();
  }
  let prev = '.';
  let invalSep = false;
  let hasDigits = false;
  while (ch !== -1) {
    if (isDigit(ch)) {
      text += String.fromCharCode(ch);
      prev = '0';
      hasDigits = true;
    } else if (ch === CH_UNDERSCORE) {
      if (prev !== '0') invalSep = true;
      prev = '_';
    } else {
      r.back();
      break;
    }
    ch = r.next();
  }
  if (!hasDigits) return { ok: false, exp: 0n, base };
  const exp = BigInt(text);
  if (exp > INT64_MAX || exp < INT64_MIN) return { ok: false, exp: 0n, base };
  if (invalSep || prev === '_') return { ok: false, exp: 0n, base };
  return { ok: true, exp, base };
}

/** An exact rational sign·num·2^exp2·5^exp5 / den, the shape big.Rat SetString builds. */
interface Rational {
  neg: boolean;
  num: bigint;
  den: bigint;
  exp2: number;
  exp5: number;
}

// Go math/big/ratconv.go Rat.SetString: either "a/b" (a: Int.SetString base 0
// with sign and octal; b: unsigned, non-zero) or a float with optional sign,
// base prefix, '.', and e/p exponent. Exponents past ±1e6 (powers of 5) or
// ±1e7 (powers of 2) are refused, as Go refuses them.
function ratSetString(s: string): Rational | null {
  if (s.length === 0) return null;
  const slash = s.indexOf('/');
  if (slash >= 0) {
    const a = new Cursor(s.slice(0, slash));
    let neg = false;
    const sign = a.next();
    if (sign === -1) return null;
    if (sign === 0x2d) neg = true;
    else if (sign !== 0x2b) a.back();
    const an = natScan(a, false);
    if (!an.ok || !a.atEnd()) return null;
    const b = new Cursor(s.slice(slash + 1));
    const bn = natScan(b, false);
    if (!bn.ok || !b.atEnd()) return null;
    const den = natValue(bn);
    if (den === 0n) return null;
    return { neg, num: natValue(an), den, exp2: 0, exp5: 0 };
  }

  const r = new Cursor(s);
  let neg = false;
  const sign = r.next();
  if (sign === 0x2d) neg = true;
  else if (sign !== 0x2b) r.back();
  const mant = natScan(r, true);
  if (!mant.ok) return null;
  const ex = scanExponent(r);
  if (!ex.ok) return null;
  if (!r.atEnd()) return null;
  const num = natValue(mant);
  if (num === 0n) return { neg: false, num: 0n, den: 1n, exp2: 0, exp5: 0 };

  let exp2 = 0n;
  let exp5 = 0n;
  if (mant.count < 0) {
    const d = BigInt(mant.count);
    if (mant.base === 10) {
      exp5 = d;
      exp2 = d;
    } else if (mant.base === 2) exp2 = d;
    else if (mant.base === 8) exp2 = d * 3n;
    else exp2 = d * 4n;
  }
  if (ex.base === 10) {
    exp5 += ex.exp;
    exp2 += ex.exp;
  } else {
    exp2 += ex.exp;
  }
  if (exp5 > 1_000_000n || exp5 < -1_000_000n) return null;
  if (exp2 > 10_000_000n || exp2 < -10_000_000n) return null;
  return { neg, num, den: 1n, exp2: Number(exp2), exp5: Number(exp5) };
}

function trailingZeroBits(n: bigint): number {
  const lowest = n & -n;
  return lowest.toString(2).length - 1;
}

/**
 * docker/cli opts/opts.go ParseCPUs: `--cpus` as an exact rational
 * (math/big Rat.SetString, so "1.5", "3/2", "15e-1" and "0x1.8p0" are all 1.5),
 * times 1e9; it must come out a whole number of nano-CPUs ("value is too
 * precise" otherwise) and is then read as an int64. The sign is kept: dockerd,
 * not the CLI, refuses negatives.
 *
 * Departure: where Go's Int64() would silently wrap a value past int64, this
 * returns 'too-large'.
 */
export function parseNanoCpus(text: string): NanoCpusResult {
  if (typeof text !== 'string') return { ok: false, code: 'invalid-number' };
  const rat = ratSetString(text);
  if (rat === null) return { ok: false, code: 'invalid-number' };
  if (rat.num === 0n) return { ok: true, nanoCpus: 0n };

  // nano = ±num · 2^(exp2+9) · 5^(exp5+9) / den, which must be an integer.
  let num = rat.num;
  const den = rat.den;
  const a2 = rat.exp2 + 9;
  const a5 = rat.exp5 + 9;
  if (a2 < 0) {
    if (trailingZeroBits(num) < -a2) return { ok: false, code: 'cpus-precision' };
    num >>= BigInt(-a2);
  }
  if (a5 < 0) {
    // 5^k > num once 2k ≥ bit length, so no need to build that power.
    if (-a5 * 2 >= num.toString(2).length) return { ok: false, code: 'cpus-precision' };
    const p = 5n ** BigInt(-a5);
    if (num % p !== 0n) return { ok: false, code: 'cpus-precision' };
    num /= p;
  }
  // num ≥ 1 here, so a positive exponent this large already passes int64.
  if (a2 > 64 || a5 > 28) return { ok: false, code: 'too-large' };
  if (a2 > 0) num <<= BigInt(a2);
  if (a5 > 0) num *= 5n ** BigInt(a5);
  if (num % den !== 0n) return { ok: false, code: 'cpus-precision' };
  num /= den;
  const nano = rat.neg ? -num : num;
  if (nano > INT64_MAX || nano < INT64_MIN) return { ok: false, code: 'too-large' };
  return { ok: true, nanoCpus: nano };
}

// ---------------------------------------------------------------------------
// Conversions from the OCI spec (cgroup v1 semantics) to cgroup v2 values
// ---------------------------------------------------------------------------

/**
 * opencontainers/cgroups utils.go ConvertCPUSharesToCgroupV2Value, cpu.shares
 * (v1) to cpu.weight (v2), with the Go uint64 argument.
 *
 * 'current' (runc ≥ 1.3.2, crun ≥ 1.23): 0 → 0 (unset); ≤ 2 → 1; ≥ 262144 →
 * 10000; otherwise ceil(10^((l² + 125·l)/612 − 7/34)) with l = log2(shares), a
 * quadratic in log2 that maps 2 → 1, 1024 → 100 and 262144 → 10000.
 *
 * 'legacy' (older runc and crun): 1 + ((shares − 2) · 9999) / 262142 in uint64
 * arithmetic, which wraps for shares < 2 and exceeds 10000 above 262144 — the
 * out-of-range weights the kernel then refuses.
 *
 * Float64 note: Go's Log2/Pow and a JS engine's may differ in the last ulp,
 * which could only matter where 10^exponent sits next to an integer. Over
 * 3 … 262143 none comes closer than 4·10^-10 (relative) except the exact
 * anchor 1024 → 100, so ceil agrees; the tests check all 262146 values
 * against Go's output.
 */
export function cpuSharesToCpuWeight(shares: bigint, formula: CpuWeightFormula = 'current'): bigint {
  const s = BigInt.asUintN(64, shares);
  if (formula === 'legacy') {
    if (s === 0n) return 0n;
    const scaled = BigInt.asUintN(64, BigInt.asUintN(64, s - 2n) * 9999n);
    return BigInt.asUintN(64, 1n + scaled / 262142n);
  }
  if (s === 0n) return 0n;
  if (s <= 2n) return 1n;
  if (s >= 262144n) return 10000n;
  const l = Math.log2(Number(s));
  const exponent = (l * l + 125 * l) / 612 - 7 / 34;
  return BigInt(Math.ceil(10 ** exponent));
}

/**
 * opencontainers/cgroups utils.go ConvertBlkIOToIOWeightValue: blkio.weight
 * 10–1000 (v1) onto io.weight 1–10000 (v2), 1 + (w − 10) · 9999 / 990 in
 * Go's uint16 → uint64 arithmetic (so below 10 it wraps); 0 stays 0 (unset).
 */
export function blkioWeightToIoWeight(weight: bigint): bigint {
  const w = BigInt.asUintN(16, weight);
  if (w === 0n) return 0n;
  const scaled = BigInt.asUintN(64, BigInt.asUintN(64, w - 10n) * 9999n);
  return BigInt.asUintN(64, 1n + scaled / 990n);
}

export type SwapV2Result = { ok: true; value: bigint } | { ok: false };

/**
 * opencontainers/cgroups utils.go ConvertMemorySwapToCgroupV2Value: the OCI
 * spec's swap is memory+swap (v1's memsw), v2's memory.swap.max is swap alone,
 * so memory is subtracted where that makes sense. 0 means unset, -1 unlimited.
 */
export function memorySwapToV2(memorySwap: bigint, memory: bigint): SwapV2Result {
  if (memory === -1n && memorySwap === 0n) return { ok: true, value: -1n };
  if (memorySwap === -1n || memorySwap === 0n) return { ok: true, value: memorySwap };
  if (memory === -1n) return { ok: true, value: memorySwap };
  if (memory === 0n) return { ok: false };
  if (memory < 0n) return { ok: false };
  if (memorySwap < memory) return { ok: false };
  return { ok: true, value: memorySwap - memory };
}

// ---------------------------------------------------------------------------
// The whole chain
// ---------------------------------------------------------------------------

/** A flag's text; null when the flag counts as not given; undefined when it is not text at all. */
function given(value: unknown): string | null | undefined {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') return undefined;
  return value;
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
  const errors: CgroupsError[] = [];
  const fail = (flag: DockerResourceFlag, code: CgroupsErrorCode): null => {
    errors.push({ flag, code });
    return null;
  };
  const input = (flag: DockerResourceFlag): string | null | undefined =>
    typeof flags === 'object' && flags !== null ? given((flags as Record<string, unknown>)[flag]) : null;
  const opts: CgroupsOptions = typeof options === 'object' && options !== null ? options : {};
  const formula: CpuWeightFormula = opts.weightFormula === 'legacy' ? 'legacy' : 'current';

  // --cpus → CFS quota in µs (null: not written)
  const cpusText = input('cpus');
  const quota = ((): bigint | null => {
    if (cpusText === null) return null;
    if (cpusText === undefined) return fail('cpus', 'invalid-number');
    const parsed = parseNanoCpus(cpusText);
    if (!parsed.ok) return fail('cpus', parsed.code);
    const nano = parsed.nanoCpus;
    if (nano === 0n) return null;
    if (nano < 0n) return fail('cpus', 'negative');
    const host = opts.hostCpus;
    if (typeof host === 'number' && Number.isSafeInteger(host) && host > 0 && nano > BigInt(host) * NANO_PER_CPU) {
      return fail('cpus', 'cpus-exceed-host');
    }
    // dockerd multiplies in int64 before dividing; past this it would wrap.
    if (nano * CFS_PERIOD_US > INT64_MAX) return fail('cpus', 'too-large');
    const q = (nano * CFS_PERIOD_US) / NANO_PER_CPU;
    if (q > 0n && q < MIN_CFS_QUOTA_US) return fail('cpus', 'cpus-too-low');
    return q;
  })();

  // --cpu-shares
  const sharesText = input('cpuShares');
  const shares = ((): bigint | null => {
    if (sharesText === null) return null;
    if (sharesText === undefined) return fail('cpuShares', 'invalid-number');
    const parsed = goParseInt64(sharesText);
    if (!parsed.ok) return fail('cpuShares', parsed.reason === 'range' ? 'too-large' : 'invalid-number');
    const v = parsed.value;
    if (v === 0n) return null;
    if (v < 0n) return fail('cpuShares', 'negative');
    if (v < MIN_CPU_SHARES || v > MAX_CPU_SHARES) return fail('cpuShares', 'cpu-shares-range');
    return v;
  })();

  // --memory (null: not given or 0; undefined: unusable for cross-checks)
  const memoryText = input('memory');
  let memoryParsed: bigint | undefined;
  const memory = ((): bigint | null => {
    if (memoryText === null) {
      memoryParsed = 0n;
      return null;
    }
    if (memoryText === undefined) return fail('memory', 'invalid-number');
    const parsed = parseMemoryBytes(memoryText);
    if (!parsed.ok) return fail('memory', parsed.code);
    memoryParsed = parsed.bytes;
    if (parsed.bytes === 0n) return null;
    if (parsed.bytes < MIN_MEMORY_BYTES) return fail('memory', 'memory-too-low');
    return parsed.bytes;
  })();

  // --memory-swap → the memory+swap total dockerd puts in the spec (null: none)
  const swapText = input('memorySwap');
  const swap = ((): bigint | null => {
    let requested = 0n;
    if (swapText === undefined) return fail('memorySwap', 'invalid-number');
    if (swapText === '-1') requested = -1n;
    else if (swapText !== null) {
      const parsed = parseMemoryBytes(swapText);
      if (!parsed.ok) return fail('memorySwap', parsed.code);
      requested = parsed.bytes;
    }
    if (memoryParsed === undefined) return null;
    if (requested > 0n && memoryParsed === 0n) return fail('memorySwap', 'swap-without-memory');
    if (requested > 0n && memoryParsed > 0n && requested < memoryParsed) {
      return fail('memorySwap', 'swap-less-than-memory');
    }
    if (memory === null) return null;
    const total = requested === 0n ? BigInt.asIntN(64, memory * 2n) : requested;
    return total > 0n ? total : null;
  })();

  // --blkio-weight
  const blkioText = input('blkioWeight');
  const blkio = ((): bigint | null => {
    if (blkioText === null) return null;
    if (blkioText === undefined) return fail('blkioWeight', 'invalid-number');
    const parsed = goParseUint(blkioText, 16);
    if (!parsed.ok) return fail('blkioWeight', parsed.reason === 'range' ? 'blkio-weight-range' : 'invalid-number');
    const v = parsed.value;
    if (v === 0n) return null;
    if (v < MIN_BLKIO_WEIGHT || v > MAX_BLKIO_WEIGHT) return fail('blkioWeight', 'blkio-weight-range');
    return v;
  })();

  // --pids-limit
  const pidsText = input('pidsLimit');
  const pids = ((): bigint | null => {
    if (pidsText === null) return null;
    if (pidsText === undefined) return fail('pidsLimit', 'invalid-number');
    const parsed = goParseInt64(pidsText);
    if (!parsed.ok) return fail('pidsLimit', parsed.reason === 'range' ? 'too-large' : 'invalid-number');
    const v = parsed.value;
    if (v <= 0n) return null;
    if (v > MAX_PIDS_LIMIT) return fail('pidsLimit', 'pids-too-large');
    return v;
  })();

  if (errors.length > 0) return { ok: false, errors };

  // opencontainers/cgroups fs/fs.go: subsystems run memory, cpu, pids, blkio.
  const v1: Partial<Record<CgroupV1File, string>> = {};
  if (memory !== null) v1['memory.limit_in_bytes'] = memory.toString();
  if (memory !== null && swap !== null) v1['memory.memsw.limit_in_bytes'] = swap.toString();
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
  if (memory !== null) {
    if (swap !== null) {
      // fs2 numToStr: -1 is "max"; a 0 from equal limits is written as "0".
      const converted = memorySwapToV2(swap, memory);
      if (converted.ok) v2['memory.swap.max'] = converted.value === -1n ? 'max' : converted.value.toString();
    }
    v2['memory.max'] = memory.toString();
  }
  if (blkio !== null) {
    if (opts.bfq === true) v2['io.bfq.weight'] = blkio.toString();
    else v2['io.weight'] = blkioWeightToIoWeight(blkio).toString();
  }
  if (shares !== null) v2['cpu.weight'] = cpuSharesToCpuWeight(shares, formula).toString();
  if (quota !== null) v2['cpu.max'] = `${quota > 0n ? quota.toString() : 'max'} ${CFS_PERIOD_US.toString()}`;

  return { ok: true, v1, v2 };
}
