/**
 * Go `math/big` Rat.SetString, the exact-rational parser docker/cli's
 * opts.ParseCPUs uses for `--cpus` (so "1.5", "3/2", "15e-1" and "0x1.8p0" are
 * all 3/2). Ported from the behaviour of go/src/math/big/ratconv.go and
 * natconv.go; vectors in test/unit/go-big-rat.test.ts come from Go's
 * ratconv_test.go.
 *
 * Pure: no DOM, no locale, never throws.
 */

import { CH_0, CH_DOT, CH_UNDERSCORE, INT64_MAX, INT64_MIN, isDigit, lower } from './ascii.ts';

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
export interface Rational {
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
export function parseRat(s: string): Rational | null {
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
