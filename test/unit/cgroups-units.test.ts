// docker/go-units RAMInBytes and docker/cli ParseCPUs (src/lib/cgroups/units.ts),
// tested through the public module path src/lib/cgroups.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMemoryBytes, parseNanoCpus } from '../../src/lib/cgroups.ts';

const KiB = 1024n;
const MiB = 1024n * KiB;
const GiB = 1024n * MiB;
const TiB = 1024n * GiB;
const PiB = 1024n * TiB;

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
