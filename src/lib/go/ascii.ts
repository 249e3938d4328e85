/**
 * ASCII byte helpers shared by the Go parsers in this folder. Go parses bytes;
 * every grammar ported here is ASCII, so any non-ASCII UTF-16 unit fails the
 * same way a multi-byte UTF-8 sequence does in Go.
 */

export const CH_0 = 0x30;
export const CH_9 = 0x39;
export const CH_UNDERSCORE = 0x5f;
export const CH_DOT = 0x2e;

/** Go strconv/math/big `lower`: ORing 0x20 folds ASCII letters only. */
export const lower = (c: number): number => c | 0x20;
export const isDigit = (c: number): boolean => c >= CH_0 && c <= CH_9;
export const isHexLetter = (c: number): boolean => lower(c) >= 0x61 && lower(c) <= 0x66;

/** Go's int64 range. */
export const INT64_MAX = (1n << 63n) - 1n;
export const INT64_MIN = -(1n << 63n);
