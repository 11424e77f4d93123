import { testDrivers } from '@nguon/db/testing';
import { parseLabelSerial } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { settleLabelBatches } from '../testing/label-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

const drivers = await testDrivers();
const gtin = '08938500000010';

describe.each(drivers)('label batches over HTTP on %s', (driver) => {
  let kit: LotKit;
  let owner: HttpAgent;
  let ownerB: HttpAgent;
  beforeAll(async () => {
    kit = await startLotKit(driver);
    owner = await signedInAgent(kit.t.baseUrl, kit.a.people.owner.login, PASSWORD, 'vi');
    ownerB = await signedInAgent(kit.t.baseUrl, kit.b.people.owner.login, PASSWORD, 'en');
    const { db } = kit.t.platform.ctx;
    await db.updateTable('products').set({ gtin }).where('id', '=', kit.farm.productId).execute();
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const { newLot } = lotHelpers(() => kit);
  const settle = () => settleLabelBatches(kit.t.platform.ctx, kit.a.id);
  const order = (body: Record<string, unknown>, agent = owner, headers: Record<string, string> = {}) =>
    agent.request('POST', '/api/v1/label-batches', { body, headers });
  const batchCount = async () =>
    (await kit.t.platform.ctx.db.selectFrom('label_batches').select('id').execute()).length;

  async function completedBatch(id: string) {
    await settle();
    const response = await kit.clerk.request('GET', `/api/v1/label-batches/${id}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  it('orders blank, product and lot batches with the URLs they print', async () => {
    const lot = await newLot();
    const cases = [
      [{ quantity: 5 }, 'blank', 'http://nguon.test/q/'],
      [{ quantity: 5, productId: kit.farm.productId }, 'product', `http://nguon.test/01/${gtin}/21/`],
      [{ quantity: 5, lotId: lot.id }, 'lot', `http://nguon.test/01/${gtin}/10/${lot.code}/21/`],
    ] as const;
    for (const [body, kind, prefix] of cases) {
      const response = await order(body);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body).toMatchObject({ kind, quantity: 5, urlPrefix: prefix });
      const batch = await completedBatch(response.body.id);
      expect(batch).toMatchObject({ state: 'completed', generated: 5 });
    }
  });

  it.each([[0], [1_000_001], [1.5], ['10'], [null]])(
    'refuses quantity %j with a coded 400 naming /quantity',
    async (quantity) => {
      await settle();
      const before = await batchCount();
      const response = await order({ quantity });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(response.body.errors?.[0]?.path ?? response.body.path).toBe('/quantity');
      expect(await batchCount()).toBe(before);
    },
  );

  it("treats another tenant's product and lot as unknown, and keeps clerks from ordering", async () => {
    await settle();
    const before = await batchCount();
    const theirs = await order({ quantity: 1, productId: kit.farm.productId }, ownerB);
    expect([theirs.status, theirs.body.code]).toEqual([404, 'NOT_FOUND']);
    const ownLot = await newLot();
    const theirLot = await order({ quantity: 1, lotId: ownLot.id }, ownerB);
    expect([theirLot.status, theirLot.body.code]).toEqual([404, 'NOT_FOUND']);
    const clerk = await order({ quantity: 1 }, kit.clerk);
    expect([clerk.status, clerk.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(await batchCount()).toBe(before);
  });

  it('gives the same batch back when an Idempotency-Key is replayed', async () => {
    await settle();
    const headers = { 'idempotency-key': `labels-${Date.now()}` };
    const first = await order({ quantity: 7, note: 'Cuộn A' }, owner, headers);
    const again = await order({ quantity: 7, note: 'Cuộn A' }, owner, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    await settle();
    const reused = await order({ quantity: 8 }, owner, headers);
    expect([reused.status, reused.body.code]).toEqual([409, 'IDEMPOTENCY_KEY_REUSED']);
  });

  it('downloads exactly N rows in print order as a private CSV attachment', async () => {
    const response = await order({ quantity: 12_345, productId: kit.farm.productId });
    const batch = await completedBatch(response.body.id);
    expect(batch.generated).toBe(12_345);
    const csv = await kit.clerk.request('GET', batch.links.csv);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(`nhan-${batch.number}.csv`);
    expect(csv.headers.get('cache-control')).toContain('no-store');
    const [header, ...rows] = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe('print_seq,serial,url,code');
    expect(rows).toHaveLength(12_345);
    const serials = new Set<string>();
    rows.forEach((row, i) => {
      const [seq, serial = '', url] = row.split(',');
      expect(Number(seq)).toBe(i + 1);
      expect(parseLabelSerial(serial).ok).toBe(true);
      expect(url).toBe(`http://nguon.test/01/${gtin}/21/${serial}`);
      serials.add(serial);
    });
    expect(serials.size).toBe(12_345);
    const pdf = await kit.clerk.request('GET', batch.links.pdf);
    expect([pdf.status, pdf.body.code]).toEqual([409, 'LABEL_BATCH_NOT_READY']);
  });

  it('cancels only unfinished batches and retries only failed ones, in the caller’s language', async () => {
    const response = await order({ quantity: 2 });
    const batch = await completedBatch(response.body.id);
    const cancel = await owner.request('POST', `/api/v1/label-batches/${batch.id}/cancel`);
    expect([cancel.status, cancel.body.code]).toEqual([409, 'LABEL_BATCH_NOT_CANCELLABLE']);
    expect(cancel.body.detail ?? cancel.body.title).toContain('đã tạo xong');
    const retry = await owner.request('POST', `/api/v1/label-batches/${batch.id}/retry`);
    expect([retry.status, retry.body.code]).toEqual([409, 'LABEL_BATCH_NOT_RETRYABLE']);
    const { db } = kit.t.platform.ctx;
    await db
      .updateTable('label_batches')
      .set({ state: 'failed', error_code: 'LABEL_BATCH_FAILED' })
      .where('id', '=', batch.id)
      .execute();
    const failed = await owner.request('GET', `/api/v1/label-batches/${batch.id}`);
    expect(failed.body.error).toMatchObject({ code: 'LABEL_BATCH_FAILED' });
    expect(failed.body.error.message).toContain('Chạy lại');
    const cancelled = await owner.request('POST', `/api/v1/label-batches/${batch.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
    const voided = await db.selectFrom('labels').select('state').where('batch_id', '=', batch.id).execute();
    expect(voided.map((label) => label.state)).toEqual(['voided', 'voided']);
    const notFound = await ownerB.request('POST', `/api/v1/label-batches/${batch.id}/retry`);
    expect(notFound.status).toBe(404);
  });
});
