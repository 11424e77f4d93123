import type { CreateRecallBody, RecallDetailSource } from '@nguon/contracts';
import { findLot } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import type { TenantRole } from '@nguon/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import { activateLabels } from '../labels/label-activations.service';
import { voidLabels } from '../labels/label-voids.service';
import { createTransformation } from '../lots/transformations.service';
import {
  bringToDrying,
  createTwoFarms,
  type FarmKit,
  insertLabelBatch,
  newLot,
  refusalOf,
  type ServiceKit,
  type TenantKit,
} from '../testing';
import { loadPublicTrace } from '../trace/public-trace.service';
import { cancelRecall, createRecall, getRecall } from './recall-drafts.service';
import { getInspectedRecall, listInspectedRecalls, listRecalls } from './recall-list.service';
import { closeRecall, publishRecall } from './recall-publish.service';

const notice = {
  reason: { vi: 'Phát hiện dư lượng thuốc trừ sâu', en: 'Pesticide residue found' },
  instructions: {
    vi: 'Ngừng sử dụng, mang trả nơi mua',
    en: 'Stop using it and return it where you bought it',
  },
  contact: '0912 345 678',
};

const inspector = (provinces: string[]): Principal => ({
  kind: 'person',
  userId: '00000000-0000-4000-8000-00000000dead',
  sessionIdHash: 'kit',
  csrfToken: 'kit',
  tenantId: null,
  role: null,
  platformRoles: ['inspector'],
  inspectorProvinces: provinces.flatMap((code) =>
    code === 'thai-nguyen' || code === 'ha-noi' ? [code] : [],
  ),
});

