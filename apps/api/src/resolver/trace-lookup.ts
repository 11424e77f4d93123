import type { DigitalLinkRequest } from '@nguon/domain';
import type { TraceLookup } from '@nguon/services';

/** From a parsed Digital Link to what the trace loader is asked (services/src/trace/trace-ports.ts). */

/** The TraceLookup a parsed link asks for; null for what no label of ours carries (a CPV qualifier). */
export function lookupOf(request: DigitalLinkRequest): TraceLookup | null {
  const keys = request.keys;
  if (keys.kind === 'short') return { kind: 'label', serial: keys.serial, gtin14: null, lot: null };
  if (keys.cpv !== null) return null;
  if (keys.serial !== null) return { kind: 'label', serial: keys.serial, gtin14: keys.gtin14, lot: keys.lot };
  if (keys.lot !== null) return { kind: 'lot', gtin14: keys.gtin14, lot: keys.lot };
  return { kind: 'product', gtin14: keys.gtin14 };
}

/** The serial a link carries (`/q/{serial}` or AI 21), if any. */
export const serialOf = (request: DigitalLinkRequest): string | null => request.keys.serial;
