import type { Database } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { compileFormModel, type FormField, newFormField } from '@nguon/forms';
import { createProcess, publishProcess, redisSuiteGate, saveProcessDraft } from '@nguon/services';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTenantFixture,
  ownerPrincipal,
  PASSWORD,
  type TenantFixture,
  tinyPng,
} from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { insertLabelBatchFixture, settleLabelBatches } from '../testing/label-fixtures';
import { sampleStage } from '../testing/process-fixtures';
import { productBody } from '../testing/product-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/**
 * Issue 14 through the real platform: the trace page's cache is emptied by each write that changes what it shows
 * (and by no other), a warm scan does not touch the database, and scans land in the owner's statistics.
 */

const GTIN = '08938500000010';

const publicField = (type: FormField['type'], key: string, extra: Partial<FormField> = {}): FormField => ({
  ...newFormField(type, key, { vi: key, en: key }),
  public: true,
  ...extra,
});
const stage = (id: string, fields: FormField[], overrides: Partial<ProcessStage> = {}): ProcessStage =>
  sampleStage(id, id, { form: compileFormModel({ fields, rules: [] }), ...overrides });

/** plant (a public note, a private one) -> fertilise (a public amount, repeatable) -> harvest. */
const definition: ProcessDefinition = {
  schemaVersion: 1,
  stages: [
    stage('plant', [publicField('text', 'note'), { ...publicField('text', 'secret'), public: false }], {
      start: true,
    }),
    stage('fertilise', [publicField('number', 'amount', { unit: 'kg', min: 0, max: 100_000 })], {
      repeatable: true,
    }),
    stage('harvest', [publicField('text', 'note')]),
  ],
  edges: [
    { id: 'e0', source: 'plant', target: 'fertilise' },
    { id: 'e1', source: 'fertilise', target: 'harvest' },
  ],
};