describe.each(await testDrivers())('recalls on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;
  let otherFarm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, other, farm, otherFarm } = await createTwoFarms(driver, ['TrieuHoi', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  const harvested = async (as = tenant, asFarm = farm) => {
    const lot = await newLot(kit.ctx, as, asFarm, 1000);
    await bringToDrying(kit.ctx, as, asFarm, lot.id);
    return lot;
  };
  /** Inputs (each giving 400 kg) dried into outputs of the given quantities. */
  const dry = async (inputIds: string[], outputs: number[]) =>
    createTransformation(kit.ctx, tenant.as.clerk, {
      stageId: 'dry',
      inputs: inputIds.map((lotId) => ({ lotId, quantity: 400, unit: 'kg' })),
      outputs: outputs.map((quantity) => ({ quantity, unit: 'kg' })),
      data: {},
    });
  const labelled = async (lotId: string, count: number) => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: count });
    await activateLabels(kit.ctx, tenant.as.clerk, {
      lotId,
      labels: { batchId: batch.id, firstSeq: 1, lastSeq: count },
    });
    return batch.serials;
  };
  const recallOf = (lotIds: string[], drill = false, by: Principal = tenant.as.owner) =>
    createRecall(kit.ctx, by, { source: { kind: 'lots', lotIds }, notice, severity: 'high', drill });
  const lotsOf = (detail: RecallDetailSource) =>
    detail.scope.lots.map((lot) => [lot.lot.id, lot.seed, lot.depth, lot.fromLotIds, lot.joinedLater]);
  const statusOf = async (id: string) => (await findLot(kit.ctx.db, tenant.id, id))?.status;
  const bannerOf = async (serial: string) => {
    const answer = await loadPublicTrace(kit.ctx, { kind: 'label', serial, gtin14: null, lot: null });
    return answer.found ? answer.trace.recall : 'not found';
  };
  const storedRows = async () =>
    Number(
      (
        await sql<{ n: number }>`SELECT (SELECT count(*) FROM recalls) + (SELECT count(*) FROM recall_lots)
          + (SELECT count(*) FROM recall_events) AS n`.execute(kit.ctx.db)
      ).rows[0]?.n,
    );

  it('previews a merge: the seed and what was made of it, not the other input; stores the scope as the draft', async () => {
    const [h1, h2] = [await harvested(), await harvested()];
    const made = await dry([h1.id, h2.id], [600]);
    const m = made.outputs[0]?.lot.id ?? '';
    await labelled(m, 5);
    const draft = await recallOf([h1.id]);
    expect(lotsOf(draft)).toEqual([
      [h1.id, true, 0, [], false],
      [m, false, 1, [h1.id], false],
    ]);
    expect([
      draft.recall.status,
      draft.recall.lotCount,
      draft.recall.labelCount,
      draft.scope.labelCount,
    ]).toEqual(['draft', 2, 5, 5]);
    expect(draft.scope.lots[1]?.labelRuns.map((run) => [run.firstSeq, run.lastSeq])).toEqual([[1, 5]]);
    expect(draft.scope.products).toEqual([
      expect.objectContaining({
        productId: farm.productId,
        lotCount: 2,
        labelCount: 5,
        // what is still in the lots: h1's 600 kg left and the blend's 600 kg (h1's 400 kg counted once, in it)
        quantities: [{ quantity: 1200, unit: 'kg' }],
      }),
    ]);
    expect(draft.scope.excluded).toEqual([]);
    const stored = await kit.ctx.db
      .selectFrom('recall_lots')
      .select(['lot_id', 'depth'])
      .where('recall_id', '=', draft.recall.id)
      .orderBy('depth')
      .execute();
    expect(stored).toEqual([
      { lot_id: h1.id, depth: 0 },
      { lot_id: m, depth: 1 },
    ]);
    expect(draft.events.map((event) => [event.kind, event.by?.id, event.summary])).toEqual([
      [
        'created',
        tenant.userIds.owner,
        {
          kind: 'message',
          key: 'recalls.event.created',
          values: expect.objectContaining({ lots: 2, labels: 5 }),
        },
      ],
    ]);
    // nothing public changes before publishing
    expect(await statusOf(h1.id)).toBe('in_progress');
  });

  it('follows the genealogy while a draft: the preview and the stored lots take in what was made since', async () => {
    const h = await harvested();
    const draft = await recallOf([h.id]);
    expect(lotsOf(draft)).toEqual([[h.id, true, 0, [], false]]);
    const made = (await dry([h.id], [250])).outputs[0]?.lot.id;
    const preview = await getRecall(kit.ctx, tenant.as.viewer, draft.recall.id);
    expect(lotsOf(preview)).toEqual([
      [h.id, true, 0, [], false],
      [made, false, 1, [h.id], false],
    ]);
    const stored = await kit.ctx.db
      .selectFrom('recall_lots')
      .select('lot_id')
      .where('recall_id', '=', draft.recall.id)
      .execute();
    expect(stored.map((row) => row.lot_id).sort()).toEqual([h.id, made].sort());
  });

  it('lists the labels active on a lot as runs: a voided one splits its run and is not counted', async () => {
    const h = await harvested();
    const serials = await labelled(h.id, 5);
    await voidLabels(kit.ctx, tenant.as.owner, {
      labels: { serials: [serials[2] ?? ''] },
      reason: 'damaged',
    });
    const draft = await recallOf([h.id]);
    const [lot] = draft.scope.lots;
    expect(lot?.labelRuns.map((run) => [run.firstSeq, run.lastSeq, run.firstSerial, run.lastSerial])).toEqual(
      [
        [1, 2, serials[0], serials[1]],
        [4, 5, serials[3], serials[4]],
      ],
    );
    expect([lot?.labelCount, draft.scope.labelCount, draft.recall.labelCount]).toEqual([4, 4, 4]);
  });

  it('shows the other outputs of a seed’s transformation as excluded siblings, never as recalled', async () => {
    const h = await harvested();
    const split = await dry([h.id], [150, 150]);
    const [s1, s2] = split.outputs.map((output) => output.lot.id);
    const draft = await recallOf([s1 ?? '']);
    expect(lotsOf(draft)).toEqual([[s1, true, 0, [], false]]);
    expect(draft.scope.excluded.map((e) => [e.lot.id, e.siblingOfLotId, e.transformationId])).toEqual([
      [s2, s1, split.id],
    ]);
  });

  it.each([
    [
      'a lot of another tenant',
      async () => [(await harvested(other, otherFarm)).id],
      'RECALL_LOT_UNKNOWN',
      '/source/lotIds/0',
    ],
    [
      'an unknown lot after a good one',
      async () => [(await harvested()).id, '00000000-0000-4000-8000-0000000000ff'],
      'RECALL_LOT_UNKNOWN',
      '/source/lotIds/1',
    ],
  ])('refuses %s, storing nothing', async (_name, lotIds, code, path) => {
    const ids = await lotIds();
    const before = await storedRows();
    const refusal = await refusalOf(recallOf(ids));
    expect([refusal.code, refusal.path]).toEqual([code, path]);
    expect(await storedRows()).toBe(before);
  });

  it('starts from a catalog item: every lot whose records name it; another tenant’s item names none', async () => {
    // what record writes fill since 0019 (the genealogy work), filled here as 0019 filled the records before it
    await sql`INSERT INTO record_catalog_items (record_id, item_id, lot_id, tenant_id)
      SELECT r.id, ${farm.plotItemId}::uuid, r.lot_id, r.tenant_id FROM lot_records r
      WHERE r.tenant_id = ${tenant.id} AND r.stage_id = 'plant' ON CONFLICT DO NOTHING`.execute(kit.ctx.db);
    const planted = await kit.ctx.db
      .selectFrom('lot_records')
      .select('lot_id')
      .distinct()
      .where('tenant_id', '=', tenant.id)
      .where('stage_id', '=', 'plant')
      .execute();
    const source = { kind: 'catalogItem', catalogId: farm.catalogId, itemId: farm.plotItemId } as const;
    const body: CreateRecallBody = { source, notice, severity: 'medium', drill: true };
    const draft = await createRecall(kit.ctx, tenant.as.owner, body);
    const seeds = draft.scope.lots.filter((lot) => lot.seed).map((lot) => lot.lot.id);
    expect(seeds.sort()).toEqual(planted.map((row) => row.lot_id).sort());
    const foreign = {
      kind: 'catalogItem',
      catalogId: otherFarm.catalogId,
      itemId: otherFarm.plotItemId,
    } as const;
    const refusal = await refusalOf(createRecall(kit.ctx, tenant.as.owner, { ...body, source: foreign }));
    expect([refusal.code, refusal.path]).toEqual(['RECALL_NO_LOTS', '/source/itemId']);
    // once shared (the centre's registered fertilisers and pesticides), its item names this tenant's lots
    await kit.ctx.db
      .updateTable('catalogs')
      .set({ shared: true })
      .where('id', '=', otherFarm.catalogId)
      .execute();
    const firstPlanted = planted[0]?.lot_id ?? '';
    await sql`INSERT INTO record_catalog_items (record_id, item_id, lot_id, tenant_id)
      SELECT r.id, ${otherFarm.plotItemId}::uuid, r.lot_id, r.tenant_id FROM lot_records r
      WHERE r.lot_id = ${firstPlanted} AND r.stage_id = 'plant' ON CONFLICT DO NOTHING`.execute(kit.ctx.db);
    const viaShared = await createRecall(kit.ctx, tenant.as.owner, { ...body, source: foreign });
    expect(viaShared.scope.lots.filter((lot) => lot.seed).map((lot) => lot.lot.id)).toEqual([firstPlanted]);
    // a drill is never published
    expect((await refusalOf(publishRecall(kit.ctx, tenant.as.owner, draft.recall.id))).code).toBe(
      'RECALL_DRILL_NOT_PUBLISHABLE',
    );
  });

  it('publishes: lots recalled, every affected label warns at once, a sibling’s label does not; never twice', async () => {
    const [h1, h2] = [await harvested(), await harvested()];
    const merged = (await dry([h1.id, h2.id], [300, 300])).outputs.map((o) => o.lot.id);
    const other = (await dry([(await harvested()).id], [500])).outputs[0]?.lot.id ?? '';
    const [onMerged, onOther] = [await labelled(merged[0] ?? '', 3), await labelled(other, 2)];
    expect(await bannerOf(onMerged[0] ?? '')).toBeNull();
    const draft = await recallOf([h1.id]);
    for (const role of ['clerk', 'viewer'] satisfies TenantRole[]) {
      expect((await refusalOf(publishRecall(kit.ctx, tenant.as[role], draft.recall.id))).code).toBe(
        'FORBIDDEN',
      );
    }
    const announced: string[] = [];
    const stop = kit.ctx.publicChanges.subscribe((tags) => announced.push(...tags));
    const published = await publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
    stop();
    expect([published.recall.status, published.recall.publishedAt]).toEqual([
      'published',
      kit.ctx.now().toISOString(),
    ]);
    expect(announced).toEqual(expect.arrayContaining([h1.id, ...merged].map((id) => `lot:${id}`)));
    expect(await Promise.all([h1.id, ...merged, h2.id, other].map(statusOf))).toEqual([
      'recalled',
      'recalled',
      'recalled',
      'in_progress',
      'in_progress',
    ]);
    for (const serial of onMerged) {
      expect(await bannerOf(serial)).toEqual({
        ...notice,
        severity: 'high',
        publishedAt: published.recall.publishedAt,
        status: 'published',
      });
    }
    expect(await bannerOf(onOther[0] ?? '')).toBeNull();
    const again = await refusalOf(publishRecall(kit.ctx, tenant.as.owner, draft.recall.id));
    expect([again.code, again.params]).toEqual([
      'RECALL_NOT_DRAFT',
      { status: { kind: 'message', key: 'recalls.status.published' } },
    ]);
    // no new label on a recalled lot
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 1 });
    const refused = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, {
        lotId: merged[1] ?? '',
        labels: { batchId: batch.id, firstSeq: 1, lastSeq: 1 },
      }),
    );
    expect(refused.code).toBe('LABEL_LOT_RECALLED');
  });

  it('takes in lots made later from a recalled lot, recalled in the same step', async () => {
    const seed = await harvested();
    const published = await publishRecall(kit.ctx, tenant.as.owner, (await recallOf([seed.id])).recall.id);
    const later = (await dry([seed.id], [200])).outputs[0]?.lot;
    expect(later?.status).toBe('recalled');
    const detail = await getRecall(kit.ctx, tenant.as.viewer, published.recall.id);
    expect(lotsOf(detail)).toEqual([
      [seed.id, true, 0, [], false],
      [later?.id, false, 1, [seed.id], true],
    ]);
    expect(detail.events.map((event) => [event.kind, event.by])).toEqual([
      ['created', expect.anything()],
      ['published', expect.anything()],
      ['lot_joined', null],
    ]);
  });

  it('closes a published recall with its outcome; labels keep warning; only a published one closes', async () => {
    const h = await harvested();
    const lot = (await dry([h.id], [300])).outputs[0]?.lot.id ?? '';
    const [serial] = await labelled(lot, 1);
    const draft = await recallOf([h.id]);
    const outcome = {
      outcomes: [{ productId: farm.productId, recovered: 250, destroyed: 50, unit: 'kg' }],
      note: 'Thu hồi tại 3 đại lý',
    };
    const early = await refusalOf(closeRecall(kit.ctx, tenant.as.owner, draft.recall.id, outcome));
    expect(early.code).toBe('RECALL_NOT_PUBLISHED');
    await publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
    const stranger = {
      ...outcome,
      outcomes: [
        { ...outcome.outcomes[0], productId: otherFarm.productId, recovered: 1, destroyed: 0, unit: 'kg' },
      ],
    };
    const unknown = await refusalOf(closeRecall(kit.ctx, tenant.as.owner, draft.recall.id, stranger));
    expect([unknown.code, unknown.path]).toEqual(['RECALL_OUTCOME_UNKNOWN_PRODUCT', '/outcomes/0/productId']);
    const closed = await closeRecall(kit.ctx, tenant.as.owner, draft.recall.id, outcome);
    expect([closed.recall.status, closed.outcome, closed.events.at(-1)?.kind]).toEqual([
      'closed',
      outcome,
      'closed',
    ]);
    expect(await bannerOf(serial ?? '')).toMatchObject({ status: 'closed' });
    expect((await refusalOf(closeRecall(kit.ctx, tenant.as.owner, draft.recall.id, outcome))).code).toBe(
      'RECALL_NOT_PUBLISHED',
    );
  });

  it('cancels a draft and keeps it, with its lots and history; nothing about a recall is ever deleted', async () => {
    const draft = await recallOf([(await harvested()).id]);
    const cancelled = await cancelRecall(kit.ctx, tenant.as.owner, draft.recall.id);
    expect([cancelled.recall.status, cancelled.events.map((e) => e.kind)]).toEqual([
      'cancelled',
      ['created', 'cancelled'],
    ]);
    expect((await refusalOf(cancelRecall(kit.ctx, tenant.as.owner, draft.recall.id))).code).toBe(
      'RECALL_NOT_DRAFT',
    );
    const listed = await listRecalls(kit.ctx, tenant.as.viewer, { status: 'cancelled' });
    expect(listed.items.map((item) => item.id)).toContain(draft.recall.id);
    for (const table of ['recall_events', 'recalls']) {
      await expect(
        sql`DELETE FROM ${sql.table(table)} WHERE tenant_id = ${tenant.id}`.execute(kit.ctx.db),
      ).rejects.toThrow(/never deleted/);
    }
    const published = (await listRecalls(kit.ctx, tenant.as.owner, { status: 'published' })).items[0];
    await expect(
      sql`DELETE FROM recall_lots WHERE recall_id = ${published?.id ?? ''}`.execute(kit.ctx.db),
    ).rejects.toThrow(/never deleted/);
  });

  it('lists newest first, numbered per tenant; another tenant sees none of them', async () => {
    const mine = await listRecalls(kit.ctx, tenant.as.clerk, {});
    expect(mine.items.map((item) => item.number)).toEqual(
      [...mine.items.map((item) => item.number)].sort((a, b) => b - a),
    );
    expect(mine.items.length).toBeGreaterThan(3);
    expect(mine.readiness).toBeNull();
    expect((await listRecalls(kit.ctx, other.as.owner, {})).items).toEqual([]);
    const foreign = await refusalOf(getRecall(kit.ctx, other.as.owner, mine.items[0]?.id ?? ''));
    expect(foreign.code).toBe('NOT_FOUND');
  });

  it('shows inspectors of the province published and closed recalls only; others are not found', async () => {
    const all = (await listRecalls(kit.ctx, tenant.as.owner, {})).items;
    const visible = all.filter(
      (item) => !item.drill && (item.status === 'published' || item.status === 'closed'),
    );
    const hidden = all.filter((item) => !visible.includes(item));
    const local = inspector(['thai-nguyen']);
    const listed = await listInspectedRecalls(kit.ctx, local);
    expect(listed.items.map((item) => item.recall.id).sort()).toEqual(visible.map((item) => item.id).sort());
    expect(listed.items[0]?.tenant).toEqual({ id: tenant.id, name: tenant.name, province: 'thai-nguyen' });
    const seen = await getInspectedRecall(kit.ctx, local, visible[0]?.id ?? '');
    expect(seen.detail.recall.id).toBe(visible[0]?.id);
    for (const id of [hidden[0]?.id ?? ''])
      expect((await refusalOf(getInspectedRecall(kit.ctx, local, id))).code).toBe('NOT_FOUND');
    const far = inspector(['ha-noi']);
    expect((await listInspectedRecalls(kit.ctx, far)).items).toEqual([]);
    expect((await refusalOf(getInspectedRecall(kit.ctx, far, visible[0]?.id ?? ''))).code).toBe('NOT_FOUND');
    expect((await refusalOf(listInspectedRecalls(kit.ctx, tenant.as.owner))).code).toBe('FORBIDDEN');
  });
});
