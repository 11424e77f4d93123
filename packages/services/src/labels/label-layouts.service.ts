import {
  type CreateLabelLayoutBody,
  type LabelLayoutList,
  type LabelLayoutView,
  resourceNames,
  type UpdateLabelLayoutBody,
} from '@nguon/contracts';
import {
  archiveLabelLayout,
  findLabelLayout,
  insertLabelLayout,
  type LabelLayoutColumns,
  type LabelLayoutRow,
  listLabelLayouts,
  updateLabelLayout,
} from '@nguon/db';
import {
  builtInLabelLayouts,
  type LabelLayout,
  labelLayoutFault,
  labelsPerPage,
  qrModuleCount,
} from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError, isUniqueViolation } from '../errors/app-error';

/**
 * The QR size every layout must hold: the longest URL printed, PUBLIC_BASE_URL then
 * /01/{14-digit GTIN}/10/{20-char lot}/21/{13-char serial}.
 */
export function longestLabelQrModules(publicBaseUrl: string): number {
  const url = `${publicBaseUrl.replace(/\/+$/, '')}/01/${'0'.repeat(14)}/10/${'L'.repeat(20)}/21/${'S'.repeat(13)}`;
  return qrModuleCount(url) ?? Number.POSITIVE_INFINITY;
}

const layoutOf = (row: LabelLayoutRow): LabelLayout => ({
  pageWidthMm: row.page_width_mm,
  pageHeightMm: row.page_height_mm,
  labelWidthMm: row.label_width_mm,
  labelHeightMm: row.label_height_mm,
  columns: row.columns,
  rows: row.rows,
  marginTopMm: row.margin_top_mm,
  marginLeftMm: row.margin_left_mm,
  gapXMm: row.gap_x_mm,
  gapYMm: row.gap_y_mm,
});

const columnsOf = (name: string, layout: LabelLayout): LabelLayoutColumns => ({
  name,
  page_width_mm: layout.pageWidthMm,
  page_height_mm: layout.pageHeightMm,
  label_width_mm: layout.labelWidthMm,
  label_height_mm: layout.labelHeightMm,
  columns: layout.columns,
  rows: layout.rows,
  margin_top_mm: layout.marginTopMm,
  margin_left_mm: layout.marginLeftMm,
  gap_x_mm: layout.gapXMm,
  gap_y_mm: layout.gapYMm,
});

function viewOf(row: LabelLayoutRow, qrModules: number): LabelLayoutView {
  const layout = layoutOf(row);
  return {
    id: row.id,
    builtIn: false,
    name: { vi: row.name, en: row.name },
    layout,
    labelsPerPage: labelsPerPage(layout),
    qrReadable: labelLayoutFault(layout, qrModules) === null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

// Millimetres as each language writes them: 268,75 in Vietnamese, 268.75 in English.
const localizedMm = (value: number) => ({ vi: String(value).replace('.', ','), en: String(value) });

/** A layout an owner may save: labels on the page, QR modules >= 0.4 mm for the longest URL printed here. */
function assertUsableLayout(layout: LabelLayout, qrModules: number): void {
  const fault = labelLayoutFault(layout, qrModules);
  if (!fault) return;
  const params = Object.fromEntries(
    Object.entries(fault.values).map(([name, value]) => [name, localizedMm(value)]),
  );
  throw new AppError(fault.code, { ...params, path: fault.path }, fault.path);
}

function nameTakenError(error: unknown, name: string): unknown {
  return isUniqueViolation(error) ? new AppError('LABEL_LAYOUT_NAME_TAKEN', { name }, '/name') : error;
}

/** The built-in layouts, then the account's own, oldest first. */
export async function listLayoutsOfTenant(
  ctx: ServiceContext,
  principal: Principal,
): Promise<LabelLayoutList> {
  const actor = requireTenantAction(principal, 'tenant.read');
  const qrModules = longestLabelQrModules(ctx.config.publicBaseUrl);
  const builtIns = builtInLabelLayouts.map(
    (entry): LabelLayoutView => ({
      id: entry.key,
      builtIn: true,
      name: entry.name,
      layout: entry.layout,
      labelsPerPage: labelsPerPage(entry.layout),
      qrReadable: labelLayoutFault(entry.layout, qrModules) === null,
      createdAt: null,
      updatedAt: null,
    }),
  );
  const saved = await listLabelLayouts(ctx.db, actor.tenantId);
  return { items: [...builtIns, ...saved.map((row) => viewOf(row, qrModules))] };
}

/** A layout to print with: a built-in key or one of the account's saved layouts; archived ones are not found. */
export async function findLayoutForPrinting(
  ctx: ServiceContext,
  tenantId: string,
  id: string,
): Promise<LabelLayout> {
  const builtIn = builtInLabelLayouts.find((entry) => entry.key === id);
  if (builtIn) return builtIn.layout;
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await findLabelLayout(ctx.db, tenantId, id) : undefined;
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.labelLayout });
  return layoutOf(row);
}

export async function createLabelLayout(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateLabelLayoutBody,
): Promise<LabelLayoutView> {
  const actor = requireTenantAction(principal, 'labelLayouts.manage');
  const { name, ...layout } = body;
  const qrModules = longestLabelQrModules(ctx.config.publicBaseUrl);
  assertUsableLayout(layout, qrModules);
  const id = ctx.newId();
  const columns = columnsOf(name.trim(), layout);
  await insertLabelLayout(ctx.db, {
    id,
    tenantId: actor.tenantId,
    columns,
    by: actor.userId,
    now: ctx.now(),
  }).catch((error: unknown) => {
    throw nameTakenError(error, columns.name);
  });
  return getLabelLayoutView(ctx, actor.tenantId, id, qrModules);
}

async function getLabelLayoutView(ctx: ServiceContext, tenantId: string, id: string, qrModules: number) {
  const row = await findLabelLayout(ctx.db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.labelLayout });
  return viewOf(row, qrModules);
}

/** Changes some numbers or the name of a saved layout; the result is checked whole. */
export async function changeLabelLayout(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: UpdateLabelLayoutBody,
): Promise<LabelLayoutView> {
  const actor = requireTenantAction(principal, 'labelLayouts.manage');
  const current = await findLabelLayout(ctx.db, actor.tenantId, id);
  if (!current) throw new AppError('NOT_FOUND', { resource: resourceNames.labelLayout });
  const { name = current.name, ...changes } = body;
  const layout = { ...layoutOf(current), ...changes };
  const qrModules = longestLabelQrModules(ctx.config.publicBaseUrl);
  assertUsableLayout(layout, qrModules);
  const columns = columnsOf(name.trim(), layout);
  const saved = await updateLabelLayout(ctx.db, {
    id,
    tenantId: actor.tenantId,
    columns,
    now: ctx.now(),
  }).catch((error: unknown) => {
    throw nameTakenError(error, columns.name);
  });
  if (!saved) throw new AppError('NOT_FOUND', { resource: resourceNames.labelLayout });
  return getLabelLayoutView(ctx, actor.tenantId, id, qrModules);
}

export async function archiveLayoutOfTenant(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<void> {
  const actor = requireTenantAction(principal, 'labelLayouts.manage');
  if (!(await archiveLabelLayout(ctx.db, actor.tenantId, id, ctx.now())))
    throw new AppError('NOT_FOUND', { resource: resourceNames.labelLayout });
}
