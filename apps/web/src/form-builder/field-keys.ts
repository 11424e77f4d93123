/** Field keys: the property names records are stored under, `[a-z][a-z0-9_]{0,39}`. */

export const fieldKeyPattern = /^[a-z][a-z0-9_]{0,39}$/;
const maxKeyLength = 40;

/** A key from a label: Vietnamese diacritics stripped (đ→d), anything else but `[a-z0-9]` becomes `_`. */
export function fieldKeyFromLabel(label: string): string {
  const ascii = label
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, maxKeyLength)
    .replace(/_+$/, '');
  if (slug === '') return 'field';
  // a key starts with a letter; labels like "2. Ngày gieo" get a prefix
  return /^[a-z]/.test(slug) ? slug : `f_${slug}`.slice(0, maxKeyLength);
}

/** `base`, or `base_2`, `base_3`… the first one not taken, never longer than a key may be. */
export function uniqueFieldKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, maxKeyLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** True when the key was made from the label (possibly with a number), so it may follow label edits. */
export function keyFollowsLabel(key: string, label: string): boolean {
  const base = fieldKeyFromLabel(label);
  return key === base || new RegExp(`^${base.slice(0, 36)}[a-z0-9_]*_\\d+$`).test(key);
}

export type KeyProblem = 'empty' | 'format' | 'taken';

/** Why a key typed by the owner cannot be used, or null when it can. */
export function fieldKeyProblem(key: string, taken: ReadonlySet<string>): KeyProblem | null {
  if (key === '') return 'empty';
  if (!fieldKeyPattern.test(key)) return 'format';
  return taken.has(key) ? 'taken' : null;
}
