import { checkGs1Key } from '../gs1/check-digit';
import { digitalLinkPercentEncode, percentDecodeSegment } from '../gs1/digital-link-uri';

export interface LabelUrlKeys {
  gtin14?: string | null;
  lotCode?: string | null;
}

/**
 * What every label URL of a batch starts with: `/01/{gtin}/21/` (with `/10/{lot}` when the lot is known at
 * print time) or `/q/` for labels printed before a product is. Throws on a GTIN with a wrong check digit.
 */
export function labelUrlPrefix(baseUrl: string, keys: LabelUrlKeys): string {
  const base = baseUrl.replace(/\/+$/, '');
  const gtin14 = keys.gtin14 ?? null;
  if (gtin14 === null) return `${base}/q/`;
  if (!checkGs1Key(gtin14, 14).ok) throw new RangeError('label URL needs a GTIN-14 with a right check digit');
  const lotCode = keys.lotCode ?? null;
  if (lotCode === null || lotCode === '') return `${base}/01/${gtin14}/21/`;
  return `${base}/01/${gtin14}/10/${digitalLinkPercentEncode(lotCode)}/21/`;
}

const printedKeys = /\/01\/([0-9]{14})(?:\/10\/([^/]+))?\/21\/$/;

/**
 * The keys a batch printed before each serial (its URL prefix): the GTIN and lot the labels carry for good,
 * whatever happens to the product or lot later. A `/q/` prefix carries none.
 */
export function printedLabelKeys(prefix: string): { gtin14: string | null; lot: string | null } {
  const match = printedKeys.exec(prefix);
  if (!match) return { gtin14: null, lot: null };
  const lot = match[2] === undefined ? null : percentDecodeSegment(match[2]);
  return { gtin14: match[1] ?? null, lot };
}

/** The URL printed in a label's QR code. */
export function labelUrl(prefix: string, serial: string): string {
  return prefix + serial;
}
