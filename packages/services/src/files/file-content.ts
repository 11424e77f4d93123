import { type FileMediaType, imageMediaTypes } from '@nguon/contracts';

const signatures: Record<(typeof imageMediaTypes)[number], (b: Uint8Array) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    Buffer.from(b.subarray(0, 4)).toString('latin1') === 'RIFF' &&
    Buffer.from(b.subarray(8, 12)).toString('latin1') === 'WEBP',
};

/** The media type the bytes really are, whatever the request claimed; null when none we accept. */
export function sniffImageType(bytes: Uint8Array): (typeof imageMediaTypes)[number] | null {
  return imageMediaTypes.find((type) => signatures[type](bytes)) ?? null;
}

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** What the bytes really are, from their magic bytes; null for anything we do not accept (SVG, HTML, ZIP...). */
export function sniffFileType(bytes: Uint8Array): FileMediaType | null {
  const image = sniffImageType(bytes);
  if (image) return image;
  return pdfMagic.every((byte, i) => bytes[i] === byte) ? 'application/pdf' : null;
}

export const isImageType = (type: string): boolean => imageMediaTypes.some((image) => image === type);

/** A user's file name made harmless for display: no folders, control or shell-special characters; null when nothing is left. */
export function sanitizeFileName(name: string | undefined): string | null {
  if (name === undefined) return null;
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? null : cleaned;
}
