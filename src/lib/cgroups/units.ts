/**
 * The two Docker parsers that turn flag text into numbers before anything is
 * validated: docker/go-units RAMInBytes (`--memory`, `--memory-swap`) and
 * docker/cli opts.ParseCPUs (`--cpus`). Vectors in test/unit/cgroups-units.test.ts.
 *
 * Pure: no DOM, no locale, never throws.
 */

import { CH_DOT, INT64_MAX, INT64_MIN, isDigit } from '../go/ascii.ts';
import { parseRat } from '../go/big-rat.ts';
import { parseFloat64 } from '../go/strconv.ts';

export type MemoryBytesErrorCode = 'invalid-number' | 'invalid-suffix' | 'negative' | 'too-large';
export type MemoryBytesResult = { ok: true; bytes: bigint } | { ok: false; code: MemoryBytesErrorCode };

export type NanoCpusErrorCode = 'invalid-number' | 'cpus-precision' | 'too-large';
export type NanoCpusResult = { ok: true; nanoCpus: bigint } | { ok: false; code: NanoCpusErrorCode };

const TWO_POW_63 = 2 ** 63;

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

  const parsed = parseFloat64(num);
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
  const rat = parseRat(text);
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
