import type { RecordVerification } from '@nguon/contracts';
import { type Db, listChainRecords, listLotHeads } from '@nguon/db';
import { type ChainedRecord, verifyLotChain } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { recordLabelRuns } from '../label-binding/record-labels';
import { recordContentOf } from './lot-views';
import { sha256Hex } from './record-chain';

const lotsPerBatch = 500;

/**
 * Recomputes every lot's hash chain (of one tenant, or all when tenantId is null) from the stored records and
 * names each record whose data or link no longer matches; lots are read in batches so memory stays flat.
 */
export async function verifyRecordChains(
  db: Db,
  tenantId: string | null,
  now: Date,
): Promise<RecordVerification> {
  const result: RecordVerification = { checkedAt: now.toISOString(), lots: 0, records: 0, faults: [] };
  let afterId: string | null = null;
  for (;;) {
    const heads = await listLotHeads(db, { tenantId, afterId, limit: lotsPerBatch });
    if (heads.length === 0) return result;
    const byLot = new Map<string, ChainedRecord[]>(heads.map((head) => [head.id, []]));
    const lotIds = heads.map((head) => head.id);
    const rows = await listChainRecords(db, lotIds);
    // a packing record's hash covers the labels it bound, read back from their events
    const labels = await recordLabelRuns(db, { lotIds });
    for (const row of rows) {
      const content = recordContentOf(row, labels.get(row.id));
      byLot.get(row.lot_id)?.push({ content, prevHash: row.prev_hash, hash: row.hash });
    }
    for (const head of heads) {
      const records = byLot.get(head.id) ?? [];
      const faults = verifyLotChain(records, { count: head.record_count, hash: head.head_hash }, sha256Hex);
      result.faults.push(...faults.map((fault) => ({ lotId: head.id, lotCode: head.code, ...fault })));
      result.records += records.length;
    }
    result.lots += heads.length;
    afterId = heads.at(-1)?.id ?? null;
  }
}

/** The tenant's own verification, for its owner. */
export async function verifyRecords(ctx: ServiceContext, principal: Principal): Promise<RecordVerification> {
  const actor = requireTenantAction(principal, 'records.verify');
  return verifyRecordChains(ctx.db, actor.tenantId, ctx.now());
}
