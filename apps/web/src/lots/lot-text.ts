import type { Lang } from '@nguon/contracts/client';
import { unitLabel } from '@nguon/forms';
import { useCallback } from 'react';
import { useLang } from '../i18n/lang-store';

export interface Named {
  vi: string;
  en: string;
}

/** A name in the person's language; English falls back to Vietnamese when blank. */
export function useNameOf(): (name: Named) => string {
  const lang = useLang();
  return useCallback((name: Named) => (lang === 'en' && name.en.trim() ? name.en : name.vi), [lang]);
}

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** `1234.5, 'kg'` -> `1.234,5 kg` (vi) or `1,234.5 kg` (en), with a no-break space before the unit. */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  const number = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 3 }).format(value);
  return `${number}\u00a0${unitLabel(unit, lang)}`;
}

/** A number typed on a phone: `12,5` and `12.5` both mean twelve and a half; null when it is not one. */
export function parseTypedNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** A number as a phone keyboard shows it in the person's language, for prefilled inputs. */
export function typedNumber(value: number, lang: Lang): string {
  const text = String(Number.parseFloat(value.toPrecision(12)));
  return lang === 'vi' ? text.replace('.', ',') : text;
}
