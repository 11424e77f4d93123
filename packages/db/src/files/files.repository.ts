import type { Db } from '../database';
import type { FileRow } from '../schema';

export interface NewFile {
  id: string;
  tenantId: string;
  purpose: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  public: boolean;
  originalName: string | null;
  variants: unknown;
  createdBy: string | null;
  now: Date;
}

export async function insertFile(db: Db, file: NewFile): Promise<void> {
  await db
    .insertInto('files')
    .values({
      id: file.id,
      tenant_id: file.tenantId,
      purpose: file.purpose,
      content_type: file.contentType,
      byte_size: file.byteSize,
      sha256: file.sha256,
      public: file.public,
      original_name: file.originalName,
      variants: JSON.stringify(file.variants),
      created_at: file.now,
      created_by: file.createdBy,
    })
    .execute();
}

/** By id alone: public files are served to anyone, so the service decides who may read it. */
export async function findFileForServing(db: Db, id: string): Promise<FileRow | undefined> {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The files among `ids` that belong to the tenant. */
export async function findTenantFiles(db: Db, tenantId: string, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('files')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...ids])
    .execute();
}
