import { type FilePurpose, fileMediaTypes, maxFileBytes } from '@nguon/contracts/client';
import { api } from '../api/client';
import type { FormRendererContext, UploadKind } from '../form-renderer';
import { searchCatalogItems } from './use-catalog-options';

const purposeOf: Record<UploadKind, FilePurpose> = {
  photo: 'photo',
  signature: 'signature',
  file: 'document',
};
const accepted: readonly string[] = fileMediaTypes;

export type UploadRefusal = 'wrongType' | 'tooLarge' | 'empty';

/** Why the API would refuse this file, found before it travels over a slow connection; null when it may go. */
export function uploadRefusal(file: Pick<File, 'type' | 'size'>): UploadRefusal | null {
  if (!accepted.includes(file.type)) return 'wrongType';
  if (file.size === 0) return 'empty';
  return file.size > maxFileBytes ? 'tooLarge' : null;
}

/** Where the server serves a file or one of its sizes. */
export function fileUrl(id: string, variant: 'original' | 'thumb' | 'large' = 'original'): string {
  const base = `/api/v1/files/${encodeURIComponent(id)}`;
  return variant === 'original' ? base : `${base}/${variant}`;
}

/** Sends a photo or document to the files endpoint as the raw body; the answer names the stored file. */
export async function uploadToServer(
  file: Blob,
  purpose: FilePurpose,
  options: { name?: string; public?: boolean } = {},
) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return api.call('uploadFile', {
    query: {
      purpose,
      ...(options.name ? { name: options.name.slice(0, 255) } : {}),
      ...(options.public ? { public: 'true' } : {}),
    },
    body: { contentType: file.type, bytes },
  });
}

/** The renderer's host for real data entry: catalog search and uploads go to the server. */
export const serverRendererContext: FormRendererContext = {
  searchCatalog: searchCatalogItems,
  async uploadFile(file, kind, onProgress) {
    const name = file instanceof File ? file.name : undefined;
    const stored = await uploadToServer(file, purposeOf[kind], { name });
    onProgress?.(1);
    return { id: stored.id, url: fileUrl(stored.id) };
  },
  fileUrl: (id) => fileUrl(id),
};
