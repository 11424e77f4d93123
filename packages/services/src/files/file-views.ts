import {
  type FileBody,
  type FileVariantName,
  type FileView,
  FileView as FileViewSchema,
} from '@nguon/contracts';
import type { FileRow } from '@nguon/db';
import { createAjv } from '@nguon/forms';

/** One stored size of a file, as kept in the row's `variants` column. */
export interface StoredVariant {
  name: FileVariantName;
  key: string;
  contentType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
}

const nullableInteger = { type: ['integer', 'null'] };
const StoredVariants = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      name: { enum: ['original', 'thumb', 'large'] },
      key: { type: 'string' },
      contentType: { type: 'string' },
      byteSize: { type: 'integer' },
      width: nullableInteger,
      height: nullableInteger,
    },
    required: ['name', 'key', 'contentType', 'byteSize', 'width', 'height'],
  },
};
const validateVariants = createAjv().compile<StoredVariant[]>(StoredVariants);
const validateView = createAjv().compile<FileView>(FileViewSchema);

/** Variants read back from the database are parsed like any input. */
export function parseStoredVariants(value: unknown): StoredVariant[] {
  if (!validateVariants(value)) throw new Error('stored file variants are malformed');
  return value;
}

export function toFileView(row: FileRow): FileView {
  const view = {
    id: row.id,
    purpose: row.purpose,
    contentType: row.content_type,
    byteSize: row.byte_size,
    sha256: row.sha256,
    public: row.public,
    name: row.original_name,
    variants: parseStoredVariants(row.variants).map(({ key: _key, ...variant }) => ({
      ...variant,
      url: `/api/v1/files/${row.id}/${variant.name}`,
    })),
    createdAt: row.created_at.toISOString(),
  };
  // The row's purpose and type are constrained by CHECKs; the validator proves it to the compiler.
  if (!validateView(view)) throw new Error('stored file row does not make a file view');
  return view;
}

export const fileBody = (variant: StoredVariant, bytes: Uint8Array, isPublic: boolean): FileBody => ({
  contentType: variant.contentType,
  bytes,
  caching: isPublic ? 'public' : 'private',
});
