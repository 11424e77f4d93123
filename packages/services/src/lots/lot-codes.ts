import type { WordSource } from '@nguon/contracts';
import { type Db, lotCodeExists, nextLotSeq, type ProductRow } from '@nguon/db';
import { expandLotCodePattern, type LotCodePatternFault, lotCodePatternFault } from '@nguon/domain';
import { AppError, isUniqueViolation } from '../errors/app-error';
import { bothLanguages } from './lot-views';

const patternFault = (fault: LotCodePatternFault): WordSource => ({
  kind: 'message',
  key: `lots.detail.pattern.${fault}`,
});

/** LOT_CODE_PATTERN_INVALID for a bad pattern (the catalogue quotes the pattern's placeholders, so none is filled). */
export function assertLotCodePattern(pattern: string | null, path: string): void {
  if (pattern === null) return;
  const fault = lotCodePatternFault(pattern);
  if (fault) throw new AppError('LOT_CODE_PATTERN_INVALID', { detail: patternFault(fault) }, path);
}

/** Today's date in Viet Nam, where lots are made. */
function vietnamDay(now: Date) {
  const [year = 0, month = 0, day = 0] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(now)
    .split('-')
    .map(Number);
  return { year, month, day };
}

/** The code a new lot gets: the one typed, else the product's pattern filled with its next sequence number. */
export async function newLotCode(
  db: Db,
  product: ProductRow,
  typed: string | undefined,
  now: Date,
  path: string,
): Promise<string> {
  if (typed !== undefined) return typed;
  if (product.lot_code_pattern === null) {
    throw new AppError(
      'LOT_CODE_REQUIRED',
      { product: bothLanguages({ vi: product.name_vi, en: product.name_en }) },
      path,
    );
  }
  const day = vietnamDay(now);
  // skip codes someone typed by hand earlier; the sequence only grows, so this ends
  for (;;) {
    const seq = await nextLotSeq(db, product.tenant_id, product.id);
    const code = expandLotCodePattern(product.lot_code_pattern, seq, day);
    if (!(await lotCodeExists(db, product.id, code))) return code;
  }
}

/** A lot code is unique per product: the unique index decides, whoever writes at the same time. */
export function lotCodeTakenError(error: unknown, code: string, path: string): unknown {
  if (!isUniqueViolation(error) || typeof error !== 'object' || error === null) return error;
  const constraint = 'constraint' in error ? String(error.constraint) : '';
  return constraint === 'lots_product_code_key' ? new AppError('LOT_CODE_TAKEN', { code }, path) : error;
}
