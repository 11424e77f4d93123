/** GS1 mod-10 check digit of a digit string without its check digit (weights 3,1 from the right). */
export function gs1CheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new RangeError('GS1 key body must be digits');
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export type Gs1KeyCheck =
  | { ok: true }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'check_digit'; expected: number };

/** Checks a GS1 key of a fixed length (GLN 13, GTIN-14 14, SSCC 18): digits only and right check digit. */
export function checkGs1Key(value: string, length: number): Gs1KeyCheck {
  if (value.length !== length || !/^\d+$/.test(value)) return { ok: false, reason: 'format' };
  const expected = gs1CheckDigit(value.slice(0, -1));
  return Number(value.at(-1)) === expected ? { ok: true } : { ok: false, reason: 'check_digit', expected };
}

/** A Global Location Number: 13 digits, the last a mod-10 check digit. */
export function checkGln(value: string): Gs1KeyCheck {
  return checkGs1Key(value, 13);
}
