import type { Lang } from '@nguon/contracts/client';
import { readTypedNumber, type TypedNumberProblem, typedNumberText, unitLabel } from '@nguon/forms';
import { useCallback } from 'react';
import { useLang } from '../i18n/lang-store';
import type { MessageKey } from '../i18n/messages';

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

/** A quantity typed on a phone, read by the one number rule (`readTypedNumber`); null when blank or refused. */
export function parseTypedNumber(text: string): number | null {
  const read = readTypedNumber(text);
  return read.status === 'number' ? read.value : null;
}

/** What is wrong with a typed quantity: blank, not above zero, or refused by the number rule. */
export type QuantityProblem = 'required' | 'positive' | TypedNumberProblem;

export function quantityProblem(text: string): QuantityProblem | null {
  const read = readTypedNumber(text);
  if (read.status === 'empty') return 'required';
  if (read.status === 'refused') return read.problem;
  return read.value > 0 ? null : 'positive';
}

export const quantityProblemMessages: Record<QuantityProblem, MessageKey> = {
  required: 'common.required',
  positive: 'lots.quantityPositive',
  notNumber: 'formRenderer.number.notNumber',
  grouped: 'formRenderer.number.grouped',
  notWhole: 'formRenderer.number.notWhole',
};

/** A number as a phone keyboard shows it in the person's language, for prefilled inputs. */
export function typedNumber(value: number, lang: Lang): string {
  return typedNumberText(value, lang);
}
