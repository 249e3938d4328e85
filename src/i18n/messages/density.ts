import type { DensityErrorCode } from '../../lib/density.ts';

/**
 * One sentence per error code of `compareDensity`. The field itself is shown
 * by the UI next to the input, so the sentences do not name it.
 */
export const densityMessages = {
  ko: {
    missing: '값을 입력해야 합니다.',
    'not-a-number': '숫자를 입력해야 합니다.',
    'not-finite': '유한한 숫자여야 합니다. 무한대로는 계산할 수 없습니다.',
    negative: '0 이상이어야 합니다. 음수는 쓸 수 없습니다.',
    zero: '0보다 커야 합니다. 이 값으로 나누거나 곱하므로 0이면 계산이 성립하지 않습니다.',
    'too-small': '0.001 이상이어야 합니다. 그보다 작은 값은 계산 정밀도를 넘습니다.',
    'too-large': '값이 너무 큽니다. 서버 한 대로 볼 수 있는 범위를 넘었습니다.',
  },
  en: {
    missing: 'A value is required.',
    'not-a-number': 'Enter a number.',
    'not-finite': 'Must be a finite number; infinity cannot be computed with.',
    negative: 'Must be 0 or more; negative values are not allowed.',
    zero: 'Must be greater than 0; the calculation divides or multiplies by this value.',
    'too-small': 'Must be at least 0.001; smaller values are beyond the precision of the calculation.',
    'too-large': 'The value is too large for a single host.',
  },
} satisfies { ko: Record<DensityErrorCode, string>; en: Record<DensityErrorCode, string> };

export default densityMessages;
