import { PublicTrace } from '@nguon/contracts';
import { insertFile } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { cbvBusinessStepPrefix, nguonBusinessStepPrefix, type ProcessDefinition } from '@nguon/domain';
import { createAjv } from '@nguon/forms';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { correctRecord, recordStage } from '../lots/record-stage';
import { createTransformation } from '../lots/transformations.service';
import {
  createTwoFarms,
  type FarmKit,
  field,
  insertLabelBatch,
  newLot,
  type ServiceKit,
  stageOf,
  type TenantKit,
  unknownSerial,
} from '../testing';
import { createPublicTraceLoader, loadPublicTrace } from './public-trace.service';
import type { TraceAnswer, TraceLookup } from './trace-ports';

const validateTrace = createAjv().compile<PublicTrace>(PublicTrace);
const gtin = '08938500000010';
const otherGtin = '06291041500213';
const ours = (id: string) => `${nguonBusinessStepPrefix}${id}`;
// what a database can hold: NUL and lone surrogates never get that far (the pure projection is tested with them)
const hostile = '<script>alert(1)</script> & "x" \u202e 🌾 \' --';

/** The farm's graph with public and private fields and business steps that date a lot. */
function traceDefinition(catalogId: string): ProcessDefinition {
  const kg = (key: string, extra = {}) =>
    field('number', key, { unit: 'kg', min: 0, max: 100_000, ...extra });
  return {
    schemaVersion: 1,
    stages: [
      stageOf(
        'plant',
        [field('catalog', 'plot', { catalogId, public: true }), field('text', 'secret_note')],
        { start: true, businessStep: ours('planting') },
      ),
      stageOf(
        'fertilise',
        [
          kg('amount', { public: true }),
          field('photos', 'photos', { public: true }),
          field('photos', 'receipts'),
        ],
        { repeatable: true, businessStep: ours('fertilising') },
      ),
      stageOf('irrigate', [field('text', 'secret_note')]),
      stageOf('harvest', [kg('weight', { public: true }), field('gps', 'where', { public: true })], {
        businessStep: ours('harvesting'),
      }),
      stageOf('dry', [field('number', 'temperature', { unit: 'Cel', public: true })], {
        kind: 'transformation',
        yieldRange: { minPercent: 50, maxPercent: 90 },
        businessStep: ours('drying'),
      }),
      stageOf('pack', [field('text', 'note', { public: true }), field('text', 'secret_note')], {
        businessStep: `${cbvBusinessStepPrefix}packing`,
      }),
    ],
    edges: [
      ['plant', 'fertilise'],
      ['plant', 'irrigate'],
      ['fertilise', 'harvest'],
      ['irrigate', 'harvest'],
      ['harvest', 'dry'],
      ['dry', 'pack'],
    ].map(([source = '', target = ''], i) => ({ id: `e${i}`, source, target })),
  };
}

/** Counts the statements a context's database runs. */
function countingContext(ctx: ServiceContext): { ctx: ServiceContext; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { ctx: { ...ctx, db: ctx.db.withPlugin(plugin) }, count: () => n };
}

