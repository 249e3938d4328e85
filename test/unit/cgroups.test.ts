import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CGROUPS_ERROR_CODES,
  DOCKER_RESOURCE_FLAGS,
  dockerResourcesToCgroups,
  parseMemoryBytes,
  parseNanoCpus,
  type CgroupsOptions,
  type CgroupsResult,
  type DockerResourceFlags,
} from '../../src/lib/cgroups.ts';
import { cgroupsMessages } from '../support/calculators.ts';

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
