import type { RecallDetailSource } from '@nguon/contracts';
import { type Db, findLot, findPublicRecallsOfLots, lockLotsById } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItemInCatalog } from '../catalogs/catalog-items.service';
import type { ServiceContext } from '../context/service-context';
import { correctRecord, recordStage } from '../lots/record-stage';
import { createTransformation } from '../lots/transformations.service';
import { traceTags } from '../public-changes/public-changes.port';
import {
  bringToDrying,
  createTwoFarms,
  type FarmKit,
  newLot,
  plotOf,
  refusalOf,
  type ServiceKit,
  type TenantKit,
} from '../testing';
import { withUnitOfWork } from '../unit-of-work';
import { createRecall, getRecall } from './recall-drafts.service';
import { publishRecall } from './recall-publish.service';

const notice = {
  reason: { vi: 'Phát hiện nấm mốc', en: 'Mould found' },
  instructions: { vi: 'Ngừng sử dụng', en: 'Stop using it' },
  contact: '0912 345 678',
};

/** A transaction of its own that does `work`, then stays open (holding its locks) until released. */
async function holdOpen(ctx: ServiceContext, work: (ctx: ServiceContext) => Promise<void>) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started = (_pid: number) => {};
  const pid = new Promise<number>((resolve) => {
    started = resolve;
  });
  const done = withUnitOfWork(ctx, async (unit) => {
    const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(unit.db);
    await work(unit);
    started(rows[0]?.pid ?? 0);
    await released;
  });
  const finish = () => {
    release();
    return done;
  };
  return { pid: await pid, release: finish };
}

