/** Up to two capital letters for a person or a tenant without a picture: first and last word ("HTX Chè Tân Cương" -> "HC"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}
