import {
  type Db,
  findPublicRecallsOfLots,
  findPublishedRecallsOfItems,
  insertRecallEvents,
  insertRecallLots,
  markLotsRecalled,
} from '@nguon/db';

/** (Here, not in recalls/: transformations call it, and recalls read lots; folders never import back up.) */
interface JoiningLot {
  id: string;
  code: string;
}

interface Joining {
  tenantId: string;
  inputs: readonly JoiningLot[];
  outputs: readonly JoiningLot[];
  at: Date;
  newId: () => string;
}

/**
 * Lots made later from a recalled lot are recalled too: every published or closed recall covering an input takes
 * the outputs in (joined later, one step below the input), each with a 'lot_joined' entry, and the outputs are
 * marked recalled, in the transformation's own unit. Returns the ids of the outputs that joined.
 */
export async function joinRecallsOfInputs(db: Db, joining: Joining): Promise<string[]> {
  const covering = await findPublicRecallsOfLots(
    db,
    joining.inputs.map((lot) => lot.id),
  );
  if (covering.length === 0 || joining.outputs.length === 0) return [];
  const byRecall = new Map<string, { depth: number; from: string[] }>();
  for (const row of covering) {
    const entry = byRecall.get(row.recall_id) ?? { depth: row.depth, from: [] };
    entry.depth = Math.min(entry.depth, row.depth);
    if (!entry.from.includes(row.lot_id)) entry.from.push(row.lot_id);
    byRecall.set(row.recall_id, entry);
  }
  const codeOf = new Map(joining.inputs.map((lot) => [lot.id, lot.code]));
  for (const [recallId, { depth, from }] of byRecall) {
    const rows = joining.outputs.map((lot) => ({
      recall_id: recallId,
      lot_id: lot.id,
      tenant_id: joining.tenantId,
      seed: false,
      depth: depth + 1,
      from_lot_ids: from,
      joined_later: true,
      joined_at: joining.at,
    }));
    await insertRecallLots(db, rows);
    const fromCodes = from.map((id) => codeOf.get(id) ?? id).join(', ');
    await insertRecallEvents(
      db,
      joining.outputs.map((lot) => ({
        id: joining.newId(),
        recall_id: recallId,
        tenant_id: joining.tenantId,
        at: joining.at,
        kind: 'lot_joined',
        by_user: null,
        detail: JSON.stringify({ lotId: lot.id, lot: lot.code, from: fromCodes }),
      })),
    );
  }
  const joined = joining.outputs.map((lot) => lot.id);
  await markLotsRecalled(db, joining.tenantId, joined);
  return joined;
}

interface NamingRecord {
  tenantId: string;
  lot: JoiningLot;
  /** The catalog items the record names (from `assertValidRecordData`). */
  itemIds: readonly string[];
  at: Date;
  newId: () => string;
}

/**
 * A record naming the catalog item of a published recall, made after it was published, recalls its lot too: the
 * lot joins as a seed (joined later), with a 'lot_joined' entry naming the item, and is marked recalled, in the
 * record's own unit. Its insert waited for any publish of that item (the item's row lock), so none is missed.
 * Returns the ids of the recalls it joined.
 */
export async function joinRecallsOfNamedItems(db: Db, record: NamingRecord): Promise<string[]> {
  const { tenantId, lot, at } = record;
  const recalls = await findPublishedRecallsOfItems(db, tenantId, record.itemIds, lot.id);
  if (recalls.length === 0) return [];
  const row = { lot_id: lot.id, tenant_id: tenantId, seed: true, depth: 0, from_lot_ids: [] };
  await insertRecallLots(
    db,
    recalls.map(({ recall_id }) => ({ ...row, recall_id, joined_later: true, joined_at: at })),
  );
  await insertRecallEvents(
    db,
    recalls.map(({ recall_id, item_label }) => ({
      id: record.newId(),
      recall_id,
      tenant_id: tenantId,
      at,
      kind: 'lot_joined',
      by_user: null,
      detail: JSON.stringify({ lotId: lot.id, lot: lot.code, item: item_label }),
    })),
  );
  await markLotsRecalled(db, tenantId, [lot.id]);
  return recalls.map(({ recall_id }) => recall_id);
}