/** Counts the statements the platform's database runs, by kind, while switched on. */
class StatementCounter {
  kinds: string[] = [];
  on = false;
  readonly plugin: KyselyPlugin = {
    transformQuery: (args) => {
      if (this.on) this.kinds.push(args.node.kind);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  wrap = (database: Database): Database => ({
    driver: database.driver,
    db: database.db.withPlugin(this.plugin),
    close: () => database.close(),
  });
  /** Reads: selects and raw statements (a raw statement may read; the ledger's writes are built, not raw). */
  reads(): number {
    return this.kinds.filter((kind) => kind === 'SelectQueryNode' || kind === 'RawNode').length;
  }
  async during(work: () => Promise<unknown>): Promise<number> {
    this.kinds = [];
    this.on = true;
    try {
      await work();
    } finally {
      this.on = false;
    }
    return this.reads();
  }
}

describe.each(await testDrivers())('the trace page through the platform on %s', (driver) => {
  const counter = new StatementCounter();
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;
  let owner: HttpAgent;
  let clerk: HttpAgent;
  let ownerB: HttpAgent;
  let product: { id: string; revision: number };
  let lot: { id: string; code: string };
  let serials: string[];
  let fertilisedId: string;

  let visitors = 0;
  /** A visitor's scan: each from a network of its own (a reload from the same one within 30 minutes counts nowhere). */
  const page = async (serial: string, lang: 'vi' | 'en' = 'en', accept = 'text/html') => {
    visitors += 1;
    const response = await fetch(`${t.baseUrl}/01/${GTIN}/21/${serial}`, {
      headers: {
        'accept-language': lang,
        accept,
        'user-agent': 'Mozilla/5.0 Chrome/120 Mobile',
        'x-forwarded-for': `10.${visitors >> 8}.${visitors & 255}.1`,
      },
    });
    expect(response.status).toBe(200);
    return response.text();
  };
  /** Reads the label page warm: the statements it made (none, once the entry is warm). */
  const warmReads = (serial: string) => counter.during(() => page(serial));
  const ok = async (response: Promise<{ status: number; body: unknown }>, status = 201) => {
    const done = await response;
    expect(done.status, JSON.stringify(done.body)).toBe(status);
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
    return done.body as any;
  };

  beforeAll(async () => {
    // the loopback proxy names each visitor's address (see page)
    t = await startTestPlatform(driver, { trustProxy: ['loopback'] }, { wrapDatabase: counter.wrap });
    const ctx = t.platform.ctx;
    a = await createTenantFixture(ctx, 'A');
    b = await createTenantFixture(ctx, 'B');
    const process = await createProcess(ctx, ownerPrincipal(a), {
      name: { vi: 'Lúa ST25', en: 'ST25 rice' },
      productType: 'rice',
    });
    const draft = await saveProcessDraft(ctx, ownerPrincipal(a), process.id, {
      revision: process.draftRevision,
      definition,
    });
    await publishProcess(ctx, ownerPrincipal(a), process.id, { revision: draft.revision, note: '' });
    owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, 'en');
    clerk = await signedInAgent(t.baseUrl, a.people.clerk.login, PASSWORD, 'en');
    ownerB = await signedInAgent(t.baseUrl, b.people.owner.login, PASSWORD, 'en');
    product = await ok(
      owner.request('POST', '/api/v1/products', {
        body: productBody({
          name: { vi: 'Gạo Mỹ Xuyên', en: 'My Xuyen rice' },
          gtin: GTIN,
          processId: process.id,
          lotCodePattern: 'R{yy}-{seq}',
        }),
      }),
    );
    lot = await ok(
      clerk.request('POST', '/api/v1/lots', { body: { productId: product.id, quantity: 500, unit: 'kg' } }),
    );
    await ok(
      clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
        body: { stageId: 'plant', data: { note: 'gieo-sa-lan-dau', secret: 'bi-mat-rieng' } },
      }),
    );
    const batch = await ok(
      owner.request('POST', '/api/v1/label-batches', { body: { quantity: 6, productId: product.id } }),
    );
    await settleLabelBatches(ctx, a.id);
    serials = (
      await ctx.db
        .selectFrom('labels')
        .select('serial')
        .where('batch_id', '=', batch.id)
        .orderBy('seq')
        .execute()
    ).map((row) => row.serial);
    expect(serials).toHaveLength(6);
    await ok(
      clerk.request('POST', '/api/v1/label-activations', {
        body: { lotId: lot.id, labels: { serials: serials.slice(0, 4) } },
      }),
    );
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  /** The label page warmed (loaded, then read again with no statement), for a cause to empty. */
  const warmed = async (serial: string) => {
    const first = await page(serial);
    expect(await warmReads(serial)).toBe(0);
    return first;
  };

  describe('the cache is emptied at once by each write that changes the page', () => {
    it('a new stage record: its public value appears, the private one never', async () => {
      const serial = serials[0] ?? '';
      const before = await warmed(serial);
      expect(before).toContain('gieo-sa-lan-dau');
      expect(before).not.toContain('bi-mat-rieng');
      expect(before).not.toContain('7319');
      const fertilised = await ok(
        clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
          body: { stageId: 'fertilise', data: { amount: 7319 } },
        }),
      );
      fertilisedId = fertilised.id;
      expect(await page(serial)).toContain('7319');
    });

    it('a correction: the new value replaces the old', async () => {
      const serial = serials[0] ?? '';
      await warmed(serial);
      await ok(
        owner.request('POST', `/api/v1/lots/${lot.id}/records/${fertilisedId}/corrections`, {
          body: { data: { amount: 8423 }, reason: 'cân lại' },
        }),
      );
      const after = await page(serial);
      expect(after).toContain('8423');
      expect(after).not.toContain('7319');
    });

    it('an activation: a label not yet activated turns genuine', async () => {
      const serial = serials[4] ?? '';
      const before = await warmed(serial);
      expect(before).not.toContain('class="ok" id="status"');
      expect(before).not.toContain('gieo-sa-lan-dau');
      await ok(
        clerk.request('POST', '/api/v1/label-activations', {
          body: { lotId: lot.id, labels: { serials: [serial] } },
        }),
      );
      const after = await page(serial);
      expect(after).toContain('class="ok" id="status"');
      expect(after).toContain(lot.code);
      expect(after).toContain('gieo-sa-lan-dau');
    });

    it('a void: the page says voided and shows no product data', async () => {
      const serial = serials[1] ?? '';
      expect(await warmed(serial)).toContain('class="ok" id="status"');
      await ok(
        owner.request('POST', '/api/v1/label-voids', {
          body: { labels: { serials: [serial] }, reason: 'damaged' },
        }),
      );
      const after = await page(serial);
      expect(after).toContain('class="bad" id="status"');
      expect(after).not.toContain('gieo-sa-lan-dau');
    });

    it('a product edit: its new name and description', async () => {
      const serial = serials[0] ?? '';
      await warmed(serial);
      product = await ok(
        owner.request('PATCH', `/api/v1/products/${product.id}`, {
          body: {
            revision: product.revision,
            name: { vi: 'Gạo Mỹ Xuyên mới', en: 'New My Xuyen rice' },
            description: { vi: 'Mô tả mới', en: 'Grown-on-alluvial-soil' },
          },
        }),
        200,
      );
      const after = await page(serial);
      expect(after).toContain('New My Xuyen rice');
      expect(after).toContain('Grown-on-alluvial-soil');
    });

    it('a tenant profile edit: the producer’s address and phone', async () => {
      const serial = serials[0] ?? '';
      await warmed(serial);
      await ok(
        owner.request('PATCH', '/api/v1/tenant', {
          body: { address: '99 Đường Lúa Mới', phone: '0912345678' },
        }),
        200,
      );
      const after = await page(serial);
      expect(after).toContain('99 Đường Lúa Mới');
      expect(after).toContain('0912345678');
    });

    it('a logo upload: the producer’s new logo', async () => {
      const serial = serials[0] ?? '';
      await warmed(serial);
      const stored = await ok(
        owner.request('PUT', '/api/v1/tenant/logo', { rawBody: tinyPng, contentType: 'image/png' }),
        200,
      );
      expect(stored.logoUrl).toEqual(expect.any(String));
      expect(await page(serial)).toContain(stored.logoUrl);
      // a new logo gets a new address: the old one is served cacheable for a day
      await new Promise((resolve) => setTimeout(resolve, 5));
      const replaced = await ok(
        owner.request('PUT', '/api/v1/tenant/logo', { rawBody: tinyPng, contentType: 'image/png' }),
        200,
      );
      const after = await page(serial);
      expect(after).toContain(replaced.logoUrl);
      expect(after).not.toContain(stored.logoUrl);
    });

    it('a recall of the lot: every label of it warns at once, the warm pages of other lots stay as they were', async () => {
      // a lot of its own, so that the lot the other tests write to stays open
      const recalled = await ok(
        clerk.request('POST', '/api/v1/lots', { body: { productId: product.id, quantity: 40, unit: 'kg' } }),
      );
      await ok(
        clerk.request('POST', `/api/v1/lots/${recalled.id}/records`, {
          body: { stageId: 'plant', data: { note: 'lo-se-trieu-hoi' } },
        }),
      );
      const batch = await ok(
        owner.request('POST', '/api/v1/label-batches', { body: { quantity: 3, productId: product.id } }),
      );
      await settleLabelBatches(t.platform.ctx, a.id);
      const own = (
        await t.platform.ctx.db
          .selectFrom('labels')
          .select('serial')
          .where('batch_id', '=', batch.id)
          .orderBy('seq')
          .execute()
      ).map((row) => row.serial);
      await ok(
        clerk.request('POST', '/api/v1/label-activations', {
          body: { lotId: recalled.id, labels: { serials: own } },
        }),
      );
      for (const serial of [...own, serials[0] ?? ''])
        expect(await warmed(serial)).not.toContain('id="recall" role="alert"');
      const notice = {
        reason: { vi: 'Nhiễm nấm mốc', en: 'Mould-found-in-the-lot' },
        instructions: { vi: 'Không sử dụng', en: 'Do-not-eat-it' },
        contact: '0912 000 111',
      };
      const draft = await ok(
        owner.request('POST', '/api/v1/recalls', {
          body: { source: { kind: 'lots', lotIds: [recalled.id] }, notice, severity: 'high', drill: false },
        }),
      );
      // a draft is not public
      expect(await warmReads(own[0] ?? '')).toBe(0);
      await ok(owner.request('POST', `/api/v1/recalls/${draft.recall.id}/publish`), 200);
      for (const serial of own) {
        const shown = await page(serial);
        expect(shown).toContain('id="recall" role="alert"');
        expect(shown).toContain('Mould-found-in-the-lot');
        expect(shown).toContain('Do-not-eat-it');
      }
      expect(await warmReads(serials[0] ?? '')).toBe(0);
      expect(await page(serials[0] ?? '')).not.toContain('id="recall" role="alert"');
    });

    it('an unrelated write (another lot, another tenant) leaves the warm page alone', async () => {
      const serial = serials[0] ?? '';
      await warmed(serial);
      const other = await ok(
        clerk.request('POST', '/api/v1/lots', {
          body: { productId: product.id, quantity: 10, unit: 'kg' },
        }),
      );
      await ok(
        clerk.request('POST', `/api/v1/lots/${other.id}/records`, {
          body: { stageId: 'plant', data: { note: 'lo-khac' } },
        }),
      );
      await ok(ownerB.request('PATCH', '/api/v1/tenant', { body: { address: 'Thôn B mới' } }), 200);
      await ok(ownerB.request('POST', '/api/v1/products', { body: productBody() }));
      expect(await warmReads(serial)).toBe(0);
    });
  });

