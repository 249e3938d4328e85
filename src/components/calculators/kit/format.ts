import { formatBytesParts } from '../../../lib/layers.ts';
import type { Lang } from '../../../i18n/ui.ts';

const locales: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits }).format(value);
}

/** Binary units (KiB, MiB, GiB), the units Docker and the kernel report sizes in. */
export function formatBytes(lang: Lang, bytes: number): string {
  const { value, unit } = formatBytesParts(bytes);
  return `${formatNumber(lang, value, unit === 'B' ? 0 : 1)} ${unit}`;
}
