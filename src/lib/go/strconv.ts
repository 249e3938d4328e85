/**
 * Go `strconv` grammar, as the Docker CLI reaches it through spf13/pflag:
 * ParseInt / ParseUint with base 0 (prefixes 0b/0o/0x, a bare leading 0 for
 * octal, underscores between digits) and ParseFloat (decimal and hex floats,
 * inf/nan, underscores only with a base prefix). Ported from the behaviour of
 * go/src/strconv/atoi.go and atof.go. test/unit/go-strconv.test.ts runs Go's own
 * atoi_test.go vectors; ParseFloat is exercised through the go-units RAMInBytes
 * vectors in test/unit/cgroups-units.test.ts.
 *
 * Pure: no DOM, no locale, never throws.
 */

import { CH_0, CH_DOT, CH_UNDERSCORE, INT64_MAX, INT64_MIN, isDigit, isHexLetter, lower } from './ascii.ts';

// ---------------------------------------------------------------------------
// Go strconv.ParseInt / ParseUint with base 0 (spf13/pflag Int64Var / Uint16Var)
// ---------------------------------------------------------------------------

export type GoIntResult = { ok: true; value: bigint } | { ok: false; reason: 'syntax' | 'range' };

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
export function parseUint(text: string, bitSize: number): GoIntResult {
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
export function parseInt64(text: string): GoIntResult {
  if (text === '') return { ok: false, reason: 'syntax' };
  let neg = false;
  let s = text;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  const u = parseUint(s, 64);
  if (!u.ok) return u;
  if (!neg && u.value > INT64_MAX) return { ok: false, reason: 'range' };
  if (neg && u.value > -INT64_MIN) return { ok: false, reason: 'range' };
  return { ok: true, value: neg ? -u.value : u.value };
}

// ---------------------------------------------------------------------------
// Go strconv.ParseFloat(s, 64), the number part of go-units RAMInBytes
// ---------------------------------------------------------------------------

export type GoFloatResult = { ok: true; value: number } | { ok: false; reason: 'syntax' | 'range' };

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
export function parseFloat64(s: string): GoFloatResult {
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
