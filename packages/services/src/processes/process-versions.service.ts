import type { ProcessDiffView, ProcessVersionView } from '@nguon/contracts';
import { listProcessVersions } from '@nguon/db';
import { diffProcessDefinitions } from '@nguon/domain';
import { summarizeFormFields } from '@nguon/forms';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { definitionAt, requireProcess, requireProcessVersion } from './process-lookup';
import { parseStoredDefinition, toVersionSummary } from './process-views';

export async function listVersionsOfProcess(ctx: ServiceContext, principal: Principal, id: string) {
  const actor = requireTenantAction(principal, 'processes.read');
  await requireProcess(ctx.db, actor.tenantId, id);
  return { items: (await listProcessVersions(ctx.db, actor.tenantId, id)).map(toVersionSummary) };
}

export async function getProcessVersion(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; number: string },
): Promise<ProcessVersionView> {
  const actor = requireTenantAction(principal, 'processes.read');
  const row = await requireProcessVersion(ctx.db, actor.tenantId, params.id, Number(params.number));
  return {
    ...toVersionSummary(row),
    processId: row.process_id,
    definition: parseStoredDefinition(row.definition),
  };
}

/** Stage- and field-level changes from one version (or the draft) to another. */
export async function diffProcessVersions(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  query: { from: string; to: string },
): Promise<ProcessDiffView> {
  const actor = requireTenantAction(principal, 'processes.read');
  const process = await requireProcess(ctx.db, actor.tenantId, id);
  const before = await definitionAt(ctx.db, actor.tenantId, process, query.from);
  const after = await definitionAt(ctx.db, actor.tenantId, process, query.to);
  const diff = diffProcessDefinitions(before.definition, after.definition, (stage) =>
    summarizeFormFields(stage.form),
  );
  return { from: query.from, to: query.to, ...diff };
}