  it('a warm scan, HTML in both languages and JSON, makes no read; a cold one does', async () => {
    const serial = serials[2] ?? '';
    for (const lang of ['vi', 'en'] as const) {
      await page(serial, lang);
      await page(serial, lang, 'application/json');
    }
    const reads = await counter.during(async () => {
      for (let i = 0; i < 5; i++)
        for (const lang of ['vi', 'en'] as const) {
          await page(serial, lang);
          await page(serial, lang, 'application/json');
        }
      await t.platform.scans.flush();
    });
    expect(reads, counter.kinds.join(' ')).toBe(0);
    // the ledger's flush wrote them, off the request path
    expect(counter.kinds).toContain('InsertQueryNode');
    expect(await counter.during(() => page(serials[3] ?? ''))).toBeGreaterThan(0);
  });

  it('scans land: the owner’s statistics and the page’s counter read N', async () => {
    const serial = serials[5] ?? '';
    await ok(
      clerk.request('POST', '/api/v1/label-activations', {
        body: { lotId: lot.id, labels: { serials: [serial] } },
      }),
    );
    const n = 7;
    // N scans: the page's counter reads each one, the last (as JSON) reads N
    let html = '';
    for (let i = 1; i < n; i++) html = await page(serial, 'en');
    expect(html).toContain(`Scanned ${n - 1} times, first on`);
    const json = JSON.parse(await page(serial, 'en', 'application/json'));
    expect(json.scans).toMatchObject({ count: n, warnings: [] });
    await t.platform.scans.flush();
    expect(t.platform.scans.bufferedScans()).toBe(0);
    // around today, whichever time zone the days are counted in
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const period = `from=${day(-1)}&to=${day(1)}`;
    const stats = await ok(owner.request('GET', `/api/v1/scan-statistics?${period}`), 200);
    const mine = stats.topLabels.find((label: { serial: string }) => label.serial === serial);
    expect(mine).toMatchObject({ periodScans: n, totalScans: n, lot: { id: lot.id } });
    // a link preview is not a scan: it moves no figure
    await fetch(`${t.baseUrl}/01/${GTIN}/21/${serial}`, {
      headers: { 'user-agent': 'facebookexternalhit/1.1' },
    });
    await t.platform.scans.flush();
    const again = await ok(owner.request('GET', `/api/v1/scan-statistics?${period}`), 200);
    expect(again.topLabels.find((label: { serial: string }) => label.serial === serial)).toMatchObject({
      totalScans: n,
    });
  });
});

