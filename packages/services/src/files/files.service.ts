import { createHash } from 'node:crypto';
import {
  type FileBody,
  type FileMediaType,
  type FileUploadQuery,
  type FileVariantName,
  type FileView,
  imageOnlyPurposes,
  resourceNames,
} from '@nguon/contracts';
import { type FileRow, findFileForServing, insertFile } from '@nguon/db';
import { tenantRoleAllows } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { fileKey } from '../file-store/file-store.port';
import { isImageType, sanitizeFileName, sniffFileType } from './file-content';
import { fileBody, parseStoredVariants, type StoredVariant, toFileView } from './file-views';
import { processImage, withoutMetadata } from './image-variants';

const notFound = () => new AppError('NOT_FOUND', { resource: resourceNames.file });

/** The type the bytes really are; it must be what the request declared and what the purpose takes. */
function acceptedType(file: FileBody, purpose: NonNullable<FileUploadQuery['purpose']>): FileMediaType {
  const sniffed = sniffFileType(file.bytes);
  const imagesOnly = imageOnlyPurposes.includes(purpose);
  if (!sniffed || sniffed !== file.contentType || (imagesOnly && !isImageType(sniffed))) {
    throw new AppError('UNSUPPORTED_FILE_TYPE', {
      accepted: imagesOnly ? 'PNG, JPEG, WebP' : 'PNG, JPEG, WebP, PDF',
    });
  }
  return sniffed;
}

async function withWebSizes<T extends object>(original: T, bytes: Uint8Array) {
  const image = await processImage(bytes);
  return [
    { ...original, width: image.width, height: image.height },
    ...image.variants.map((v) => ({ ...v, contentType: 'image/webp' })),
  ];
}

/** The original and, for images, its web sizes, with the bytes to store under each key. */
async function variantsOf(id: string, type: FileMediaType, bytes: Uint8Array) {
  const original = { name: 'original' as const, bytes, width: null, height: null, contentType: type };
  const all = isImageType(type) ? await withWebSizes(original, bytes) : [original];
  return all.map((v) => ({ ...v, key: fileKey(id, v.name) }));
}

/** Stores an uploaded file and its web sizes; only an owner may make it public. */
export async function uploadFile(
  ctx: ServiceContext,
  principal: Principal,
  file: FileBody,
  query: FileUploadQuery,
): Promise<FileView> {
  const actor = requireTenantAction(principal, 'files.upload');
  const isPublic = query.public === 'true';
  if (isPublic) requireTenantAction(principal, 'files.publish');
  const purpose = query.purpose ?? 'photo';
  const type = acceptedType(file, purpose);
  const id = ctx.newId();
  const bytes = isPublic && isImageType(type) ? await withoutMetadata(file.bytes, type) : file.bytes;
  const variants = await variantsOf(id, type, bytes);
  for (const variant of variants) await ctx.files.put(variant.key, variant.bytes);
  const stored: StoredVariant[] = variants.map(({ bytes, ...v }) => ({ ...v, byteSize: bytes.length }));
  try {
    await insertFile(ctx.db, {
      id,
      tenantId: actor.tenantId,
      purpose,
      contentType: type,
      byteSize: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      public: isPublic,
      originalName: sanitizeFileName(query.name),
      variants: stored,
      createdBy: actor.userId,
      now: ctx.now(),
    });
  } catch (error) {
    // No row, no file: the bytes written for it go too.
    await Promise.allSettled(variants.map((v) => ctx.files.delete(v.key)));
    throw error;
  }
  return getFileInfo(ctx, principal, id);
}

/** Files the platform keeps for its own work (a catalog import's CSV) are never served. */
const isInternal = (row: FileRow): boolean => row.purpose === 'catalog_import';

/** Whether the caller is a member of the file's tenant with the right to read files. */
function canRead(principal: Principal, row: FileRow): boolean {
  if (principal.kind === 'anonymous') return false;
  if (principal.tenantId !== row.tenant_id || !principal.role) return false;
  return tenantRoleAllows(principal.role, 'files.read');
}

export async function getFileInfo(ctx: ServiceContext, principal: Principal, id: string): Promise<FileView> {
  const actor = requireTenantAction(principal, 'files.read');
  const row = await findFileForServing(ctx.db, id);
  if (!row || row.tenant_id !== actor.tenantId || isInternal(row)) throw notFound();
  return toFileView(row);
}

/** The bytes of one size of a file: public files to anyone, others only to their tenant (everyone else: not found). */
export async function readFileVariant(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  name: FileVariantName,
): Promise<FileBody> {
  const row = await findFileForServing(ctx.db, id);
  if (!row || isInternal(row)) throw notFound();
  const member = canRead(principal, row);
  // A record's photo made public by a public field shows its web sizes (re-encoded, metadata stripped) to
  // strangers; its original, as the clerk's phone took it (GPS and all), stays the tenant's.
  const strangerMay = row.public && !(row.purpose === 'photo' && name === 'original');
  if (!member && !strangerMay) throw notFound();
  const variant = parseStoredVariants(row.variants).find((v) => v.name === name);
  if (!variant) throw notFound();
  const bytes = await ctx.files.get(variant.key);
  if (!bytes) throw new Error(`file ${id} ${name} is missing from the ${ctx.files.kind} store`);
  return fileBody(variant, bytes, row.public);
}
