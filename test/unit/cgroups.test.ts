import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CGROUPS_ERROR_CODES,
  DOCKER_RESOURCE_FLAGS,
  blkioWeightToIoWeight,
  cpuSharesToCpuWeight,
  dockerResourcesToCgroups,
  memorySwapToV2,
  parseMemoryBytes,
  parseNanoCpus,
  type CgroupsOptions,
  type CgroupsResult,
  type DockerResourceFlags,
} from '../../src/lib/cgroups.ts';
import { cgroupsMessages } from '../../src/i18n/messages/cgroups.ts';

const KiB = 1024n;
const MiB = 1024n * KiB;
const GiB = 1024n * MiB;
const TiB = 1024n * GiB;
const PiB = 1024n * TiB;

function expectOk(result: CgroupsResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

const run = (flags: DockerResourceFlags, options?: CgroupsOptions) =>
  expectOk(dockerResourcesToCgroups(flags, options));

function errorsOf(flags: DockerResourceFlags, options?: CgroupsOptions) {
  const result = dockerResourcesToCgroups(flags, options);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result)}`);
  return result.errors;
}

/** parseMemoryBytes as one string: the byte count, or the error code. */
const mem = (text: string): string => {
  const r = parseMemoryBytes(text);
  return r.ok ? r.bytes.toString() : r.code;
};

/** parseNanoCpus as one string: the nano-CPU count, or the error code. */
const nano = (text: string): string => {
  const r = parseNanoCpus(text);
  return r.ok ? r.nanoCpus.toString() : r.code;
};

/** FNV-1a, 32 bit, over an ASCII string — Go's hash/fnv New32a. */
function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------
// --memory / --memory-swap text: RAMInBytes
// ---------------------------------------------------------------------------

describe('parseMemoryBytes', () => {
  // docker/go-units size_test.go, TestRAMInBytes and ExampleRAMInBytes.
  // 32.3 MiB and 0.3 MiB are int64(32.3 * MiB) and int64(0.3 * MiB) there.
  it.each([
    ['32', 32n],
    ['32b', 32n],
    ['32B', 32n],
    ['32k', 32n * KiB],
    ['32K', 32n * KiB],
    ['32kb', 32n * KiB],
    ['32Kb', 32n * KiB],
    ['32Kib', 32n * KiB],
    ['32KIB', 32n * KiB],
    ['32Mb', 32n * MiB],
    ['32Gb', 32n * GiB],
    ['32Tb', 32n * TiB],
    ['32Pb', 32n * PiB],
    ['32PB', 32n * PiB],
    ['32P', 32n * PiB],
    ['32.3', 32n],
    ['32.3 mb', 33869004n],
    ['0.3MB', 314572n],
  ])('go-units TestRAMInBytes: %j → %s bytes', (text, bytes) => {
    expect(parseMemoryBytes(text)).toEqual({ ok: true, bytes });
  });

  // docker/go-units size_test.go, TestRAMInBytes error cases.
  it.each([
    ['', 'invalid-number'],
    ['hello', 'invalid-number'],
    ['-32', 'negative'],
    [' 32 ', 'invalid-number'],
    ['32m b', 'invalid-number'],
    ['32bm', 'invalid-suffix'],
  ])('go-units TestRAMInBytes: %j is refused (%s)', (text, code) => {
    expect(mem(text)).toBe(code);
  });

  // docker/go-units size_test.go, TestFromHumanSize: the same parseSize, so the
  // same grammar; only the unit multiplier differs (1024 here, 1000 there), so
  // 32.5kB = 32.5 × 1024 and .3kB = int64(0.3 × 1024).
  it.each([
    ['0', '0'],
    ['0b', '0'],
    ['0B', '0'],
    ['0 B', '0'],
    ['32.5kB', '33280'],
    ['32.5 kB', '33280'],
    ['32.5 B', '32'],
    ['0.3 K', '307'],
    ['.3kB', '307'],
    ['0.', '0'],
    ['0. ', '0'],
    ['0.b', '0'],
    ['0.B', '0'],
    ['-0', '0'],
    ['-0b', '0'],
    ['-0B', '0'],
    ['-0 b', '0'],
    ['-0 B', '0'],
    ['32.', '32'],
    ['32.b', '32'],
    ['32.B', '32'],
    ['32. b', '32'],
    ['32. B', '32'],
    ['0 ', '0'],
  ])('go-units TestFromHumanSize grammar: %j → %s', (text, bytes) => {
    expect(mem(text)).toBe(bytes);
  });

  // docker/go-units size_test.go, TestFromHumanSize error cases ("we do not
  // tolerate extra leading or trailing spaces"). The code says which check
  // of the current go-units parseSize refuses it.
  it.each([
    [' 0', 'invalid-number'],
    [' 0b', 'invalid-number'],
    [' 0B', 'invalid-number'],
    [' 0 B', 'invalid-number'],
    ['0b ', 'invalid-number'],
    ['0B ', 'invalid-number'],
    ['0 B ', 'invalid-suffix'],
    ['', 'invalid-number'],
    ['hello', 'invalid-number'],
    ['.', 'invalid-number'],
    ['. ', 'invalid-number'],
    [' ', 'invalid-number'],
    ['  ', 'invalid-number'],
    [' .', 'invalid-number'],
    [' . ', 'invalid-number'],
    ['-32', 'negative'],
    ['-32b', 'negative'],
    ['-32B', 'negative'],
    ['-32 b', 'negative'],
    ['-32 B', 'negative'],
    ['32b.', 'invalid-number'],
    ['32B.', 'invalid-number'],
    ['32 b.', 'invalid-suffix'],
    ['32 B.', 'invalid-suffix'],
    ['32 bb', 'invalid-suffix'],
    ['32 BB', 'invalid-suffix'],
    ['32 b b', 'invalid-suffix'],
    ['32 B B', 'invalid-suffix'],
    ['32  b', 'invalid-suffix'],
    ['32  B', 'invalid-suffix'],
    [' 32 ', 'invalid-number'],
    ['32m b', 'invalid-number'],
    ['32bm', 'invalid-suffix'],
  ])('go-units TestFromHumanSize: %j is refused (%s)', (text, code) => {
    expect(mem(text)).toBe(code);
  });

  // docker/cli cli/command/service/opts_test.go TestMemBytesSetAndValue ("5kb"),
  // cli/command/container/opts_test.go TestParseWithMemorySwap ("1G",
  // "invalid"), moby integration-cli docker_cli_run_unix_test.go
  // TestRunWithMemoryLimit ("32M") and TestRunWithMemoryReservation ("200M").
  it.each([
    ['5kb', '5120'],
    ['1G', '1073741824'],
    ['invalid', 'invalid-number'],
    ['32M', '33554432'],
    ['200M', '209715200'],
  ])('docker/cli and moby tests: %j → %s', (text, expected) => {
    expect(mem(text)).toBe(expected);
  });

  // The number part is Go's strconv.ParseFloat, unit suffix aside. Each row
  // was checked against go-units compiled with Go (see the module comment
  // of src/lib/cgroups.ts for the two deliberate departures).
  it.each([
    ['1.5g', '1610612736'], // 1.5 × 2^30, exact
    ['1e3', '1000'], // ParseFloat takes exponents
    ['1_000m', '1048576000'], // and underscores between digits
    ['1__0', 'invalid-number'],
    ['_1', 'invalid-number'],
    ['0x1p10k', '1048576'], // and hex floats, which need a p exponent
    ['0x1.8p1', '3'],
    ['0x1p-2', '0'], // 0.25 bytes, truncated
    ['0x10', 'invalid-number'],
    ['+5m', '5242880'],
    ['32 kib', '32768'], // one space between number and unit
    ['32kibb', 'invalid-suffix'], // more than 3 bytes of unit
    ['32\u212a', '32768'], // KELVIN SIGN: strings.ToLower makes it 'k'
    ['32\u0130', 'invalid-suffix'],
    ['5\u0663', 'invalid-suffix'], // ARABIC-INDIC DIGIT THREE is no digit
    ['\u0663', 'invalid-number'],
    ['1\t', 'invalid-suffix'],
    ['\t1', 'invalid-number'],
    ['1,5g', 'invalid-number'],
    ['1.5.5g', 'invalid-number'],
    ['-0.5', 'negative'],
    ['8e18', '8000000000000000000'],
    ['9223372036854774784', '9223372036854774784'], // largest float64 below 2^63
    ['9223372036854775807', 'too-large'], // rounds to 2^63 as a float64
    ['1e19', 'too-large'],
    ['1e400', 'too-large'], // ParseFloat's ErrRange
    ['inf b', 'too-large'], // Go: int64(+Inf), platform garbage
    ['nan ', 'invalid-number'], // Go: int64(NaN), platform garbage
    ['NaN', 'invalid-number'],
    ['Infinity', 'invalid-number'],
  ])('Go ParseFloat grammar: %j → %s', (text, expected) => {
    expect(mem(text)).toBe(expected);
  });

  it('never throws and never returns NaN for non-string input', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), 10n]) {
      expect(parseMemoryBytes(value as unknown as string)).toEqual({ ok: false, code: 'invalid-number' });
    }
  });

  it('property: a plain decimal integer is read back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseMemoryBytes(String(n))).toEqual({ ok: true, bytes: BigInt(n) });
      }),
    );
  });

  it('property: k/m/g/t suffixes multiply by powers of 1024', () => {
    const units: [string, bigint][] = [
      ['k', KiB],
      ['m', MiB],
      ['g', GiB],
      ['t', TiB],
      ['KiB', KiB],
      ['Mb', MiB],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 20 }), fc.constantFrom(...units), (n, [unit, factor]) => {
        expect(parseMemoryBytes(`${n}${unit}`)).toEqual({ ok: true, bytes: BigInt(n) * factor });
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// --cpus text: ParseCPUs over big.Rat
// ---------------------------------------------------------------------------

describe('parseNanoCpus', () => {
  // docker/cli cli/command/service/opts_test.go TestNanoCPUsSetAndValue,
  // opts/opts_test.go TestParseCPUsReturnZeroOnInvalidValues, and moby
  // integration-cli docker_cli_run_unix_test.go TestRunWithNanoCPUs.
  it.each([
    ['0.35', '350000000'],
    ['foo', 'invalid-number'],
    ['1e-32', 'cpus-precision'],
    ['0.5', '500000000'],
  ])('docker/cli and moby tests: %j → %s', (text, expected) => {
    expect(nano(text)).toBe(expected);
  });

  // Go src/math/big/ratconv_test.go setStringTests, setStringTests2 and
  // TestIssue45910: the Rat each input parses to (or its refusal), here
  // multiplied by 1e9 as ParseCPUs does — not a whole number → cpus-precision,
  // past int64 → too-large.
  it.each([
    ['1e', 'invalid-number'],
    ['1.e', 'invalid-number'],
    ['1e+14e-5', 'invalid-number'],
    ['1e4.5', 'invalid-number'],
    ['r', 'invalid-number'],
    ['a/b', 'invalid-number'],
    ['a.b', 'invalid-number'],
    ['1/0', 'invalid-number'],
    ['4/3/2', 'invalid-number'],
    ['4/3/', 'invalid-number'],
    ['4/3.', 'invalid-number'],
    ['4/', 'invalid-number'],
    ['13e-9223372036854775808', 'invalid-number'], // CVE-2022-23772
    ['0', '0'],
    ['-0', '0'],
    ['1', '1000000000'],
    ['-1', '-1000000000'],
    ['1.', '1000000000'],
    ['1e0', '1000000000'],
    ['1.e1', '10000000000'],
    ['-0.1', '-100000000'],
    ['-.1', '-100000000'],
    ['2/4', '500000000'],
    ['.25', '250000000'],
    ['-1/5', '-200000000'],
    ['8129567.7690E14', 'too-large'],
    ['78189e+4', '781890000000000000'],
    ['553019.8935e+8', 'too-large'],
    ['98765432109876543210987654321e-10', 'cpus-precision'],
    ['9877861857500000E-7', '987786185750000000'],
    ['2169378.417e-3', '2169378417000'],
    ['884243222337379604041632732738665534', 'too-large'],
    ['53/70893980658822810696', 'cpus-precision'],
    ['106/141787961317645621392', 'cpus-precision'],
    ['204211327800791583.81095', 'too-large'],
    ['0e9999999999', '0'],
    ['4/3x', 'invalid-number'],
    ['0/-1', 'invalid-number'],
    ['-1/-1', 'invalid-number'],
    ['10_/1', 'invalid-number'],
    ['_10/1', 'invalid-number'],
    ['1/1__0', 'invalid-number'],
    ['0b1000/3', 'cpus-precision'],
    ['0B1000/0x8', '1000000000'],
    ['-010/1', '-8000000000'], // octal in a fraction
    ['-010.0', '-10000000000'], // decimal in a float
    ['-0o10/1', '-8000000000'],
    ['0x10/1', '16000000000'],
    ['0x10/0x20', '500000000'],
    ['0010', '10000000000'],
    ['0x10.0', '16000000000'],
    ['0x1.8', '1500000000'],
    ['0X1.8p4', '24000000000'],
    ['0x1.1E2', 'cpus-precision'], // 2289/2048: E is a hex digit
    ['0b1.1E2', '150000000000'],
    ['0B1.1P3', '12000000000'],
    ['0o10e-2', '80000000'],
    ['0O10p-3', '1000000000'],
    ['0b_1000/3', 'cpus-precision'],
    ['0B_10_00/0x8', '1000000000'],
    ['0xdead/0B1101_1110_1010_1101', '1000000000'],
    ['0B1101_1110_1010_1101/0XD_E_A_D', '1000000000'],
    ['1_000.0', '1000000000000'],
    ['0x_10.0', '16000000000'],
    ['0x1_0.0', '16000000000'],
    ['0x1.8_0', '1500000000'],
    ['0X1.8p0_4', '24000000000'],
    ['0b1.1_0E2', '150000000000'],
    ['0o1_0e-2', '80000000'],
    ['0O_10p-3', '1000000000'],
    ['1e-1000001', 'invalid-number'],
    ['1e-1000000', 'cpus-precision'],
    ['1e+1000000', 'too-large'],
    ['1e+1000001', 'invalid-number'],
    ['0p1000000000000', '0'],
    ['1p-10000001', 'invalid-number'],
    ['1p-10000000', 'cpus-precision'],
    ['1p+10000000', 'too-large'],
    ['1p+10000001', 'invalid-number'],
    ['1.770p02041010010011001001', 'invalid-number'],
  ])('math/big Rat.SetString: %j → %s', (text, expected) => {
    expect(nano(text)).toBe(expected);
  });

  it('allows exactly nine decimal places', () => {
    expect(nano('0.000000001')).toBe('1');
    expect(nano('0.0000000015')).toBe('cpus-precision');
    expect(nano('1.000000000000')).toBe('1000000000');
    expect(nano('9223372036.854775807')).toBe('9223372036854775807');
    expect(nano('9223372036.854775808')).toBe('too-large');
    expect(nano('-9223372036.854775808')).toBe('-9223372036854775808');
  });

  it('property: a decimal with at most nine places is read exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 9_000_000_000n }), fc.integer({ min: 0, max: 9 }), (n, places) => {
        const scaled = n * 10n ** BigInt(9 - places);
        const text =
          places === 0
            ? n.toString()
            : `${n / 10n ** BigInt(places)}.${(n % 10n ** BigInt(places)).toString().padStart(places, '0')}`;
        expect(parseNanoCpus(text)).toEqual({ ok: true, nanoCpus: scaled });
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// v1 → v2 conversions
// ---------------------------------------------------------------------------

describe('cpuSharesToCpuWeight', () => {
  // opencontainers/cgroups utils_test.go TestConvertCPUSharesToCgroupV2Value
  // (after commit fd95216 "ConvertCPUSharesToCgroupV2Value: improve").
  it.each([
    [0n, 0n], // unset
    [1n, 1n], // below the minimum
    [2n, 1n], // minimum
    [3n, 2n], // just above the minimum
    [1024n, 100n], // default shares → default weight
    [262143n, 10000n], // just below the maximum
    [262144n, 10000n], // maximum
    [262145n, 10000n], // above the maximum
  ])('current: %s shares → weight %s', (shares, weight) => {
    expect(cpuSharesToCpuWeight(shares, 'current')).toBe(weight);
    expect(cpuSharesToCpuWeight(shares)).toBe(weight);
  });

  // opencontainers/cgroups utils_test.go TestConvertCPUSharesToCgroupV2Value
  // before fd95216 (the linear formula of older runc / crun).
  it.each([
    [0n, 0n],
    [2n, 1n],
    [262144n, 10000n],
  ])('legacy: %s shares → weight %s', (shares, weight) => {
    expect(cpuSharesToCpuWeight(shares, 'legacy')).toBe(weight);
  });

  it('legacy: the Go uint64 arithmetic outside 2–262144, as the commit message of fd95216 describes', () => {
    // "Default value cgroup v1 shares of 1024 is converted to 39"
    expect(cpuSharesToCpuWeight(1024n, 'legacy')).toBe(39n);
    // "When cgroup v1 value is out of range, it returned invalid cgroup v2 value"
    expect(cpuSharesToCpuWeight(1n, 'legacy')).toBe(70369281052672n); // (1 − 2) wraps in uint64
    expect(cpuSharesToCpuWeight(300000n, 'legacy')).toBe(11443n);
  });

  // Computed by running ConvertCPUSharesToCgroupV2Value of opencontainers/cgroups
  // (30a2293, utils.go) under Go 1.19 linux/amd64 for every shares value
  // 0…262145 and hashing the decimal weights, one per line, with hash/fnv
  // New32a; likewise the legacy formula over 2…262144. Catches any value
  // where JS's Math.log2 / ** would round a ceil() the other way.
  it('matches Go for every shares value (checksum of all 262146 weights)', () => {
    let text = '';
    let sum = 0n;
    for (let s = 0n; s <= 262145n; s++) {
      const w = cpuSharesToCpuWeight(s, 'current');
      sum += w;
      text += `${w}\n`;
    }
    expect(sum).toBe(1405388461n);
    expect(fnv1a32(text)).toBe('d2fc1ec4');

    let legacyText = '';
    let legacySum = 0n;
    for (let s = 2n; s <= 262144n; s++) {
      const w = cpuSharesToCpuWeight(s, 'legacy');
      legacySum += w;
      legacyText += `${w}\n`;
    }
    expect(legacySum).toBe(1310715001n);
    expect(fnv1a32(legacyText)).toBe('2420613b');
  });

  it('spot values of the current formula (Go output)', () => {
    const cases: [bigint, bigint][] = [
      [10n, 4n],
      [100n, 17n],
      [512n, 59n],
      [1000n, 99n],
      [1023n, 100n],
      [1025n, 101n],
      [2048n, 174n],
      [4096n, 303n],
      [100000n, 4340n],
      [200416n, 7914n], // the value whose 10^x lies closest to an integer
    ];
    for (const [shares, weight] of cases) expect(cpuSharesToCpuWeight(shares)).toBe(weight);
  });

  it('property: both formulas agree at the anchors their upstream tests pin (0, 2, 262144)', () => {
    fc.assert(
      fc.property(fc.constantFrom(0n, 2n, 262144n), (shares) => {
        expect(cpuSharesToCpuWeight(shares, 'current')).toBe(cpuSharesToCpuWeight(shares, 'legacy'));
      }),
    );
  });

  it('property: within 2–262144 both formulas are non-decreasing and stay in 1–10000', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n, max: 262144n }), fc.bigInt({ min: 2n, max: 262144n }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const formula of ['current', 'legacy'] as const) {
          const wl = cpuSharesToCpuWeight(lo, formula);
          const wh = cpuSharesToCpuWeight(hi, formula);
          expect(wl <= wh).toBe(true);
          expect(wl >= 1n && wh <= 10000n).toBe(true);
        }
      }),
    );
  });
});

describe('memorySwapToV2', () => {
  // opencontainers/cgroups utils_test.go TestConvertMemorySwapToCgroupV2Value.
  it.each([
    ['all unset', 0n, 0n, 0n],
    ['unlimited memory+swap, unset memory', -1n, 0n, -1n],
    ['unlimited memory', 300n, -1n, 300n],
    ['all unlimited', -1n, -1n, -1n],
    ['negative memory+swap', -2n, 0n, null],
    ['unlimited memory+swap, set memory', -1n, 1000n, -1n],
    ['memory+swap == memory', 1000n, 1000n, 0n],
    ['memory+swap > memory', 500n, 200n, 300n],
    ['memory+swap < memory', 300n, 400n, null],
    ['unset memory', 300n, 0n, null],
    ['negative memory', 300n, -300n, null],
  ])('%s', (_descr, memswap, memory, expected) => {
    expect(memorySwapToV2(memswap, memory)).toEqual(expected === null ? { ok: false } : { ok: true, value: expected });
  });
});

describe('blkioWeightToIoWeight', () => {
  // opencontainers/cgroups utils_test.go TestConvertBlkIOToIOWeightValue.
  it.each([
    [0n, 0n],
    [10n, 1n],
    [1000n, 10000n],
  ])('%s → %s', (weight, ioWeight) => {
    expect(blkioWeightToIoWeight(weight)).toBe(ioWeight);
  });

  it('is linear in between, with integer division (Go output)', () => {
    expect(blkioWeightToIoWeight(11n)).toBe(11n);
    expect(blkioWeightToIoWeight(100n)).toBe(910n);
    expect(blkioWeightToIoWeight(300n)).toBe(2930n);
    expect(blkioWeightToIoWeight(999n)).toBe(9989n);
    // uint64 wrap below 10, as in Go; dockerd never lets such a weight through.
    expect(blkioWeightToIoWeight(5n)).toBe(18633074821928790n);
  });
});

// ---------------------------------------------------------------------------
// The whole chain
// ---------------------------------------------------------------------------

describe('dockerResourcesToCgroups: moby integration tests', () => {
  // moby integration-cli/docker_cli_run_unix_test.go TestRunWithNanoCPUs:
  // --cpus 0.5 → cpu.cfs_quota_us 50000, cpu.cfs_period_us 100000.
  it('--cpus 0.5 (TestRunWithNanoCPUs)', () => {
    const r = run({ cpus: '0.5' });
    expect(r.v1).toEqual({ 'cpu.cfs_period_us': '100000', 'cpu.cfs_quota_us': '50000' });
    // moby integration/container/update_linux_test.go TestUpdateCPUQuota reads
    // cpu.max as "<quota> <period>".
    expect(r.v2).toEqual({ 'cpu.max': '50000 100000' });
  });

  // moby integration-cli/docker_cli_run_unix_test.go TestRunWithCPUShares.
  it('--cpu-shares 1000 (TestRunWithCPUShares)', () => {
    expect(run({ cpuShares: '1000' })).toEqual({ ok: true, v1: { 'cpu.shares': '1000' }, v2: { 'cpu.weight': '99' } });
    expect(run({ cpuShares: '1000' }, { weightFormula: 'legacy' }).v2).toEqual({ 'cpu.weight': '39' });
  });

  // moby integration-cli/docker_cli_run_unix_test.go TestRunWithMemoryLimit:
  // -m 32M → memory.limit_in_bytes 33554432.
  it('-m 32M (TestRunWithMemoryLimit), with the default swap of 2 × memory', () => {
    const r = run({ memory: '32M' });
    expect(r.v1['memory.limit_in_bytes']).toBe('33554432');
    // moby daemon/daemon_unix.go adaptContainerSettings: MemorySwap = Memory * 2.
    expect(r.v1['memory.memsw.limit_in_bytes']).toBe('67108864');
    expect(r.v2).toEqual({ 'memory.swap.max': '33554432', 'memory.max': '33554432' });
  });

  // moby integration-cli/docker_cli_run_unix_test.go TestRunWithoutMemoryswapLimit.
  it('-m 32m --memory-swap -1 (TestRunWithoutMemoryswapLimit): swap is left unlimited, not written', () => {
    expect(run({ memory: '32m', memorySwap: '-1' })).toEqual({
      ok: true,
      v1: { 'memory.limit_in_bytes': '33554432' },
      v2: { 'memory.max': '33554432' },
    });
  });

  // moby integration-cli/docker_cli_run_unix_test.go TestRunSwapLessThanMemoryLimit.
  it('-m 16m --memory-swap 15m (TestRunSwapLessThanMemoryLimit)', () => {
    expect(errorsOf({ memory: '16m', memorySwap: '15m' })).toEqual([
      { flag: 'memorySwap', code: 'swap-less-than-memory' },
    ]);
  });

  // moby integration/container/update_linux_test.go TestUpdateMemory: memory
  // 314572800, swap 524288000 → v1 memsw = swap, v2 swap.max = swap − memory.
  it('memory 314572800 + swap 524288000 (TestUpdateMemory)', () => {
    const r = run({ memory: '314572800', memorySwap: '524288000' });
    expect(r.v1).toEqual({ 'memory.limit_in_bytes': '314572800', 'memory.memsw.limit_in_bytes': '524288000' });
    expect(r.v2).toEqual({ 'memory.swap.max': '209715200', 'memory.max': '314572800' });
  });

  // moby integration-cli/docker_cli_run_unix_test.go TestRunWithBlkioWeight
  // and TestRunWithInvalidBlkioWeight.
  it('--blkio-weight 300 and 5 (TestRunWithBlkioWeight, TestRunWithInvalidBlkioWeight)', () => {
    expect(run({ blkioWeight: '300' })).toEqual({
      ok: true,
      v1: { 'blkio.weight': '300' },
      v2: { 'io.weight': '2930' },
    });
    expect(errorsOf({ blkioWeight: '5' })).toEqual([{ flag: 'blkioWeight', code: 'blkio-weight-range' }]);
  });

  // moby integration-cli/docker_cli_run_unix_test.go TestRunPIDsLimit.
  it('--pids-limit 4 (TestRunPIDsLimit)', () => {
    expect(run({ pidsLimit: '4' })).toEqual({ ok: true, v1: { 'pids.max': '4' }, v2: { 'pids.max': '4' } });
  });

  // moby integration/container/update_linux_test.go TestUpdatePidsLimit: 0, −1
  // and −2 all mean "unlimited". On create the API handler drops such a
  // limit from the spec, so no file is written and pids.max keeps "max".
  it.each(['0', '-1', '-2'])('--pids-limit %s is unlimited (TestUpdatePidsLimit)', (limit) => {
    expect(run({ pidsLimit: limit })).toEqual({ ok: true, v1: {}, v2: {} });
  });

  // moby integration/container/create_test.go TestCreateInvalidHostConfig
  // ("invalid CPU shares (-1): value must be a positive integer") and
  // TestCreateValidation ("Minimum memory limit allowed is 6MB" for 524287).
  it('refuses CPUShares −1 and Memory 524287 (TestCreateInvalidHostConfig, TestCreateValidation)', () => {
    expect(errorsOf({ cpuShares: '-1', memory: '524287' })).toEqual([
      { flag: 'cpuShares', code: 'negative' },
      { flag: 'memory', code: 'memory-too-low' },
    ]);
  });

  // docker/cli cli/command/container/opts_test.go TestParseWithMemorySwap.
  it('--memory-swap invalid / 1G / -1 (TestParseWithMemorySwap)', () => {
    expect(errorsOf({ memory: '512m', memorySwap: 'invalid' })).toEqual([
      { flag: 'memorySwap', code: 'invalid-number' },
    ]);
    expect(run({ memory: '512m', memorySwap: '1G' }).v1['memory.memsw.limit_in_bytes']).toBe('1073741824');
    expect(run({ memory: '512m', memorySwap: '-1' }).v1['memory.memsw.limit_in_bytes']).toBeUndefined();
  });
});

describe('dockerResourcesToCgroups: --cpus', () => {
  it('quota = nanoCPUs × 100000 / 1e9, truncated', () => {
    expect(run({ cpus: '1.5' }).v2).toEqual({ 'cpu.max': '150000 100000' });
    expect(run({ cpus: '2' }).v1).toEqual({ 'cpu.cfs_period_us': '100000', 'cpu.cfs_quota_us': '200000' });
    expect(run({ cpus: '0.123456789' }).v2).toEqual({ 'cpu.max': '12345 100000' });
    expect(run({ cpus: '3/2' }).v2).toEqual({ 'cpu.max': '150000 100000' });
  });

  it('0 is unset, negative is refused', () => {
    expect(run({ cpus: '0' })).toEqual({ ok: true, v1: {}, v2: {} });
    expect(run({ cpus: '0.0' })).toEqual({ ok: true, v1: {}, v2: {} });
    expect(errorsOf({ cpus: '-1' })).toEqual([{ flag: 'cpus', code: 'negative' }]);
  });

  it('0.01 CPU is the smallest quota the kernel accepts (1000 µs)', () => {
    expect(run({ cpus: '0.01' }).v2).toEqual({ 'cpu.max': '1000 100000' });
    expect(errorsOf({ cpus: '0.00999' })).toEqual([{ flag: 'cpus', code: 'cpus-too-low' }]);
    expect(errorsOf({ cpus: '0.00001' })).toEqual([{ flag: 'cpus', code: 'cpus-too-low' }]);
  });

  it('below 0.00001 the quota truncates to 0 and runc writes no limit at all', () => {
    expect(run({ cpus: '0.000009999' })).toEqual({
      ok: true,
      v1: { 'cpu.cfs_period_us': '100000' },
      v2: { 'cpu.max': 'max 100000' },
    });
  });

  it('checks options.hostCpus only when it is a positive integer', () => {
    expect(run({ cpus: '4' }, { hostCpus: 4 }).v2).toEqual({ 'cpu.max': '400000 100000' });
    expect(errorsOf({ cpus: '4.000000001' }, { hostCpus: 4 })).toEqual([{ flag: 'cpus', code: 'cpus-exceed-host' }]);
    expect(run({ cpus: '64' }).v2).toEqual({ 'cpu.max': '6400000 100000' });
    for (const hostCpus of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(run({ cpus: '64' }, { hostCpus }).v2).toEqual({ 'cpu.max': '6400000 100000' });
    }
  });

  it('too precise, or too large for dockerd int64 arithmetic', () => {
    expect(errorsOf({ cpus: '0.0000000001' })).toEqual([{ flag: 'cpus', code: 'cpus-precision' }]);
    // nano × 100000 must fit int64 before the division by 1e9.
    expect(run({ cpus: '92233.720368547' }).v2).toEqual({ 'cpu.max': '9223372036 100000' });
    expect(errorsOf({ cpus: '92233.720368548' })).toEqual([{ flag: 'cpus', code: 'too-large' }]);
  });
});

describe('dockerResourcesToCgroups: --cpu-shares', () => {
  it('is read with base prefixes, like pflag Int64Var (strconv.ParseInt(s, 0, 64))', () => {
    for (const text of ['1024', '0x400', '0X400', '02000', '0o2000', '0b10000000000', '1_024', '+1024']) {
      expect(run({ cpuShares: text })).toEqual({ ok: true, v1: { 'cpu.shares': '1024' }, v2: { 'cpu.weight': '100' } });
    }
    expect(errorsOf({ cpuShares: '08' })).toEqual([{ flag: 'cpuShares', code: 'invalid-number' }]);
    expect(errorsOf({ cpuShares: '1__024' })).toEqual([{ flag: 'cpuShares', code: 'invalid-number' }]);
    expect(errorsOf({ cpuShares: '9223372036854775808' })).toEqual([{ flag: 'cpuShares', code: 'too-large' }]);
  });

  it('accepts 2–262144; 0 is unset; the kernel range bounds', () => {
    expect(run({ cpuShares: '0' })).toEqual({ ok: true, v1: {}, v2: {} });
    expect(run({ cpuShares: '2' }).v2).toEqual({ 'cpu.weight': '1' });
    expect(run({ cpuShares: '262144' }).v2).toEqual({ 'cpu.weight': '10000' });
    expect(errorsOf({ cpuShares: '1' })).toEqual([{ flag: 'cpuShares', code: 'cpu-shares-range' }]);
    expect(errorsOf({ cpuShares: '262145' })).toEqual([{ flag: 'cpuShares', code: 'cpu-shares-range' }]);
  });
});

describe('dockerResourcesToCgroups: --memory and --memory-swap', () => {
  it('6 MiB is the minimum; 0 is unset', () => {
    expect(errorsOf({ memory: '6291455' })).toEqual([{ flag: 'memory', code: 'memory-too-low' }]);
    expect(run({ memory: '6m' }).v2['memory.max']).toBe('6291456');
    expect(run({ memory: '0' })).toEqual({ ok: true, v1: {}, v2: {} });
  });

  it('swap equal to memory disables swap on v2 with an explicit "0"', () => {
    expect(run({ memory: '512m', memorySwap: '512m' })).toEqual({
      ok: true,
      v1: { 'memory.limit_in_bytes': '536870912', 'memory.memsw.limit_in_bytes': '536870912' },
      v2: { 'memory.swap.max': '0', 'memory.max': '536870912' },
    });
  });

  it('swap needs memory; "-1" alone is accepted and writes nothing', () => {
    expect(errorsOf({ memorySwap: '1g' })).toEqual([{ flag: 'memorySwap', code: 'swap-without-memory' }]);
    expect(errorsOf({ memory: '0', memorySwap: '1g' })).toEqual([{ flag: 'memorySwap', code: 'swap-without-memory' }]);
    expect(run({ memorySwap: '-1' })).toEqual({ ok: true, v1: {}, v2: {} });
    expect(run({ memorySwap: '0' })).toEqual({ ok: true, v1: {}, v2: {} });
  });

  it('only the exact text "-1" means unlimited', () => {
    expect(errorsOf({ memory: '512m', memorySwap: '-1b' })).toEqual([{ flag: 'memorySwap', code: 'negative' }]);
    expect(errorsOf({ memory: '512m', memorySwap: '-2' })).toEqual([{ flag: 'memorySwap', code: 'negative' }]);
    expect(errorsOf({ memory: '-1' })).toEqual([{ flag: 'memory', code: 'negative' }]);
  });

  it('"--memory-swap 0" is the same as leaving it out: 2 × memory', () => {
    expect(run({ memory: '1g', memorySwap: '0' })).toEqual(run({ memory: '1g' }));
  });

  it('2 × memory wraps in int64 past 2^62, and then no swap is written', () => {
    // RAMInBytes goes through a float64: 2^62 − 1 would round up to 2^62, so
    // the largest memory that still doubles is 2^62 − 512.
    expect(run({ memory: '4611686018427387392' }).v1['memory.memsw.limit_in_bytes']).toBe('9223372036854774784');
    expect(run({ memory: '4611686018427387903' }).v1['memory.limit_in_bytes']).toBe('4611686018427387904');
    const r = run({ memory: '4611686018427387904' });
    expect(r.v1).toEqual({ 'memory.limit_in_bytes': '4611686018427387904' });
    expect(r.v2).toEqual({ 'memory.max': '4611686018427387904' });
  });

  it('checks swap against memory even when memory is itself refused', () => {
    expect(errorsOf({ memory: '1m', memorySwap: '512k' })).toEqual([
      { flag: 'memory', code: 'memory-too-low' },
      { flag: 'memorySwap', code: 'swap-less-than-memory' },
    ]);
    expect(errorsOf({ memory: 'x', memorySwap: '512k' })).toEqual([{ flag: 'memory', code: 'invalid-number' }]);
  });
});

describe('dockerResourcesToCgroups: --blkio-weight and --pids-limit', () => {
  it('blkio weight is a uint16 with base prefixes; 0 is unset', () => {
    expect(run({ blkioWeight: '0x12c' }).v1).toEqual({ 'blkio.weight': '300' });
    expect(run({ blkioWeight: '0' })).toEqual({ ok: true, v1: {}, v2: {} });
    expect(run({ blkioWeight: '10' }).v2).toEqual({ 'io.weight': '1' });
    expect(run({ blkioWeight: '1000' }).v2).toEqual({ 'io.weight': '10000' });
    expect(errorsOf({ blkioWeight: '1001' })).toEqual([{ flag: 'blkioWeight', code: 'blkio-weight-range' }]);
    expect(errorsOf({ blkioWeight: '65536' })).toEqual([{ flag: 'blkioWeight', code: 'blkio-weight-range' }]);
    expect(errorsOf({ blkioWeight: '-5' })).toEqual([{ flag: 'blkioWeight', code: 'invalid-number' }]);
    expect(errorsOf({ blkioWeight: '+500' })).toEqual([{ flag: 'blkioWeight', code: 'invalid-number' }]);
  });

  it('with BFQ the raw weight goes to the bfq files', () => {
    expect(run({ blkioWeight: '300' }, { bfq: true })).toEqual({
      ok: true,
      v1: { 'blkio.bfq.weight': '300' },
      v2: { 'io.bfq.weight': '300' },
    });
  });

  // Go src/strconv/atoi_test.go parseInt64BaseTests (base 0), as pflag reads
  // --pids-limit; then moby drops ≤ 0 and the kernel caps pids.max.
  it.each([
    ['', 'absent'], // our convention: empty = flag not given
    ['0', 'absent'],
    ['-0', 'absent'],
    ['1', '1'],
    ['-1', 'absent'],
    ['12345', '12345'],
    ['-12345', 'absent'],
    ['012345', '5349'], // octal
    ['-012345', 'absent'],
    ['0x12345', '74565'],
    ['-0X12345', 'absent'],
    ['12345x', 'invalid-number'],
    ['-12345x', 'invalid-number'],
    ['98765432100', 'pids-too-large'],
    ['-98765432100', 'absent'],
    ['9223372036854775807', 'pids-too-large'],
    ['-9223372036854775807', 'absent'],
    ['9223372036854775808', 'too-large'],
    ['-9223372036854775808', 'absent'],
    ['9223372036854775809', 'too-large'],
    ['-9223372036854775809', 'too-large'],
    ['0b', 'invalid-number'],
    ['4194304', '4194304'],
    ['4194305', 'pids-too-large'],
  ])('--pids-limit %j → %s', (text, expected) => {
    const result = dockerResourcesToCgroups({ pidsLimit: text });
    if (!result.ok) {
      expect(result.errors).toEqual([{ flag: 'pidsLimit', code: expected }]);
    } else if (expected === 'absent') {
      expect(result).toEqual({ ok: true, v1: {}, v2: {} });
    } else {
      expect(result).toEqual({ ok: true, v1: { 'pids.max': expected }, v2: { 'pids.max': expected } });
    }
  });
});

describe('dockerResourcesToCgroups: everything together', () => {
  it('lists files in the order the runtime writes them', () => {
    const r = run({
      cpus: '1.5',
      cpuShares: '512',
      memory: '1g',
      memorySwap: '2g',
      blkioWeight: '500',
      pidsLimit: '100',
    });
    // fs/fs.go subsystems: memory, cpu, pids, blkio
    expect(Object.keys(r.v1)).toEqual([
      'memory.limit_in_bytes',
      'memory.memsw.limit_in_bytes',
      'cpu.shares',
      'cpu.cfs_period_us',
      'cpu.cfs_quota_us',
      'pids.max',
      'blkio.weight',
    ]);
    // fs2/fs2.go Set: pids, memory (swap first), io, cpu
    expect(Object.keys(r.v2)).toEqual([
      'pids.max',
      'memory.swap.max',
      'memory.max',
      'io.weight',
      'cpu.weight',
      'cpu.max',
    ]);
    expect(r.v1).toEqual({
      'memory.limit_in_bytes': '1073741824',
      'memory.memsw.limit_in_bytes': '2147483648',
      'cpu.shares': '512',
      'cpu.cfs_period_us': '100000',
      'cpu.cfs_quota_us': '150000',
      'pids.max': '100',
      'blkio.weight': '500',
    });
    expect(r.v2).toEqual({
      'pids.max': '100',
      'memory.swap.max': '1073741824',
      'memory.max': '1073741824',
      'io.weight': '4950',
      'cpu.weight': '59',
      'cpu.max': '150000 100000',
    });
  });

  it('no flags: nothing is written', () => {
    expect(dockerResourcesToCgroups({})).toEqual({ ok: true, v1: {}, v2: {} });
    expect(dockerResourcesToCgroups({ cpus: undefined, memory: '' })).toEqual({ ok: true, v1: {}, v2: {} });
  });

  it('collects one error per bad flag, in flag order', () => {
    const errors = errorsOf({
      cpus: 'NaN',
      cpuShares: 'x',
      memory: ' 1',
      memorySwap: 'Infinity',
      blkioWeight: '1e3',
      pidsLimit: '٣',
    });
    expect(errors).toEqual(DOCKER_RESOURCE_FLAGS.map((flag) => ({ flag, code: 'invalid-number' })));
  });

  // Untrusted text. "1e3" is a number for --cpus (big.Rat takes exponents:
  // 1000 CPUs) and for --memory / --memory-swap (ParseFloat: 1000 bytes,
  // then refused by dockerd's memory checks); the integer flags refuse it.
  it.each([
    [
      'whitespace',
      ' ',
      ['invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number'],
    ],
    [
      'NaN',
      'NaN',
      ['invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number'],
    ],
    [
      'Infinity',
      'Infinity',
      ['invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number'],
    ],
    [
      '-Infinity',
      '-Infinity',
      ['invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number'],
    ],
    [
      '1e3',
      '1e3',
      [null, 'invalid-number', 'memory-too-low', 'swap-without-memory', 'invalid-number', 'invalid-number'],
    ],
    [
      'Unicode digits',
      '١٢٣',
      ['invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number'],
    ],
    [
      'full-width digits',
      '１２',
      ['invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number'],
    ],
    [
      'a comma',
      '1,5',
      ['invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number', 'invalid-number'],
    ],
  ])('%s: each flag alone', (_name, text, codes) => {
    DOCKER_RESOURCE_FLAGS.forEach((flag, i) => {
      const result = dockerResourcesToCgroups({ [flag]: text }, { hostCpus: 2000 });
      const code = codes[i];
      if (code === null || code === undefined) expect(result.ok).toBe(true);
      else expect(result).toEqual({ ok: false, errors: [{ flag, code }] });
    });
  });

  it('10,000-character inputs are answered quickly and as Go would', () => {
    const nines = '9'.repeat(10_000);
    expect(errorsOf({ cpus: nines, memory: nines, cpuShares: nines, pidsLimit: nines })).toEqual([
      { flag: 'cpus', code: 'too-large' },
      { flag: 'cpuShares', code: 'too-large' },
      { flag: 'memory', code: 'too-large' },
      { flag: 'pidsLimit', code: 'too-large' },
    ]);
    expect(errorsOf({ blkioWeight: nines })).toEqual([{ flag: 'blkioWeight', code: 'blkio-weight-range' }]);
    const garbage = 'x'.repeat(10_000);
    expect(errorsOf({ cpus: garbage, memory: garbage }).map((e) => e.code)).toEqual([
      'invalid-number',
      'invalid-number',
    ]);
    // Leading zeros are fine for Go, so they are here.
    const one = `${'0'.repeat(9_999)}1`;
    expect(run({ cpus: one }).v2).toEqual({ 'cpu.max': '100000 100000' });
    expect(run({ memory: `${'0'.repeat(9_998)}1g` }).v2['memory.max']).toBe('1073741824');
    expect(errorsOf({ cpus: `1.${'0'.repeat(9_997)}1` })).toEqual([{ flag: 'cpus', code: 'cpus-precision' }]);
  });

  it('non-string flag values and odd options are errors or ignored, never thrown', () => {
    for (const value of [null, 42, 1.5, {}, [], true, 10n]) {
      const flags = { cpus: value, memory: value } as unknown as DockerResourceFlags;
      expect(dockerResourcesToCgroups(flags)).toEqual({
        ok: false,
        errors: [
          { flag: 'cpus', code: 'invalid-number' },
          { flag: 'memory', code: 'invalid-number' },
        ],
      });
    }
    expect(dockerResourcesToCgroups(null as unknown as DockerResourceFlags)).toEqual({ ok: true, v1: {}, v2: {} });
    const odd = { weightFormula: 'bogus', hostCpus: '4', bfq: 'yes' } as unknown as CgroupsOptions;
    expect(run({ cpuShares: '1024', cpus: '8', blkioWeight: '10' }, odd)).toEqual({
      ok: true,
      v1: { 'cpu.shares': '1024', 'cpu.cfs_period_us': '100000', 'cpu.cfs_quota_us': '800000', 'blkio.weight': '10' },
      v2: { 'io.weight': '1', 'cpu.weight': '100', 'cpu.max': '800000 100000' },
    });
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/** Characters that make the parsers take many different paths. */
const NUMBERISH = [...'0123456789.+-_/ eEpPxXbBoOkKmMgGtTiInNaAfF', '\u212a', '٣', '\t'];
const numberish = fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 24 });
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  numberish,
  fc.constantFrom('-1', '0', '1g', '0.5', '1024'),
);
const flagsArb = fc.record(
  {
    cpus: anyText,
    cpuShares: anyText,
    memory: anyText,
    memorySwap: anyText,
    blkioWeight: anyText,
    pidsLimit: anyText,
  },
  { requiredKeys: [] },
);
const optionsArb = fc.record(
  {
    weightFormula: fc.constantFrom('current' as const, 'legacy' as const),
    hostCpus: fc.integer({ min: 1, max: 512 }),
    bfq: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('properties', () => {
  it('never throws on arbitrary strings, for every flag and both parsers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const flag of DOCKER_RESOURCE_FLAGS) dockerResourcesToCgroups({ [flag]: text });
        const m = parseMemoryBytes(text);
        if (m.ok) expect(m.bytes >= 0n && m.bytes < 2n ** 63n).toBe(true);
        parseNanoCpus(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary values of any type', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (flags, options) => {
        dockerResourcesToCgroups(flags as DockerResourceFlags, options as CgroupsOptions);
      }),
    );
  });

  it('every written value is digits, "max", or "<digits|max> <digits>"; errors are well-formed', () => {
    const shape = /^(?:\d+|max|(?:\d+|max) \d+)$/;
    fc.assert(
      fc.property(flagsArb, optionsArb, (flags, options) => {
        const result = dockerResourcesToCgroups(flags, options);
        if (result.ok) {
          for (const value of [...Object.values(result.v1), ...Object.values(result.v2)]) expect(value).toMatch(shape);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          const seen = new Set(result.errors.map((e) => e.flag));
          expect(seen.size).toBe(result.errors.length);
          for (const e of result.errors) {
            expect(DOCKER_RESOURCE_FLAGS).toContain(e.flag);
            expect(CGROUPS_ERROR_CODES).toContain(e.code);
          }
        }
        expect(dockerResourcesToCgroups(flags, options)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('cpu.weight is always within 1–10000 when written', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.bigInt({ min: -10n, max: 300000n }).map(String), numberish),
        fc.constantFrom('current' as const, 'legacy' as const),
        (shares, weightFormula) => {
          const result = dockerResourcesToCgroups({ cpuShares: shares }, { weightFormula });
          const weight = result.ok ? result.v2['cpu.weight'] : undefined;
          if (weight !== undefined) {
            expect(Number(weight)).toBeGreaterThanOrEqual(1);
            expect(Number(weight)).toBeLessThanOrEqual(10000);
          }
        },
      ),
    );
  });

  it('more --cpus never gives a smaller quota', () => {
    // Past this many nano-CPUs dockerd's int64 product would wrap (too-large).
    const MAX_NANO = 92233720368547n;
    const quotaOf = (cpus: bigint): bigint | null => {
      const text = `${cpus / 1_000_000_000n}.${(cpus % 1_000_000_000n).toString().padStart(9, '0')}`;
      const result = dockerResourcesToCgroups({ cpus: text });
      const quota = result.ok ? result.v1['cpu.cfs_quota_us'] : undefined;
      return quota === undefined ? null : BigInt(quota);
    };
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_NANO }), fc.bigInt({ min: 0n, max: MAX_NANO }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const qlo = quotaOf(lo);
        const qhi = quotaOf(hi);
        if (qlo !== null && qhi !== null) expect(qlo <= qhi).toBe(true);
        if (qlo !== null) expect(qhi).not.toBeNull();
      }),
    );
  });

  it('v2 memory.swap.max is v1 memsw minus memory', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 6291456n, max: 2n ** 40n }),
        fc.bigInt({ min: 0n, max: 2n ** 40n }),
        (memory, extra) => {
          const r = run({ memory: memory.toString(), memorySwap: (memory + extra).toString() });
          expect(BigInt(r.v1['memory.memsw.limit_in_bytes'] ?? 'x') - BigInt(r.v2['memory.swap.max'] ?? 'x')).toBe(
            memory,
          );
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

describe('messages', () => {
  it('has a Korean and an English sentence for every code', () => {
    for (const lang of ['ko', 'en'] as const) {
      expect(Object.keys(cgroupsMessages[lang]).sort()).toEqual([...CGROUPS_ERROR_CODES].sort());
      for (const code of CGROUPS_ERROR_CODES) {
        const text = cgroupsMessages[lang][code];
        expect(text.trim().length).toBeGreaterThan(5);
        expect(text.endsWith('.')).toBe(true);
      }
    }
  });

  it('states the limits the model enforces', () => {
    const limits: [keyof typeof cgroupsMessages.en, string][] = [
      ['memory-too-low', '6291456'],
      ['cpu-shares-range', '262144'],
      ['blkio-weight-range', '1000'],
      ['pids-too-large', '4194304'],
      ['cpus-too-low', '0.01'],
      ['too-large', '9223372036854775807'],
    ];
    for (const [code, number] of limits) {
      expect(cgroupsMessages.ko[code]).toContain(number);
      expect(cgroupsMessages.en[code]).toContain(number);
    }
  });
});
