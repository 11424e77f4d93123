import type { RecallDetailSource, RecallScope, RecallSource } from '@nguon/contracts';
import {
  type Db,
  findLatestRecallReport,
  findLotIdsNamingItem,
  findLots,
  insertRecallEvents,
  listRecallEvents,
  listRecallLots,
  type RecallRow,
  replaceRecallLots,
} from '@nguon/db';
import { AppError } from '../errors/app-error';
import { recallReportViewOf } from './recall-report-views';
import { computeClosure, recallLotRows, type ScopeLot, scopeChanged, scopeView } from './recall-scope';
import { outcomeOf, toRecallEvent, toRecallSummary } from './recall-views';

/**
 * The seed lots of a recall's source, in the tenant: the chosen lots (every one must be the tenant's:
 * RECALL_LOT_UNKNOWN names the first that is not), or every lot whose records name the catalog item
 * (RECALL_NO_LOTS when none does, another tenant's item included).
 */
export async function seedLotIdsOf(db: Db, tenantId: string, source: RecallSource): Promise<string[]> {
  if (source.kind === 'catalogItem') {
    const ids = await findLotIdsNamingItem(db, tenantId, source.catalogId, source.itemId);
    if (ids.length === 0) throw new AppError('RECALL_NO_LOTS', {}, '/source/itemId');
    return ids;
  }
  const found = new Set((await findLots(db, tenantId, source.lotIds)).map((lot) => lot.id));
  const missing = source.lotIds.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    const value = source.lotIds[missing] ?? '';
    throw new AppError('RECALL_LOT_UNKNOWN', { value }, `/source/lotIds/${missing}`);
  }
  return [...source.lotIds];
}

export async function storedScope(db: Db, recallId: string): Promise<ScopeLot[]> {
  return (await listRecallLots(db, recallId)).map((row) => ({
    lotId: row.lot_id,
    seed: row.seed,
    depth: row.depth,
    fromLotIds: row.from_lot_ids,
    joinedLater: row.joined_later,
  }));
}

/**
 * A recall's scope computed afresh from its source, seeds read now: none when every record that named its catalog
 * item was corrected since (the preview shows it empty; publishing refuses it).
 */
export async function currentClosure(db: Db, recall: RecallRow): Promise<ScopeLot[]> {
  const source = toRecallSummary(recall, { lots: 0, labels: 0 }).source;
  const seeds =
    source.kind === 'catalogItem'
      ? await findLotIdsNamingItem(db, recall.tenant_id, source.catalogId, source.itemId)
      : await seedLotIdsOf(db, recall.tenant_id, source);
  return computeClosure(db, recall.tenant_id, seeds);
}

/**
 * A draft's scope computed afresh, its stored rows replaced when the genealogy moved since. The caller holds the
 * recall's lock and has seen it still a draft (a published recall's lots are never replaced).
 */
export async function refreshDraftScope(db: Db, recall: RecallRow, now: Date): Promise<ScopeLot[]> {
  const scope = await currentClosure(db, recall);
  if (scopeChanged(await storedScope(db, recall.id), scope)) {
    await replaceRecallLots(
      db,
      recall.id,
      recallLotRows({ id: recall.id, tenantId: recall.tenant_id }, scope, now),
    );
  }
  return scope;
}

/** The whole recall: its summary, its scope as given, outcome, history and its latest report. */
export async function recallDetail(
  db: Db,
  now: Date,
  recall: RecallRow,
  scope: readonly ScopeLot[],
  view?: RecallScope,
): Promise<RecallDetailSource> {
  const shown = view ?? (await scopeView(db, recall.tenant_id, scope));
  const events = await listRecallEvents(db, recall.id);
  return {
    recall: toRecallSummary(recall, { lots: shown.lots.length, labels: shown.labelCount }),
    scope: shown,
    outcome: outcomeOf(recall),
    events: events.map((event) => toRecallEvent(event, recall.drill)),
    report: await latestReportView(db, recall, now),
  };
}

async function latestReportView(db: Db, recall: RecallRow, now: Date) {
  const latest = await findLatestRecallReport(db, recall.tenant_id, recall.id);
  return latest ? recallReportViewOf(latest, now) : null;
}

export interface RecallEventFacts {
  recall: RecallRow;
  kind: RecallDetailSource['events'][number]['kind'];
  by: string | null;
  at: Date;
  facts?: Record<string, string | number>;
}

export async function addRecallEvent(db: Db, newId: () => string, event: RecallEventFacts): Promise<void> {
  await insertRecallEvents(db, [
    {
      id: newId(),
      recall_id: event.recall.id,
      tenant_id: event.recall.tenant_id,
      at: event.at,
      kind: event.kind,
      by_user: event.by,
      detail: JSON.stringify(event.facts ?? {}),
    },
  ]);
}
