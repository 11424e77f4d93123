export const filePurposes = ['photo', 'document', 'signature', 'product_image', 'certificate'] as const;
export type FilePurpose = (typeof filePurposes)[number];
/** Purposes that only take images; documents and certificates may also be PDF. */
export const imageOnlyPurposes: readonly FilePurpose[] = ['photo', 'signature', 'product_image'];

export const fileMediaTypes = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type FileMediaType = (typeof fileMediaTypes)[number];
export const maxFileBytes = 10 * 1024 * 1024;

/** Web sizes made of every image: the longest side at most this many pixels, as WebP. */
export const imageVariantSizes = { thumb: 320, large: 1280 } as const;
export const fileVariantNames = ['original', 'thumb', 'large'] as const;
export type FileVariantName = (typeof fileVariantNames)[number];
