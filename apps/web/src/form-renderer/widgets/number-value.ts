import type { Lang } from '@nguon/contracts/client';
import { findUnit } from '@nguon/forms';

/** A number from a widget value, which rjsf may hand over as a string in a comma-decimal locale. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value.trim().replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** What the quantity box prints after the value: the unit's symbol, else its name in the form's language. */
export function unitSuffix(code: unknown, lang: Lang): string | null {
  if (typeof code !== 'string' || code === '') return null;
  const unit = findUnit(code);
  if (!unit) return code;
  return unit.symbol ?? unit.name[lang];
}
