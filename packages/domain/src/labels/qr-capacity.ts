/** Bytes a QR symbol holds in byte mode at error correction level M, by version 1..40 (ISO/IEC 18004 table 7). */
const byteCapacityAtM: readonly number[] = [
  14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779,
  857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
];

/** Modules of quiet zone printed on each side of a QR symbol. */
export const qrQuietZoneModules = 4;

const utf8 = new TextEncoder();

/**
 * The side in modules of the QR symbol for `text` (UTF-8, byte mode, level M), without the quiet zone,
 * or null when no version holds it. Layout checks use it to know how small a module gets.
 */
export function qrModuleCount(text: string): number | null {
  const bytes = utf8.encode(text).length;
  const index = byteCapacityAtM.findIndex((capacity) => bytes <= capacity);
  return index < 0 ? null : 17 + 4 * (index + 1);
}
