import type { CgroupsErrorCode } from '../../lib/cgroups.ts';

/**
 * One explanation per error code of `dockerResourcesToCgroups` and
 * `parseMemoryBytes`. The UI shows it next to the flag it belongs to; codes
 * that only one flag can produce name that flag and its limits.
 */
export const cgroupsMessages = {
  ko: {
    'invalid-number': '도커가 숫자로 읽지 못하는 값입니다. 앞뒤 공백, 쉼표, 오타를 확인하세요.',
    'invalid-suffix':
      '단위는 b, k, m, g, t, p 중 하나여야 하고 뒤에 b나 ib를 붙일 수 있습니다(예: 512m, 1.5g, 2GiB). 단위는 1024배씩 커집니다.',
    negative: '음수는 쓸 수 없습니다.',
    'too-large':
      '값이 너무 큽니다. 도커는 이 값을 64비트 정수로 다루므로 2^63−1(9223372036854775807)을 넘을 수 없습니다.',
    'cpus-precision': '--cpus는 소수점 아래 9자리(10억분의 1 CPU)까지만 나타낼 수 있습니다.',
    'cpus-too-low':
      '--cpus는 0.01 이상이어야 합니다. 그보다 작으면 CFS 쿼터가 100000µs 주기당 1000µs(1ms)에 못 미쳐 커널이 거부합니다.',
    'cpus-exceed-host': '--cpus는 호스트의 CPU 수를 넘을 수 없습니다. dockerd는 0.01부터 CPU 수까지만 받습니다.',
    'cpu-shares-range':
      '--cpu-shares는 2 이상 262144 이하여야 합니다(0은 설정하지 않음). 범위를 벗어나면 cgroup v1 커널이 값을 잘라 runc가 실패합니다.',
    'memory-too-low': '메모리 제한은 6MiB(6291456바이트) 이상이어야 합니다.',
    'swap-without-memory': '--memory-swap을 쓰려면 --memory도 함께 지정해야 합니다.',
    'swap-less-than-memory': '--memory-swap은 메모리와 스왑을 합친 한도라서 --memory보다 작을 수 없습니다.',
    'blkio-weight-range': '--blkio-weight는 10 이상 1000 이하여야 합니다(0은 설정하지 않음).',
    'pids-too-large': '--pids-limit은 4194304 이하여야 합니다. 64비트 커널의 pids.max가 받는 최댓값입니다.',
  },
  en: {
    'invalid-number': 'Docker cannot read this as a number. Check for spaces, commas or typos.',
    'invalid-suffix':
      'The unit must be one of b, k, m, g, t, p, optionally followed by b or ib (e.g. 512m, 1.5g, 2GiB); each step is ×1024.',
    negative: 'Negative values are not allowed.',
    'too-large':
      'Too large: Docker holds this value in a 64-bit integer, so it cannot exceed 2^63 − 1 (9223372036854775807).',
    'cpus-precision': '--cpus can have at most 9 decimal places (one billionth of a CPU).',
    'cpus-too-low':
      '--cpus must be at least 0.01; below that the CFS quota is under 1000 µs (1 ms) per 100000 µs period, which the kernel refuses.',
    'cpus-exceed-host': '--cpus cannot exceed the number of CPUs on the host; dockerd accepts 0.01 up to that number.',
    'cpu-shares-range':
      '--cpu-shares must be between 2 and 262144 (0 means unset); outside that range the cgroup v1 kernel clamps the value and runc fails.',
    'memory-too-low': 'The memory limit must be at least 6 MiB (6291456 bytes).',
    'swap-without-memory': '--memory-swap requires --memory to be set as well.',
    'swap-less-than-memory':
      '--memory-swap is the combined memory + swap limit, so it cannot be smaller than --memory.',
    'blkio-weight-range': '--blkio-weight must be between 10 and 1000 (0 means unset).',
    'pids-too-large': '--pids-limit must be at most 4194304, the largest pids.max a 64-bit kernel accepts.',
  },
} satisfies { ko: Record<CgroupsErrorCode, string>; en: Record<CgroupsErrorCode, string> };

export default cgroupsMessages;