describe.each(await testDrivers())('the public trace on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;
  let otherFarm: FarmKit;
  let blendId: string;
  let farmLotIds: string[];
  let serials: string[];
  let batchId: string;
  const photos = { shown: '', receipt: '', revoked: '', document: '' };

  const load = async (lookup: TraceLookup): Promise<TraceAnswer> => {
    const answer = await loadPublicTrace(kit.ctx, lookup);
    if (answer.found && !validateTrace(answer.trace)) {
      throw new Error(`trace breaks its schema: ${JSON.stringify(validateTrace.errors)}`);
    }
    return answer;
  };
  const found = async (lookup: TraceLookup) => {
    const answer = await load(lookup);
    if (!answer.found) throw new Error(`not found: ${JSON.stringify(lookup)}`);
    return answer;
  };
  const label = (
    serial: string,
    keys: { gtin14?: string | null; lot?: string | null } = {},
  ): TraceLookup => ({
    kind: 'label',
    serial,
    gtin14: keys.gtin14 ?? null,
    lot: keys.lot ?? null,
  });

  const image = async (tenantId: string, isPublic = false) => {
    const id = kit.ctx.newId();
    const variant = (name: string, width: number) => ({
      name,
      key: `${id}/${name}`,
      contentType: 'image/webp',
      byteSize: 100,
      width,
      height: width / 2,
    });
    await insertFile(kit.ctx.db, {
      id,
      tenantId,
      purpose: 'photo',
      contentType: 'image/jpeg',
      byteSize: 1000,
      sha256: 'a'.repeat(64),
      public: isPublic,
      originalName: null,
      variants: [variant('original', 2000), variant('thumb', 320), variant('large', 1280)],
      createdBy: null,
      now: kit.ctx.now(),
    });
    return id;
  };

  /** A farm lot recorded up to drying, at dates in February, with the photos given. */
  const farmLot = async (day: number, photoIds: { shown: string[]; receipts: string[] }) => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const at = (hour: number) =>
      `2026-02-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
    const steps: [string, Record<string, unknown>, string][] = [
      ['plant', { plot: { id: farm.plotItemId, label: 'A-01' }, secret_note: 'SECRET plant' }, at(1)],
      ['fertilise', { amount: 20, photos: photoIds.shown, receipts: photoIds.receipts }, at(2)],
      ['irrigate', { secret_note: 'SECRET water' }, at(3)],
      ['harvest', { weight: 900.5, where: { lat: 21.0285, lon: 105.8542 } }, at(4)],
    ];
    for (const [stageId, data, eventTime] of steps)
      await recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId, data, eventTime });
    return lot;
  };

  beforeAll(async () => {
    ({ kit, tenant, other, farm, otherFarm } = await createTwoFarms(driver, ['Truy', 'Khac']));
    await farm.publish(traceDefinition(farm.catalogId));
    photos.shown = await image(tenant.id);
    photos.receipt = await image(tenant.id);
    photos.revoked = await image(tenant.id);
    photos.document = await image(tenant.id, true);
    const db = kit.ctx.db;
    const certifications = [
      {
        kind: 'vietgap',
        number: 'VG-1',
        issuer: 'Sở NN',
        validFrom: '2024-01-01',
        validTo: '2025-12-31',
        documentFileId: photos.document,
      },
      {
        kind: 'ocop',
        stars: 4,
        number: 'OCOP-4',
        issuer: 'UBND',
        validFrom: '2025-01-01',
        validTo: '2026-03-02',
        documentFileId: photos.receipt,
      },
    ];
    await db
      .updateTable('products')
      .set({
        gtin,
        shelf_life_days: 180,
        certifications: JSON.stringify(certifications),
        public_fields: ['name', 'images', 'gtin', 'certifications', 'shelfLife'],
        description_vi: 'SECRET description',
      })
      .where('id', '=', farm.productId)
      .execute();
    await db.updateTable('products').set({ gtin: otherGtin }).where('id', '=', otherFarm.productId).execute();
    await db.updateTable('tenants').set({ address: hostile }).where('id', '=', tenant.id).execute();
    const a = await farmLot(10, { shown: [photos.shown, photos.revoked], receipts: [photos.receipt] });
    const b = await farmLot(12, { shown: [], receipts: [] });
    const c = await farmLot(11, { shown: [], receipts: [] });
    farmLotIds = [a.id, b.id, c.id];
    // a photo of a public field went public with its record; then its owner took it back
    await db.updateTable('files').set({ public: false }).where('id', '=', photos.revoked).execute();
    const made = await createTransformation(kit.ctx, tenant.as.clerk, {
      stageId: 'dry',
      inputs: [
        { lotId: a.id, quantity: 900, unit: 'kg' },
        { lotId: b.id, quantity: 900, unit: 'kg' },
        { lotId: c.id, quantity: 900, unit: 'kg' },
      ],
      outputs: [{ quantity: 1800, unit: 'kg' }],
      data: { temperature: 42 },
      eventTime: '2026-02-15T03:00:00Z',
    });
    blendId = made.outputs[0]?.lot.id ?? '';
    const pack = await recordStage(kit.ctx, tenant.as.clerk, blendId, {
      stageId: 'pack',
      data: { note: 'first note', secret_note: 'SECRET pack' },
      eventTime: '2026-02-20T03:00:00Z',
    });
    await correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: blendId, recordId: pack.id },
      { data: { note: hostile, secret_note: 'SECRET corrected' }, reason: 'typo' },
    );
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 3, productId: farm.productId });
    ({ serials } = batch);
    batchId = batch.id;
    await db
      .updateTable('labels')
      .set({ state: 'activated', lot_id: blendId, changed_at: new Date('2026-02-21T00:00:00Z') })
      .where('serial', '=', serials[0] ?? '')
      .execute();
    await db
      .updateTable('labels')
      .set({ state: 'voided' })
      .where('serial', '=', serials[2] ?? '')
      .execute();
  });
  afterAll(async () => {
    await kit.close();
  });

  const blendCode = async () =>
    (await kit.ctx.db.selectFrom('lots').select('code').where('id', '=', blendId).executeTakeFirstOrThrow())
      .code;

  it('answers an activated label with product, producer, its lot timeline and the farm lots behind it', async () => {
    const answer = await found(label(serials[0] ?? ''));
    const { trace } = answer;
    expect([trace.kind, trace.path, trace.label?.state, trace.label?.activatedAt]).toEqual([
      'label',
      `/01/${gtin}/21/${serials[0]}`,
      'activated',
      '2026-02-21T00:00:00.000Z',
    ]);
    expect(trace.product?.name).toEqual({ vi: 'Lúa ST25', en: 'ST25 paddy' });
    expect(trace.producer?.name).toBe(tenant.name);
    expect(trace.producer?.address).toBe(hostile);
    expect(trace.lot?.code).toBe(await blendCode());
    // the corrected pack record replaces the first one; the transformation shows (its form has a public field)
    expect(trace.lot?.timeline.map((stage) => [stage.stageKey, stage.fields.map((f) => f.value.vi)])).toEqual(
      [
        ['dry', ['42 °C']],
        ['pack', [hostile]],
      ],
    );
    expect(trace.lot?.dates).toEqual({
      harvest: '2026-02-10',
      production: '2026-02-15',
      packing: '2026-02-20',
      expiry: '2026-08-19',
    });
    expect(trace.ancestors.map((lot) => lot.timeline.map((stage) => stage.stageKey))).toEqual([
      ['plant', 'fertilise', 'irrigate', 'harvest', 'dry'],
      ['plant', 'fertilise', 'irrigate', 'harvest', 'dry'],
      ['plant', 'fertilise', 'irrigate', 'harvest', 'dry'],
    ]);
    expect(answer.tags.sort()).toEqual(
      [
        `tenant:${tenant.id}`,
        `product:${farm.productId}`,
        `lot:${blendId}`,
        ...farmLotIds.map((id) => `lot:${id}`),
        `batch:${batchId}`,
      ].sort(),
    );
    expect(answer.scan).toEqual({
      labelId: serials[0],
      tenantId: tenant.id,
      productId: farm.productId,
      lotId: blendId,
    });
    expect([trace.recall, trace.scans]).toEqual([null, null]);
  });

  it('words catalog items by their label, numbers with units, and a location with a map link', async () => {
    const { trace } = await found(label(serials[0] ?? ''));
    const [farmA] = trace.ancestors;
    const fields = Object.fromEntries(
      (farmA?.timeline ?? []).flatMap((stage) => stage.fields.map((f) => [`${stage.stageKey}.${f.key}`, f])),
    );
    expect(fields['plant.plot']?.value).toEqual({ vi: 'A-01', en: 'A-01' });
    expect(fields['harvest.weight']?.value).toEqual({ vi: '900,5 kg', en: '900.5 kg' });
    expect(fields['harvest.where']?.map?.url).toBe(
      'https://www.openstreetmap.org/?mlat=21.0285&mlon=105.8542#map=16/21.0285/105.8542',
    );
    const json = JSON.stringify(trace);
    expect(json).not.toContain(farm.plotItemId);
  });

  it('shows public photos only: a private field never, a public one only while its file is public', async () => {
    const { trace } = await found(label(serials[0] ?? ''));
    const json = JSON.stringify(trace);
    expect(json).toContain(`/api/v1/files/${photos.shown}/thumb`);
    expect(json).not.toContain(photos.revoked);
    expect(json).not.toContain(photos.receipt);
    const row = await kit.ctx.db
      .selectFrom('files')
      .select('public')
      .where('id', '=', photos.receipt)
      .executeTakeFirstOrThrow();
    expect(row.public).toBe(false);
    const shown = trace.ancestors[0]?.timeline
      .find((s) => s.stageKey === 'fertilise')
      ?.fields.find((f) => f.key === 'photos');
    expect(shown?.photos).toEqual([
      {
        src: `/api/v1/files/${photos.shown}/thumb`,
        width: 320,
        height: 160,
        srcset: `/api/v1/files/${photos.shown}/thumb 320w, /api/v1/files/${photos.shown}/large 1280w`,
      },
    ]);
  });

  it('never shows a private field, a private product fact, or the other tenant', async () => {
    const json = JSON.stringify((await found(label(serials[0] ?? ''))).trace);
    for (const secret of ['SECRET', 'secret_note', 'receipts', other.id, other.name, otherFarm.productId])
      expect(json).not.toContain(secret);
  });

  it('names certifications, marks the expired, links a document only when its file is public', async () => {
    const { trace } = await found({ kind: 'product', gtin14: gtin });
    expect(trace.product?.certifications.map((c) => [c.name, c.expired, c.documentUrl])).toEqual([
      ['VietGAP', true, `/api/v1/files/${photos.document}/original`],
      ['OCOP 4★', false, null],
    ]);
    expect([trace.product?.shelfLifeDays, trace.product?.gtin, trace.product?.description]).toEqual([
      180,
      gtin,
      null,
    ]);
  });

  it('answers a lot by GTIN and code, and a product by GTIN with no lot', async () => {
    const code = await blendCode();
    const lot = await found({ kind: 'lot', gtin14: gtin, lot: code });
    expect([lot.trace.kind, lot.trace.path, lot.trace.label, lot.trace.lot?.code, lot.scan]).toEqual([
      'lot',
      `/01/${gtin}/10/${code}`,
      null,
      code,
      null,
    ]);
    expect(lot.trace.ancestors).toHaveLength(3);
    const product = await found({ kind: 'product', gtin14: gtin });
    expect([product.trace.kind, product.trace.lot, product.trace.ancestors]).toEqual(['product', null, []]);
    expect(product.tags).toEqual([`tenant:${tenant.id}`, `product:${farm.productId}`]);
  });

  it('shows a label printed but not activated, or voided, with no product data', async () => {
    for (const [serial, state] of [
      [serials[1], 'not_activated'],
      [serials[2], 'voided'],
    ] as const) {
      const answer = await found(label(serial ?? ''));
      expect([
        answer.trace.label?.state,
        answer.trace.product,
        answer.trace.producer,
        answer.trace.lot,
      ]).toEqual([state, null, null, null]);
      expect([answer.trace.ancestors, answer.trace.path]).toEqual([[], `/q/${serial}`]);
      expect(answer.tags).toEqual([`tenant:${tenant.id}`, `batch:${batchId}`, `product:${farm.productId}`]);
    }
  });

  it('answers unknown and contradicting codes alike: not found', async () => {
    const code = await blendCode();
    const lookups: TraceLookup[] = [
      label(unknownSerial()),
      label(serials[0] ?? '', { gtin14: otherGtin }),
      label(serials[0] ?? '', { gtin14: gtin, lot: 'OTHER-1' }),
      label(serials[0] ?? '', {
        gtin14: gtin,
        lot: code.toLowerCase() === code ? `${code}X` : code.toLowerCase(),
      }),
      label(serials[1] ?? '', { gtin14: gtin, lot: code }),
      { kind: 'lot', gtin14: gtin, lot: 'NOPE' },
      { kind: 'lot', gtin14: otherGtin, lot: code },
      { kind: 'product', gtin14: '00000000000000' },
    ];
    for (const lookup of lookups)
      expect(await load(lookup), JSON.stringify(lookup)).toEqual({ found: false });
    const right = await found(label(serials[0] ?? '', { gtin14: gtin, lot: code }));
    expect(right.trace.label?.state).toBe('activated');
  });

  it('loads a label trace in a fixed number of queries, whatever the number of records', async () => {
    const counted = async () => {
      const counting = countingContext(kit.ctx);
      await loadPublicTrace(counting.ctx, label(serials[0] ?? ''));
      return counting.count();
    };
    const before = await counted();
    // 28 more corrections: the lot then has 30 records, behind it 3 farm lots of 5 each
    for (let i = 0; i < 28; i++) {
      const current = await kit.ctx.db
        .selectFrom('lot_records as r')
        .select('r.id')
        .where('r.lot_id', '=', blendId)
        .where('r.stage_key', '=', 'pack')
        .orderBy('r.seq', 'desc')
        .executeTakeFirstOrThrow();
      await correctRecord(
        kit.ctx,
        tenant.as.clerk,
        { id: blendId, recordId: current.id },
        {
          data: { note: `note ${i}` },
          reason: 'again',
        },
      );
    }
    const after = await counted();
    // one of them reads the recalls of the lot and its ancestors (the banner)
    expect([before, after]).toEqual([after, 8]);
  });

  it("answers the platform's loader like the plain one, reads a lot's part once for all its labels, and forgets it on a change", async () => {
    // (last: the second label, printed so far, is now bound to the blend too)
    await kit.ctx.db
      .updateTable('labels')
      .set({ state: 'activated', lot_id: blendId, changed_at: new Date('2026-02-22T00:00:00Z') })
      .where('serial', '=', serials[1] ?? '')
      .execute();
    const counting = countingContext(kit.ctx);
    const loader = createPublicTraceLoader(counting.ctx);
    try {
      for (const serial of serials.slice(0, 3)) {
        const lookup = label(serial);
        expect(await loader.load(lookup)).toEqual(await loadPublicTrace(kit.ctx, lookup));
      }
      const warm = counting.count();
      await loader.load(label(serials[1] ?? ''));
      // the label's row and its product's only: the lot, producer, ancestors and files come from the memo
      expect(counting.count() - warm).toBe(2);
      kit.ctx.publicChanges.changed([`lot:${blendId}`]);
      const before = counting.count();
      await loader.load(label(serials[1] ?? ''));
      expect(counting.count() - before).toBe(8);
    } finally {
      loader.close();
    }
  });
});
