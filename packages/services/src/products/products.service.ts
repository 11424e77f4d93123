import {
  type CreateProductBody,
  type ProductFields,
  type ProductListQuery,
  type ProductPage,
  type ProductView,
  resourceNames,
  type UpdateProductBody,
  type WordSource,
} from '@nguon/contracts';
import {
  type Db,
  findProcess,
  findProduct,
  findTenantFiles,
  insertProduct,
  searchProducts,
  updateProduct,
} from '@nguon/db';
import { searchWords } from '@nguon/domain';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError, isUniqueViolation } from '../errors/app-error';
import { isImageType } from '../files/file-content';
import { assertLotCodePattern } from '../lots/lot-codes';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { checkProductFields, withDefaults } from './product-rules';
import { fieldsOf, productContent, toProductView } from './product-views';

async function requireProduct(db: Db, tenantId: string, id: string) {
  const row = await findProduct(db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.product });
  return row;
}

const anImage: WordSource = { kind: 'message', key: 'products.detail.anImage' };
const aFile: WordSource = { kind: 'message', key: 'products.detail.aFile' };

/** Images and certificate documents must be files of the tenant; images must be images. */
async function checkFileRefs(db: Db, tenantId: string, fields: ProductFields): Promise<void> {
  const refs = [
    ...fields.imageIds.map((id, i) => ({ id, path: `/imageIds/${i}`, image: true })),
    ...fields.certifications.flatMap((c, i) =>
      c.documentFileId
        ? [{ id: c.documentFileId, path: `/certifications/${i}/documentFileId`, image: false }]
        : [],
    ),
  ];
  const found = new Map(
    (
      await findTenantFiles(
        db,
        tenantId,
        refs.map((r) => r.id),
      )
    ).map((f) => [f.id, f]),
  );
  for (const ref of refs) {
    const file = found.get(ref.id);
    if (!file || (ref.image && !isImageType(file.content_type))) {
      throw new AppError(
        'FILE_NOT_USABLE',
        { path: ref.path, expected: ref.image ? anImage : aFile },
        ref.path,
      );
    }
  }
}

/** The process a product follows must be the tenant's and (unless a template just made it) published. */
async function checkProcessRef(
  db: Db,
  tenantId: string,
  processId: string | null,
  mayBeDraft = false,
): Promise<void> {
  if (processId === null) return;
  const process = await findProcess(db, tenantId, processId);
  if (!process) throw new AppError('NOT_FOUND', { resource: resourceNames.process }, '/processId');
  if (!process.latest_version && !mayBeDraft) {
    throw new AppError('PROCESS_NOT_PUBLISHED', { name: process.name_vi }, '/processId');
  }
}

/** Checks a product's fields and references; answers the row content to store. */
async function checkedContent(
  ctx: ServiceContext,
  actor: TenantActor,
  fields: ProductFields,
  processMayBeDraft = false,
) {
  const { gtin14 } = checkProductFields(fields);
  assertLotCodePattern(fields.lotCodePattern?.trim() || null, '/lotCodePattern');
  await checkFileRefs(ctx.db, actor.tenantId, fields);
  await checkProcessRef(ctx.db, actor.tenantId, fields.processId, processMayBeDraft);
  return productContent(fields, gtin14);
}

/** SKU is unique per tenant, GTIN on the whole platform: the unique indexes decide, whoever writes at the same time. */
function uniquenessError(error: unknown, fields: ProductFields): unknown {
  if (!isUniqueViolation(error) || typeof error !== 'object' || error === null) return error;
  const constraint = 'constraint' in error ? String(error.constraint) : '';
  // the message never says whose product holds the GTIN
  if (constraint === 'products_gtin_key')
    return new AppError('GTIN_TAKEN', { value: fields.gtin ?? '' }, '/gtin');
  if (constraint === 'products_tenant_sku_key')
    return new AppError('SKU_TAKEN', { value: fields.sku }, '/sku');
  return error;
}

export async function listProducts(
  ctx: ServiceContext,
  principal: Principal,
  query: ProductListQuery,
): Promise<ProductPage> {
  const actor = requireTenantAction(principal, 'products.read');
  const page = Number(query.page ?? '1');
  const pageSize = Number(query.pageSize ?? '25');
  const { rows, total } = await searchProducts(ctx.db, {
    tenantId: actor.tenantId,
    words: searchWords(query.q ?? ''),
    ...(query.productType && { productType: query.productType }),
    ...(query.processId && { processId: query.processId }),
    archived: query.archived === 'true',
    ...(query.hasPublishedProcess && { hasPublishedProcess: query.hasPublishedProcess === 'true' }),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: rows.map((row) => toProductView(row, ctx.now())), total, page, pageSize };
}

export async function getProduct(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<ProductView> {
  const actor = requireTenantAction(principal, 'products.read');
  return toProductView(await requireProduct(ctx.db, actor.tenantId, id), ctx.now());
}

/** What a product write changed: its pages, and the unknown-code answers when a GTIN starts answering. */
const productTags = (id: string, gtinAnswersAnew: boolean) =>
  gtinAnswersAnew ? [traceTags.product(id), traceTags.unknown] : [traceTags.product(id)];

/**
 * `processMayBeDraft`: the sample product a template creates follows the draft process made with it (lots
 * still need a published version: requireLotProduct says so).
 */
export async function createProduct(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateProductBody,
  options: { processMayBeDraft?: boolean } = {},
): Promise<ProductView> {
  const actor = requireTenantAction(principal, 'products.manage');
  const fields = withDefaults(body);
  const content = await checkedContent(ctx, actor, fields, options.processMayBeDraft);
  const id = ctx.newId();
  await insertProduct(ctx.db, {
    id,
    tenantId: actor.tenantId,
    content,
    by: actor.userId,
    now: ctx.now(),
  }).catch((error: unknown) => {
    throw uniquenessError(error, fields);
  });
  announcePublicChanges(ctx, productTags(id, content.gtin !== null));
  return getProduct(ctx, principal, id);
}

/** Edits, archives or restores a product at the revision read. */
export async function changeProduct(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: UpdateProductBody,
): Promise<ProductView> {
  const actor = requireTenantAction(principal, 'products.manage');
  const current = await requireProduct(ctx.db, actor.tenantId, id);
  const { revision, archived, ...changes } = body;
  const fields = { ...fieldsOf(toProductView(current, ctx.now())), ...changes };
  // a product keeps the process it follows, even a template's still unpublished one
  const content = await checkedContent(ctx, actor, fields, fields.processId === current.process_id);
  const archivedAt = archived === undefined ? current.archived_at : archived ? ctx.now() : null;
  const saved = await updateProduct(ctx.db, {
    id,
    tenantId: actor.tenantId,
    revision,
    content,
    archivedAt,
    by: actor.userId,
    now: ctx.now(),
  }).catch((error: unknown) => {
    throw uniquenessError(error, fields);
  });
  if (!saved) throw new AppError('EDIT_CONFLICT', { resource: resourceNames.product });
  // a GTIN newly answering (set, changed, or its product restored) may have been cached as unknown
  const answersAnew =
    content.gtin !== null && (content.gtin !== current.gtin || (current.archived_at !== null && !archivedAt));
  announcePublicChanges(ctx, productTags(id, answersAnew));
  return getProduct(ctx, principal, id);
}
