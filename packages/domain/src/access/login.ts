export type Login = { kind: 'email'; email: string } | { kind: 'phone'; phone: string };

/** Vietnamese mobile numbers in any common writing (+84 91..., 091 2345 678) become 0912345678. */
export function normalizePhone(raw: string): string | null {
  let digits = raw.replace(/[\s.()-]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return /^0\d{8,10}$/.test(digits) ? digits : null;
}

/** A sign-in name is an email (lower-cased) or a phone number (normalised); anything else is null. */
export function normalizeLogin(raw: string): Login | null {
  const value = raw.trim();
  if (value.includes('@')) {
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? { kind: 'email', email: value.toLowerCase() } : null;
  }
  const phone = normalizePhone(value);
  return phone ? { kind: 'phone', phone } : null;
}
