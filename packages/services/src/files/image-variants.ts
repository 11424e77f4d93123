import { imageVariantSizes } from '@nguon/contracts';
import sharp from 'sharp';
import { AppError } from '../errors/app-error';

export interface ImageVariant {
  name: 'thumb' | 'large';
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface ProcessedImage {
  width: number;
  height: number;
  variants: ImageVariant[];
}

/** A decompression bomb (a small file of huge dimensions) is refused before it is decoded. */
const limitInputPixels = 50_000_000;

async function webpVariant(bytes: Uint8Array, name: ImageVariant['name']): Promise<ImageVariant> {
  const size = imageVariantSizes[name];
  const { data, info } = await sharp(bytes, { limitInputPixels, failOn: 'error' })
    .rotate()
    .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { name, bytes: data, width: info.width, height: info.height };
}

/** The upright size of the image and its web sizes (WebP, metadata stripped); an undecodable image is the caller's fault. */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  try {
    const meta = await sharp(bytes, { limitInputPixels, failOn: 'error' }).metadata();
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.autoOrient?.height ?? meta.height;
    if (!width || !height) throw new Error('image without dimensions');
    const variants = await Promise.all([webpVariant(bytes, 'thumb'), webpVariant(bytes, 'large')]);
    return { width, height, variants };
  } catch {
    throw new AppError('FILE_UNREADABLE');
  }
}

/**
 * The original re-encoded upright in its own format without metadata: a public photo must not tell
 * anyone where a farm is (EXIF GPS) or which phone took it.
 */
export async function withoutMetadata(bytes: Uint8Array, type: string) {
  try {
    const image = sharp(bytes, { limitInputPixels, failOn: 'error' }).rotate();
    const encoded =
      type === 'image/png'
        ? image.png()
        : type === 'image/jpeg'
          ? image.jpeg({ quality: 90 })
          : image.webp({ quality: 90 });
    return new Uint8Array(await encoded.toBuffer());
  } catch {
    throw new AppError('FILE_UNREADABLE');
  }
}