const gate = await redisSuiteGate('trace page server-mode suite');
const serverMode = gate.mode === 'run' && (await testDrivers()).includes('postgres');
if (gate.mode === 'fail') throw new Error(gate.message);
if (!serverMode) console.warn('trace page server-mode suite skipped: it needs PostgreSQL and Redis');

describe.runIf(serverMode)('the trace page in server mode (two API replicas, one Redis change feed)', () => {
  const counter = new StatementCounter();
  const settings = {
    redisUrl: gate.url,
    queuePrefix: `test-trace-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 6)}`,
  };
  let first: TestPlatform;
  let second: TestPlatform;
  let owner: HttpAgent;
  let serial: string;

  beforeAll(async () => {
    first = await startTestPlatform('postgres', settings);
    second = await startTestPlatform('postgres', settings, {
      database: counter.wrap(first.database),
    });
    const ctx = first.platform.ctx;
    const tenant = await createTenantFixture(ctx, 'S');
    const process = await createProcess(ctx, ownerPrincipal(tenant), {
      name: { vi: 'Lúa ST25', en: 'ST25 rice' },
      productType: 'rice',
    });
    const draft = await saveProcessDraft(ctx, ownerPrincipal(tenant), process.id, {
      revision: process.draftRevision,
      definition,
    });
    await publishProcess(ctx, ownerPrincipal(tenant), process.id, { revision: draft.revision, note: '' });
    owner = await signedInAgent(first.baseUrl, tenant.people.owner.login, PASSWORD, 'en');
    const product = await owner.request('POST', '/api/v1/products', {
      body: productBody({ gtin: GTIN, processId: process.id, lotCodePattern: 'S{yy}-{seq}' }),
    });
    expect(product.status, JSON.stringify(product.body)).toBe(201);
    const lot = await owner.request('POST', '/api/v1/lots', {
      body: { productId: product.body.id, quantity: 50, unit: 'kg' },
    });
    expect(lot.status, JSON.stringify(lot.body)).toBe(201);
    // the batch as the worker leaves it: no worker runs here, the API only enqueues in server mode
    const batch = await insertLabelBatchFixture(ctx, tenant, { quantity: 1, productId: product.body.id });
    serial = batch.serials[0] ?? '';
    const activated = await owner.request('POST', '/api/v1/label-activations', {
      body: { lotId: lot.body.id, labels: { serials: [serial] } },
    });
    expect(activated.status, JSON.stringify(activated.body)).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const pageOn = async (t: TestPlatform) => {
    const response = await fetch(`${t.baseUrl}/01/${GTIN}/21/${serial}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('a write through one replica empties the other’s warm page', async () => {
    expect(await pageOn(second)).not.toContain('88 Đường Bến Nghé');
    // the setup's own writes reach this replica through Redis, possibly after its first load began (that load is
    // then not kept): read again until the page is held, then a read must touch no database
    let reads = await counter.during(() => pageOn(second));
    for (const until = Date.now() + 5000; reads !== 0 && Date.now() < until; )
      reads = await counter.during(() => pageOn(second));
    expect(reads).toBe(0);
    const edited = await owner.request('PATCH', '/api/v1/tenant', { body: { address: '88 Đường Bến Nghé' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const until = Date.now() + 5000;
    let shown = await pageOn(second);
    while (!shown.includes('88 Đường Bến Nghé') && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      shown = await pageOn(second);
    }
    expect(shown).toContain('88 Đường Bến Nghé');
  });
});
