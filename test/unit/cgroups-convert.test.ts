// opencontainers/cgroups v1 → v2 conversions (src/lib/cgroups/convert.ts),
// tested through the public module path src/lib/cgroups.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blkioWeightToIoWeight, cpuSharesToCpuWeight, memorySwapToV2 } from '../../src/lib/cgroups.ts';

/** FNV-1a, 32 bit, over an ASCII string — Go's hash/fnv New32a. */
function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

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
