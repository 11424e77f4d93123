import { type FileMediaType, imageMediaTypes } from '@nguon/contracts';
import { sniffImageType } from '../tenants/tenant-logo.service';

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
