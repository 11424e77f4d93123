import type { PublicImage } from '@nguon/contracts';
import type { FileRow } from '@nguon/db';
import { parseStoredVariants } from '../files/file-views';

const variantUrl = (fileId: string, name: string) => `/api/v1/files/${fileId}/${name}`;

/** A public file as the page shows it: the phone size as `src`, every web size in `srcset`; null if not an image. */
export function toPublicImage(row: FileRow): PublicImage | null {
  const sized = parseStoredVariants(row.variants).flatMap((variant) =>
    variant.name !== 'original' && variant.width !== null && variant.height !== null
      ? [{ name: variant.name, width: variant.width, height: variant.height }]
      : [],
  );
  const phone = sized.find((variant) => variant.name === 'thumb') ?? sized[0];
  if (!phone) return null;
  return {
    src: variantUrl(row.id, phone.name),
    width: phone.width,
    height: phone.height,
    srcset: sized.map((variant) => `${variantUrl(row.id, variant.name)} ${variant.width}w`).join(', '),
  };
}

/** The public files of a trace (only rows marked public, of the trace's own tenant) and their images. */
export interface PublicFiles {
  ids: ReadonlySet<string>;
  images: ReadonlyMap<string, PublicImage>;
}

export function publicFilesOf(rows: readonly FileRow[]): PublicFiles {
  const images = new Map<string, PublicImage>();
  for (const row of rows) {
    const image = row.public ? toPublicImage(row) : null;
    if (image) images.set(row.id, image);
  }
  return { ids: new Set(rows.filter((row) => row.public).map((row) => row.id)), images };
}

export function imagesOf(ids: readonly string[], files: PublicFiles): PublicImage[] {
  return ids.flatMap((id) => {
    const image = files.images.get(id);
    return image ? [image] : [];
  });
}

/** A public file's document link (a PDF or the original image). */
export const documentUrl = (fileId: string) => variantUrl(fileId, 'original');
