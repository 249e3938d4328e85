import type { Lang } from '../../i18n/locales.ts';

const locales: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits }).format(value);
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * Binary units (KiB, MiB, GiB), the units Docker and the kernel report sizes in. The same steps as
 * the layer model's formatBytesParts, kept here so that importing the kit does not put the layer
 * and digest models into the JavaScript of every calculator that formats a size.
 */
export function formatBytes(lang: Lang, bytes: number): string {
  let step = 0;
  let value = bytes;
  while (step < BYTE_UNITS.length - 1 && Math.abs(value) >= 1024) {
    value /= 1024;
    step += 1;
  }
  return `${formatNumber(lang, value, step === 0 ? 0 : 1)} ${BYTE_UNITS[step] ?? 'B'}`;
}

/** A `{slot}` template with its slots filled; a slot with no value is left as written. */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}
