import {
  type InspectedRecallDetailSource,
  type InspectedRecallList,
  type RecallList,
  type RecallListQuery,
  resourceNames,
} from '@nguon/contracts';
import {
  countRecallScopes,
  type Db,
  findLastTimedDrill,
  findRecallWithTenant,
  listInspectedRecalls as listInspectedRecallRows,
  listRecalls as listRecallRows,
  type RecallRow,
} from '@nguon/db';
import {
  type Principal,
  requireInspectorOf,
  requirePlatformRole,
  requireTenantAction,
} from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { recallDetail, storedScope } from './recall-detail';
import { toRecallSummary } from './recall-views';

const listLimit = 200;

/** Each recall's summary with its counts, read for all of them at once. */
async function summariesOf(db: Db, rows: readonly RecallRow[]) {
  const counts = new Map(
    (
      await countRecallScopes(
        db,
        rows.map((row) => row.id),
      )
    ).map((c) => [c.recall_id, c]),
  );
  return (row: RecallRow) => toRecallSummary(row, counts.get(row.id) ?? { lots: 0, labels: 0 });
}

/** The tenant's recalls and drills, newest first, with its readiness: the last timed drill. */
export async function listRecalls(
  ctx: ServiceContext,
  principal: Principal,
  query: RecallListQuery,
): Promise<RecallList> {
  const actor = requireTenantAction(principal, 'recalls.read');
  const rows = await listRecallRows(ctx.db, {
    tenantId: actor.tenantId,
    status: query.status,
    drill: query.drill === undefined ? undefined : query.drill === 'true',
    limit: listLimit,
  });
  const drill = await findLastTimedDrill(ctx.db, actor.tenantId);
  return {
    items: rows.map(await summariesOf(ctx.db, rows)),
    readiness:
      drill && drill.drill_seconds !== null
        ? { recallId: drill.id, seconds: drill.drill_seconds, at: drill.created_at.toISOString() }
        : null,
  };
}

const tenantRef = (row: { tenant_id: string; tenant_name: string; tenant_province: string }) => ({
  id: row.tenant_id,
  name: row.tenant_name,
  province: row.tenant_province,
});

/** Published and closed recalls of the tenants in the inspector's provinces, newest first. */
export async function listInspectedRecalls(
  ctx: ServiceContext,
  principal: Principal,
): Promise<InspectedRecallList> {
  const inspector = requirePlatformRole(principal, 'inspector');
  const rows = await listInspectedRecallRows(ctx.db, inspector.inspectorProvinces, listLimit);
  const summaryOf = await summariesOf(ctx.db, rows);
  return { items: rows.map((row) => ({ tenant: tenantRef(row), recall: summaryOf(row) })) };
}

/** One published or closed recall of a tenant in the inspector's provinces; drafts, drills and others are not found. */
export async function getInspectedRecall(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<InspectedRecallDetailSource> {
  requirePlatformRole(principal, 'inspector');
  const row = await findRecallWithTenant(ctx.db, id);
  const visible = row && !row.drill && (row.status === 'published' || row.status === 'closed');
  if (!row || !visible) throw new AppError('NOT_FOUND', { resource: resourceNames.recall });
  requireInspectorOf(principal, row.tenant_province, resourceNames.recall);
  return {
    tenant: tenantRef(row),
    detail: await recallDetail(ctx.db, ctx.now(), row, await storedScope(ctx.db, row.id)),
  };
}
