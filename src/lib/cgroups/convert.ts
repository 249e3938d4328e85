/**
 * opencontainers/cgroups conversions from the OCI runtime spec's values
 * (cgroup v1 semantics) to cgroup v2 files, as runc's fs2 manager applies them
 * (utils.go ConvertCPUSharesToCgroupV2Value, ConvertBlkIOToIOWeightValue,
 * ConvertMemorySwapToCgroupV2Value). Vectors in test/unit/cgroups-convert.test.ts.
 *
 * Pure: no DOM, no locale, never throws.
 */

/**
 * 'current': the cpu.weight mapping of runc ≥ 1.3.2 / crun ≥ 1.23.
 * 'legacy': the linear mapping of older runtimes.
 */
export type CpuWeightFormula = 'current' | 'legacy';

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
