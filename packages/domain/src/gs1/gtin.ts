import { gs1CheckDigit } from './check-digit';

export type GtinCheck =
  | { ok: true; gtin14: string }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'check_digit'; expected: number };

/** GTIN-8, -12, -13 or -14 with a right mod-10 check digit, as the 14 digits GS1 stores (left-padded with zeros). */
export function normalizeGtin(value: string): GtinCheck {
  const digits = value.trim();
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length))
    return { ok: false, reason: 'format' };
  const expected = gs1CheckDigit(digits.slice(0, -1));
  if (Number(digits.at(-1)) !== expected) return { ok: false, reason: 'check_digit', expected };
  return { ok: true, gtin14: digits.padStart(14, '0') };
}

/**
 * Whether a GS1 company prefix (6–12 digits) starts the GTIN. The indicator digit of the GTIN-14 is
 * skipped and leading zeros are ignored on both sides, so a U.P.C. prefix (036000) matches its
 * GTIN-13 form (0036000) and a GS1-8 prefix matches a GTIN-8.
 */
export function gtinHasCompanyPrefix(gtin14: string, companyPrefix: string): boolean {
  const body = gtin14.slice(1, 13).replace(/^0+/, '');
  const prefix = companyPrefix.replace(/^0+/, '');
  return prefix.length > 0 && body.startsWith(prefix);
}
