/**
 * Lot codes go into GS1 Digital Link URIs (`/10/{lot}`) and AI (10) allows at most 20 characters; we keep to
 * letters, digits, `.`, `-` and `_` so a code needs no escaping in a URL, a CSV cell or a file name.
 */
export const lotCodePattern = /^[A-Za-z0-9._-]{1,20}$/;
export const maxLotCodeLength = 20;

/** Placeholders of an owner's lot code pattern, e.g. `R{yy}-{seq}` -> `R25-0001`. */
export const lotCodeTokens = ['seq', 'yyyy', 'yy', 'mm', 'dd'] as const;

export type LotCodePatternFault = 'no_seq' | 'unknown_token' | 'bad_character' | 'too_long';

export interface LotCodeDate {
  year: number;
  month: number;
  day: number;
}

const tokenRegex = /\{([^{}]*)\}/g;
const seqDigits = 4;

function fill(pattern: string, seq: string, date: LotCodeDate): string {
  const values: Record<string, string> = {
    seq,
    yyyy: String(date.year).padStart(4, '0'),
    yy: String(date.year % 100).padStart(2, '0'),
    mm: String(date.month).padStart(2, '0'),
    dd: String(date.day).padStart(2, '0'),
  };
  return pattern.replace(tokenRegex, (whole, name: string) => values[name] ?? whole);
}

/** What is wrong with a pattern, or null. It must hold `{seq}` and give valid codes up to sequence 9999. */
export function lotCodePatternFault(pattern: string): LotCodePatternFault | null {
  const names = [...pattern.matchAll(tokenRegex)].map((match) => match[1] ?? '');
  if (names.some((name) => !(lotCodeTokens as readonly string[]).includes(name))) return 'unknown_token';
  if (!names.includes('seq')) return 'no_seq';
  const sample = fill(pattern, '9'.repeat(seqDigits), { year: 2099, month: 12, day: 31 });
  if (!/^[A-Za-z0-9._-]*$/.test(sample)) return 'bad_character';
  if (sample.length > maxLotCodeLength) return 'too_long';
  return null;
}

/** The code for the `seq`-th lot made on `date`; `{seq}` has at least four digits (`0001`). */
export function expandLotCodePattern(pattern: string, seq: number, date: LotCodeDate): string {
  return fill(pattern, String(seq).padStart(seqDigits, '0'), date);
}