/** The backend waiting on a lock `pid` holds, once there is one (PostgreSQL only). */
async function blockedBy(db: Db, pid: number): Promise<number> {
  for (let tries = 0; tries < 500; tries++) {
    const { rows } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity
      WHERE ${pid}::int = ANY(pg_blocking_pids(pid))`.execute(db);
    if (rows[0]) return rows[0].pid;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`nothing waited on backend ${pid}`);
}

describe.each(await testDrivers())('publishing a recall on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let farm: FarmKit;
  const onPostgres = driver === 'postgres';

  beforeAll(async () => {
    ({ kit, tenant, farm } = await createTwoFarms(driver, ['CongBo', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  const harvested = async () => {
    const lot = await newLot(kit.ctx, tenant, farm, 1000);
    await bringToDrying(kit.ctx, tenant, farm, lot.id);
    return lot.id;
  };
  const dry = async (ctx: ServiceContext, lotId: string) => {
    const made = await createTransformation(ctx, tenant.as.clerk, {
      stageId: 'dry',
      inputs: [{ lotId, quantity: 400, unit: 'kg' }],
      outputs: [{ quantity: 250, unit: 'kg' }],
      data: {},
    });
    return made.outputs[0]?.lot.id ?? '';
  };
  const recallOf = (lotIds: string[]) =>
    createRecall(kit.ctx, tenant.as.owner, {
      source: { kind: 'lots', lotIds },
      notice,
      severity: 'high',
      drill: false,
    });
  const lotsOf = (detail: RecallDetailSource) => detail.scope.lots.map((view) => view.lot.id).sort();
  const statusOf = async (id: string) => (await findLot(kit.ctx.db, tenant.id, id))?.status;
  const storedLots = async (recallId: string) =>
    (await kit.ctx.db.selectFrom('recall_lots').select('lot_id').where('recall_id', '=', recallId).execute())
      .map((row) => row.lot_id)
      .sort();
  const withRounds = (rounds: number): ServiceContext => ({
    ...kit.ctx,
    config: { ...kit.ctx.config, recallPublishRounds: rounds },
  });

  it.runIf(onPostgres)(
    'answers a preview read while a publish commits with the published scope, intact',
    async () => {
      const seed = await harvested();
      const draft = await recallOf([seed]);
      // made since the draft stored its lots: the read finds its stored scope stale and wants to store it again
      const made = await dry(kit.ctx, seed);
      const holder = await holdOpen(kit.ctx, (unit) => lockLotsById(unit.db, tenant.id, [made]));
      const publishing = publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
      const publisher = await blockedBy(kit.ctx.db, holder.pid);
      const reading = getRecall(kit.ctx, tenant.as.viewer, draft.recall.id);
      await blockedBy(kit.ctx.db, publisher);
      await holder.release();
      const [published, read] = await Promise.all([publishing, reading]);
      expect([published.recall.status, read.recall.status]).toEqual(['published', 'published']);
      expect([lotsOf(published), lotsOf(read), await storedLots(draft.recall.id)]).toEqual(
        Array(3).fill([seed, made].sort()),
      );
    },
  );

  it.runIf(onPostgres)(
    'gives up as RECALL_GENEALOGY_MOVING when the genealogy outgrows its rounds, changing nothing',
    async () => {
      const seed = await harvested();
      const draft = await recallOf([seed]);
      let made = '';
      // a transformation of the seed commits while the publish waits for the seed: the next round finds its lot
      const holder = await holdOpen(kit.ctx, async (unit) => {
        made = await dry(unit, seed);
      });
      const publishing = refusalOf(publishRecall(withRounds(2), tenant.as.owner, draft.recall.id));
      await blockedBy(kit.ctx.db, holder.pid);
      await holder.release();
      const refused = await publishing;
      expect([refused.code, refused.params]).toEqual(['RECALL_GENEALOGY_MOVING', { retryAfter: 5 }]);
      expect([await statusOf(seed), await statusOf(made), await storedLots(draft.recall.id)]).toEqual([
        'in_progress',
        'in_progress',
        [seed],
      ]);
      const published = await publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
      expect(lotsOf(published)).toEqual([seed, made].sort());
    },
  );

  it('refuses with RECALL_GENEALOGY_MOVING when its rounds run out, and the unit rolls back', async () => {
    const seed = await harvested();
    const draft = await recallOf([seed]);
    const refused = await refusalOf(publishRecall(withRounds(1), tenant.as.owner, draft.recall.id));
    expect(refused.code).toBe('RECALL_GENEALOGY_MOVING');
    const after = await getRecall(kit.ctx, tenant.as.viewer, draft.recall.id);
    expect([after.recall.status, after.events.map((event) => event.kind), await statusOf(seed)]).toEqual([
      'draft',
      ['created'],
      'in_progress',
    ]);
  });

  it.runIf(onPostgres)(
    'takes as seeds the lots whose records name the item committed while it published',
    async () => {
      const [first, late] = [await newLot(kit.ctx, tenant, farm), await newLot(kit.ctx, tenant, farm)];
      const plant = (ctx: ServiceContext, lotId: string) =>
        recordStage(ctx, tenant.as.clerk, lotId, { stageId: 'plant', data: { plot: plotOf(farm) } });
      await plant(kit.ctx, first.id);
      const draft = await createRecall(kit.ctx, tenant.as.owner, {
        source: { kind: 'catalogItem', catalogId: farm.catalogId, itemId: farm.plotItemId },
        notice,
        severity: 'high',
        drill: false,
      });
      expect(lotsOf(draft)).not.toContain(late.id);
      // the late lot is planted on the item while the publish waits for the first lot
      const holder = await holdOpen(kit.ctx, async (unit) => {
        await lockLotsById(unit.db, tenant.id, [first.id]);
        await plant(unit, late.id);
      });
      const publishing = publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
      await blockedBy(kit.ctx.db, holder.pid);
      await holder.release();
      const published = await publishing;
      expect(lotsOf(published)).toContain(late.id);
      expect(await statusOf(late.id)).toBe('recalled');
    },
  );

  const itemOf = async (code: string) => {
    const item = await createItemInCatalog(kit.ctx, tenant.as.owner, farm.catalogId, { code });
    return { id: item.id, label: code };
  };
  const plantOn = (ctx: ServiceContext, lotId: string, plot: { id: string; label: string }) =>
    recordStage(ctx, tenant.as.clerk, lotId, { stageId: 'plant', data: { plot } });
  const itemRecall = (itemId: string, drill = false) =>
    createRecall(kit.ctx, tenant.as.owner, {
      source: { kind: 'catalogItem', catalogId: farm.catalogId, itemId },
      notice,
      severity: 'high',
      drill,
    });
  const joinedEvents = async (recallId: string) =>
    (await getRecall(kit.ctx, tenant.as.viewer, recallId)).events
      .filter((event) => event.kind === 'lot_joined')
      .map((event) => event.summary);

  it.runIf(onPostgres)(
    'makes a record naming the item while it publishes wait for the publish, and its lot joins the recall',
    async () => {
      const item = await itemOf('F-PUB-01');
      const [first, late] = [await newLot(kit.ctx, tenant, farm), await newLot(kit.ctx, tenant, farm)];
      await plantOn(kit.ctx, first.id, item);
      const draft = await itemRecall(item.id);
      // the publish, holding the item by then, waits on the history entry it writes last
      const holder = await holdOpen(kit.ctx, async (unit) => {
        await sql`LOCK TABLE recall_events IN SHARE MODE`.execute(unit.db);
      });
      const publishing = publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
      const publisher = await blockedBy(kit.ctx.db, holder.pid);
      const planting = plantOn(kit.ctx, late.id, item);
      await blockedBy(kit.ctx.db, publisher);
      await holder.release();
      const published = await publishing;
      await planting;
      expect(lotsOf(published)).toEqual([first.id]);
      expect([await storedLots(draft.recall.id), await statusOf(late.id)]).toEqual([
        [first.id, late.id].sort(),
        'recalled',
      ]);
      expect(await joinedEvents(draft.recall.id)).toHaveLength(1);
    },
  );

  it('takes in a lot whose record names the item of a published recall, its labels warning at once', async () => {
    const item = await itemOf('F-PUB-02');
    const [first, late] = [await newLot(kit.ctx, tenant, farm), await newLot(kit.ctx, tenant, farm)];
    await plantOn(kit.ctx, first.id, item);
    const draft = await itemRecall(item.id);
    const drill = await itemRecall(item.id, true);
    await publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
    const heard: string[][] = [];
    kit.ctx.publicChanges.subscribe((tags) => heard.push([...tags]));
    await plantOn(kit.ctx, late.id, item);
    expect([await storedLots(draft.recall.id), await statusOf(late.id)]).toEqual([
      [first.id, late.id].sort(),
      'recalled',
    ]);
    const covering = await findPublicRecallsOfLots(kit.ctx.db, [late.id]);
    expect(covering.map((row) => row.recall_id)).toEqual([draft.recall.id]);
    expect(await joinedEvents(draft.recall.id)).toEqual([
      {
        kind: 'message',
        key: 'recalls.event.lotJoinedItem',
        values: expect.objectContaining({ lot: late.code, item: item.label }),
      },
    ]);
    expect(heard.flat()).toContain(traceTags.lot(late.id));
    // a drill from the same item stays as it was
    expect(await storedLots(drill.recall.id)).toEqual([first.id]);
  });

  it('takes in a lot whose corrected record names the item once published, and a lot already in it only once', async () => {
    const [item, other] = [await itemOf('F-PUB-03'), await itemOf('G-PUB-03')];
    const [first, late] = [await newLot(kit.ctx, tenant, farm), await newLot(kit.ctx, tenant, farm)];
    const firstPlanted = await plantOn(kit.ctx, first.id, item);
    const latePlanted = await plantOn(kit.ctx, late.id, other);
    const draft = await itemRecall(item.id);
    await publishRecall(kit.ctx, tenant.as.owner, draft.recall.id);
    const correct = (lotId: string, recordId: string) =>
      correctRecord(
        kit.ctx,
        tenant.as.clerk,
        { id: lotId, recordId },
        { data: { plot: item }, reason: 'Ghi nhầm' },
      );
    await correct(late.id, latePlanted.id);
    await correct(first.id, firstPlanted.id);
    expect([await storedLots(draft.recall.id), await statusOf(late.id)]).toEqual([
      [first.id, late.id].sort(),
      'recalled',
    ]);
    expect(await joinedEvents(draft.recall.id)).toHaveLength(1);
  });
});
