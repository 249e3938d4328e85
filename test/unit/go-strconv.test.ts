// Go strconv grammar (src/lib/go/strconv.ts) against Go's own vectors:
// go/src/strconv/atoi_test.go, the base-0 rows of parseUint64BaseTests and
// parseInt64BaseTests (base 0 is what spf13/pflag's Int64Var / Uint16Var use),
// including the "underscores allowed with base == 0 only" section.
import { describe, expect, it } from 'vitest';
import { parseInt64, parseUint, type GoIntResult } from '../../src/lib/go/strconv.ts';

const MAX_U64 = (1n << 64n) - 1n;
const MAX_I64 = (1n << 63n) - 1n;
const MIN_I64 = -(1n << 63n);

/** A Go (value, err) pair as one comparable string; Go returns the clamped value with ErrRange. */
const show = (r: GoIntResult): string => (r.ok ? r.value.toString() : r.reason);

describe('parseUint(s, 64): atoi_test.go parseUint64BaseTests, base 0', () => {
  it.each<[string, string]>([
    ['', 'syntax'],
    ['0', '0'],
    ['0x', 'syntax'],
    ['0X', 'syntax'],
    ['1', '1'],
    ['12345', '12345'],
    ['012345', String(0o12345)],
    ['0x12345', String(0x12345)],
    ['0X12345', String(0x12345)],
    ['12345x', 'syntax'],
    ['0xabcdefg123', 'syntax'],
    ['123456789abc', 'syntax'],
    ['98765432100', '98765432100'],
    ['18446744073709551615', MAX_U64.toString()],
    ['18446744073709551616', 'range'],
    ['18446744073709551620', 'range'],
    ['0xFFFFFFFFFFFFFFFF', MAX_U64.toString()],
    ['0x10000000000000000', 'range'],
    ['01777777777777777777777', MAX_U64.toString()],
    ['01777777777777777777778', 'syntax'],
    ['02000000000000000000000', 'range'],
    ['0200000000000000000000', (1n << 61n).toString()],
    ['0b', 'syntax'],
    ['0B', 'syntax'],
    ['0b101', '5'],
    ['0B101', '5'],
    ['0o', 'syntax'],
    ['0O', 'syntax'],
    ['0o377', '255'],
    ['0O377', '255'],
    // underscores allowed with base == 0 only
    ['1_2_3_4_5', '12345'],
    ['_12345', 'syntax'],
    ['1__2345', 'syntax'],
    ['12345_', 'syntax'],
    ['0x_1_2_3_4_5', String(0x12345)],
    ['_0x12345', 'syntax'],
    ['0x__12345', 'syntax'],
    ['0x1__2345', 'syntax'],
    ['0x1234__5', 'syntax'],
    ['0x12345_', 'syntax'],
    ['0_1_2_3_4_5', String(0o12345)],
    ['_012345', 'syntax'],
    ['0__12345', 'syntax'],
    ['01234__5', 'syntax'],
    ['012345_', 'syntax'],
    ['0o_1_2_3_4_5', String(0o12345)],
    ['_0o12345', 'syntax'],
    ['0o__12345', 'syntax'],
    ['0o1234__5', 'syntax'],
    ['0o12345_', 'syntax'],
    ['0b_1_0_1', '5'],
    ['_0b101', 'syntax'],
  ])('%j → %s', (text, want) => {
    expect(show(parseUint(text, 64))).toBe(want);
  });
});

describe('parseUint(s, 16): the bit size bounds the range (pflag Uint16Var, --blkio-weight)', () => {
  it.each<[string, string]>([
    ['65535', '65535'],
    ['65536', 'range'],
    ['0xffff', '65535'],
    ['0x10000', 'range'],
    ['-1', 'syntax'],
    ['+1', 'syntax'],
  ])('%j → %s', (text, want) => {
    expect(show(parseUint(text, 16))).toBe(want);
  });
});

describe('parseInt64: atoi_test.go parseInt64BaseTests, base 0', () => {
  it.each<[string, string]>([
    ['', 'syntax'],
    ['0', '0'],
    ['-0', '0'],
    ['1', '1'],
    ['-1', '-1'],
    ['12345', '12345'],
    ['-12345', '-12345'],
    ['012345', String(0o12345)],
    ['-012345', String(-0o12345)],
    ['0x12345', String(0x12345)],
    ['-0X12345', String(-0x12345)],
    ['12345x', 'syntax'],
    ['-12345x', 'syntax'],
    ['98765432100', '98765432100'],
    ['-98765432100', '-98765432100'],
    ['9223372036854775807', MAX_I64.toString()],
    ['-9223372036854775807', (-MAX_I64).toString()],
    ['9223372036854775808', 'range'],
    ['-9223372036854775808', MIN_I64.toString()],
    ['9223372036854775809', 'range'],
    ['-9223372036854775809', 'range'],
  ])('%j → %s', (text, want) => {
    expect(show(parseInt64(text))).toBe(want);
  });
});
