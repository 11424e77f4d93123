import type { Lang } from '@nguon/contracts/client';
import { readTypedNumber, type TypedNumberProblem, unitLabel } from '@nguon/forms';
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

/** The lot's quantity as recorded, else as declared. */
export const lotQuantity = (lot: { recordedQuantity: number | null; quantity: number }) =>
  lot.recordedQuantity ?? lot.quantity;

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
