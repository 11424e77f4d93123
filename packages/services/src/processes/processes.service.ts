import type {
  CreateProcessBody,
  ProcessExportFile,
  ProcessSummary,
  ProcessViewSource,
  UpdateProcessBody,
} from '@nguon/contracts';
import { insertProcess, listProcesses, updateProcessDetails } from '@nguon/db';
import { emptyProcessDefinition, oneOf, type ProcessDefinition, productTypeIds } from '@nguon/domain';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { assertImportableForms } from './process-import';
import { definitionAt, requireProcess } from './process-lookup';
import { templateLinksOf } from './process-template-links';
import { toProcessSummary, toProcessView } from './process-views';

export async function listTenantProcesses(
  ctx: ServiceContext,
  principal: Principal,
  query: { archived?: 'true' | 'false'; productType?: string },
): Promise<{ items: ProcessSummary[] }> {
  const actor = requireTenantAction(principal, 'processes.read');
  const rows = await listProcesses(ctx.db, actor.tenantId, {
    archived: query.archived === 'true',
    ...(query.productType && { productType: query.productType }),
  });
  const links = await templateLinksOf(
    ctx.db,
    actor.tenantId,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => ({ ...toProcessSummary(row), template: links.get(row.id) ?? null })) };
}

export async function getProcess(ctx: ServiceContext, principal: Principal, id: string) {
  const actor = requireTenantAction(principal, 'processes.read');
  const view = toProcessView(await requireProcess(ctx.db, actor.tenantId, id));
  const links = await templateLinksOf(ctx.db, actor.tenantId, [id]);
  return { ...view, template: links.get(id) ?? null };
}

async function insertNewProcess(
  ctx: ServiceContext,
  actor: TenantActor,
  details: CreateProcessBody,
  definition: ProcessDefinition,
): Promise<ProcessViewSource> {
  const id = ctx.newId();
  await insertProcess(ctx.db, {
    id,
    tenantId: actor.tenantId,
    nameVi: details.name.vi.trim(),
    nameEn: details.name.en.trim(),
    productType: details.productType,
    draft: definition,
    createdBy: actor.userId,
    now: ctx.now(),
  });
  return toProcessView(await requireProcess(ctx.db, actor.tenantId, id));
}

export async function createProcess(ctx: ServiceContext, principal: Principal, body: CreateProcessBody) {
  const actor = requireTenantAction(principal, 'processes.manage');
  return insertNewProcess(ctx, actor, body, emptyProcessDefinition());
}

export async function updateProcess(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: UpdateProcessBody,
): Promise<ProcessViewSource> {
  const actor = requireTenantAction(principal, 'processes.manage');
  await requireProcess(ctx.db, actor.tenantId, id);
  await updateProcessDetails(ctx.db, actor.tenantId, id, {
    ...(body.name && { nameVi: body.name.vi.trim(), nameEn: body.name.en.trim() }),
    ...(body.productType && { productType: body.productType }),
    ...(body.archived !== undefined && { archivedAt: body.archived ? ctx.now() : null }),
  });
  return toProcessView(await requireProcess(ctx.db, actor.tenantId, id));
}

/** A new process whose draft copies this one's draft; versions are not copied. */
export async function duplicateProcess(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: { name: CreateProcessBody['name'] },
): Promise<ProcessViewSource> {
  const actor = requireTenantAction(principal, 'processes.manage');
  const source = await requireProcess(ctx.db, actor.tenantId, id);
  const { definition } = await definitionAt(ctx.db, actor.tenantId, source, 'draft');
  const productType = oneOf(productTypeIds, source.product_type, 'product type');
  return insertNewProcess(ctx, actor, { name: body.name, productType }, definition);
}

export async function exportProcess(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  version: string | undefined,
): Promise<ProcessExportFile> {
  const actor = requireTenantAction(principal, 'processes.read');
  const process = await requireProcess(ctx.db, actor.tenantId, id);
  const at = await definitionAt(ctx.db, actor.tenantId, process, version ?? 'draft');
  const summary = toProcessSummary(process);
  return {
    format: 'nguon.process',
    formatVersion: 1,
    name: summary.name,
    productType: summary.productType,
    sourceVersion: at.version,
    exportedAt: ctx.now().toISOString(),
    definition: at.definition,
  };
}

/** Every stage form must be one the builder understands; graph problems stay as draft problems. */
export async function importProcess(
  ctx: ServiceContext,
  principal: Principal,
  file: ProcessExportFile,
): Promise<ProcessViewSource> {
  const actor = requireTenantAction(principal, 'processes.manage');
  assertImportableForms(file.definition);
  return insertNewProcess(ctx, actor, { name: file.name, productType: file.productType }, file.definition);
}
