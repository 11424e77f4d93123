import type { StageRef, WorkItem, WorkList, WorkListQuery } from '@nguon/contracts';
import { listOpenLots } from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { loadProgress, stageViews } from './lot-progress';
import { toLotSummary } from './lot-views';
import { pinnedVersion } from './version-definitions';

/** The work list looks at this many open lots at most; a tenant with more narrows by product. */
const maxOpenLots = 5000;

function matchesStage(stage: StageRef, query: WorkListQuery): boolean {
  return (
    (!query.stageKey || stage.key === query.stageKey) && (!query.stageId || stage.stageId === query.stageId)
  );
}

/** Each stage key waiting anywhere, with how many open lots wait at it (a lot counts once per key). */
function stagesWaiting(all: readonly WorkItem[]): Map<string, WorkList['stages'][number]> {
  const choices = new Map<string, WorkList['stages'][number]>();
  for (const item of all) {
    const counted = new Set<string>();
    for (const { key, name } of item.stages) {
      if (counted.has(key)) continue;
      counted.add(key);
      const known = choices.get(key);
      if (known) known.lotCount += 1;
      else choices.set(key, { key, name, lotCount: 1 });
    }
  }
  return choices;
}

/** Open lots with the stages waiting for them, oldest lot first; filter choices come from all open work. */
export async function getWorkList(
  ctx: ServiceContext,
  principal: Principal,
  query: WorkListQuery,
): Promise<WorkList> {
  const actor = requireTenantAction(principal, 'lots.read');
  const lots = await listOpenLots(ctx.db, {
    tenantId: actor.tenantId,
    ...(query.q?.trim() && { code: query.q.trim() }),
    limit: maxOpenLots,
  });
  const progress = await loadProgress(ctx.db, actor.tenantId, lots);
  const all: WorkItem[] = [];
  for (const lot of lots) {
    const lotProgress = progress.get(lot.id);
    if (!lotProgress) continue;
    const version = await pinnedVersion(ctx.db, actor.tenantId, lot.process_version_id);
    const stages = stageViews(version, lotProgress)
      .filter((stage) => stage.state === 'available')
      // a stage with jobs is listed while it is open; what its jobs are is the lot page's
      .map(({ state: _s, timesRecorded: _t, jobs: _j, closable: _c, closeWhenFollowed: _f, ...ref }) => ref);
    if (stages.length > 0) all.push({ lot: toLotSummary(lot), stages });
  }
  const products = new Map(
    all.map((item) => [item.lot.productId, { id: item.lot.productId, name: item.lot.productName }]),
  );
  const stageChoices = stagesWaiting(all);
  const matching = all
    .filter((item) => !query.productId || item.lot.productId === query.productId)
    .map((item) => ({ ...item, stages: item.stages.filter((stage) => matchesStage(stage, query)) }))
    .filter((item) => item.stages.length > 0);
  const page = Number(query.page ?? '1');
  const pageSize = Number(query.pageSize ?? '25');
  return {
    items: matching.slice((page - 1) * pageSize, page * pageSize),
    total: matching.length,
    page,
    pageSize,
    products: [...products.values()].sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi')),
    stages: [...stageChoices.values()].sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi')),
  };
}
