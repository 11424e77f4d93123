import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTenant } from '../tenants/tenants.repository';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';
import {
  addGeneratedLabels,
  findLabelBatch,
  insertLabelBatch,
  nextLabelBatchNumber,
  searchLabelBatches,
  updateLabelBatch,
  updateLabelPdfUnlessReady,
} from './label-batches.repository';
import {
  insertLabelEvent,
  insertLabels,
  labelSeqExists,
  labelSeqsBetween,
  readLabelRange,
  readLabelSerialRange,
  voidBatchLabels,
} from './labels.repository';

const drivers = await testDrivers();
const layout = JSON.stringify({ pageWidthMm: 210 });
const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
// Distinct serials in the alphabet (the table checks the alphabet, not the check symbol): n in base 32.
const serial = (n: number) =>
  [...n.toString(32).padStart(13, '0')].map((d) => alphabet[parseInt(d, 32)]).join('');

describe.each(drivers)('label repositories on %s', (driver) => {
  let t: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    tenantId = randomUUID();
    await insertTenant(t.db, {
      id: tenantId,
      name: 'HTX A',
      kind: 'coop',
      address: 'Xã A',
      province: 'lao-cai',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function newBatch(quantity: number, tenant = tenantId): Promise<string> {
    const id = randomUUID();
    await t.db.transaction().execute(async (tx) => {
      const number = await nextLabelBatchNumber(tx, tenant);
      await insertLabelBatch(tx, {
        id,
        tenant_id: tenant,
        number,
        quantity,
        url_prefix: 'https://nguon.vn/q/',
        layout,
        created_by: null,
        created_at: new Date(),
      });
    });
    return id;
  }

  it("never lets a second render's late failure or page count undo a ready PDF", async () => {
    const id = await newBatch(10);
    await updateLabelBatch(t.db, id, { state: 'completed', pdf_state: 'running' });
    expect(await updateLabelPdfUnlessReady(t.db, id, { pdf_pages_done: 1 })).toBe(true);
    await updateLabelBatch(t.db, id, { pdf_state: 'ready', pdf_pages_done: 1 });
    expect(await updateLabelPdfUnlessReady(t.db, id, { pdf_state: 'failed', pdf_pages_done: 0 })).toBe(false);
    expect(await findLabelBatch(t.db, tenantId, id)).toMatchObject({ pdf_state: 'ready', pdf_pages_done: 1 });
  });

  it('numbers batches 1, 2, 3 per tenant even when ordered at once', async () => {
    const other = randomUUID();
    await insertTenant(t.db, {
      id: other,
      name: 'HTX B',
      kind: 'coop',
      address: 'Xã B',
      province: 'lao-cai',
    });
    const ids = await Promise.all([newBatch(1, other), newBatch(1, other), newBatch(1, other)]);
    const numbers = await Promise.all(ids.map(async (id) => (await findLabelBatch(t.db, other, id))?.number));
    expect(numbers.sort()).toEqual([1, 2, 3]);
    expect(await findLabelBatch(t.db, tenantId, ids[0] ?? '')).toBeUndefined();
    expect((await searchLabelBatches(t.db, { tenantId: other, offset: 0, limit: 10 })).total).toBe(3);
  });

  it('stores a chunk in one statement, skips serials taken anywhere and reports the seqs stored', async () => {
    const first = await newBatch(5);
    const second = await newBatch(5);
    expect(
      await insertLabels(
        t.db,
        first,
        [1, 2, 3].map((seq) => ({ serial: serial(seq), seq })),
      ),
    ).toBe(3);
    // seq 2 collides with a serial of another batch, seq 3 with one of this very statement.
    const stored = await insertLabels(t.db, second, [
      { serial: serial(10), seq: 1 },
      { serial: serial(2), seq: 2 },
      { serial: serial(10), seq: 3 },
    ]);
    expect(stored).toBe(1);
    expect(await labelSeqsBetween(t.db, second, 1, 3)).toEqual(new Set([1]));
    expect(await labelSeqExists(t.db, second, 1)).toBe(true);
    expect(await labelSeqExists(t.db, second, 2)).toBe(false);
    const batch = await addGeneratedLabels(t.db, first, 3, new Date());
    expect(batch.generated).toBe(3);
    await expect(addGeneratedLabels(t.db, first, 3, new Date())).rejects.toThrow(/check/i);
  });

  it('stores a 10,000-label chunk by COPY inside the chunk transaction', async () => {
    const id = await newBatch(10_000);
    const labels = Array.from({ length: 10_000 }, (_, i) => ({ serial: serial(100_000 + i), seq: i + 1 }));
    const stored = await t.db.transaction().execute(async (tx) => {
      const n = await insertLabels(tx, id, labels);
      expect(await labelSeqExists(tx, id, 10_000)).toBe(true);
      return n;
    });
    expect(stored).toBe(10_000);
    expect((await readLabelRange(t.db, id, 1, 10_000)).map((label) => label.serial)).toEqual(
      labels.map((label) => label.serial),
    );
  });

  it('on a taken serial rolls the COPY back to its savepoint: the transaction goes on, the rest is stored', async () => {
    const other = await newBatch(1);
    const id = await newBatch(6);
    await insertLabels(t.db, other, [{ serial: serial(300_003), seq: 1 }]);
    const labels = [1, 2, 3, 4, 5].map((seq) => ({ serial: serial(300_000 + seq), seq }));
    const redrawn = await t.db.transaction().execute(async (tx) => {
      // Work the transaction did before the chunk must survive the COPY's failure.
      expect(await insertLabels(tx, id, [{ serial: serial(300_100), seq: 6 }])).toBe(1);
      expect(await insertLabels(tx, id, labels)).toBe(4);
      const stored = await labelSeqsBetween(tx, id, 1, 5);
      expect(stored).toEqual(new Set([1, 2, 4, 5]));
      // The caller re-draws the seq left out, in the same transaction.
      const missing = [1, 2, 3, 4, 5].filter((seq) => !stored.has(seq));
      return insertLabels(
        tx,
        id,
        missing.map((seq) => ({ serial: serial(300_200 + seq), seq })),
      );
    });
    expect(redrawn).toBe(1);
    expect((await readLabelRange(t.db, id, 1, 6)).map((label) => label.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await readLabelRange(t.db, other, 1, 1)).map((label) => label.serial)).toEqual([serial(300_003)]);
  });

  it('stores a chunk run twice only once', async () => {
    const id = await newBatch(3);
    const labels = [1, 2, 3].map((seq) => ({ serial: serial(400_000 + seq), seq }));
    expect(await t.db.transaction().execute((tx) => insertLabels(tx, id, labels))).toBe(3);
    // The same rows again: every serial is taken, nothing is added.
    expect(await t.db.transaction().execute((tx) => insertLabels(tx, id, labels))).toBe(0);
    // Fresh serials for seqs already stored are refused (one label per seq); the job checks the first seq before.
    await expect(
      t.db.transaction().execute((tx) =>
        insertLabels(
          tx,
          id,
          labels.map(({ seq }) => ({ serial: serial(400_100 + seq), seq })),
        ),
      ),
    ).rejects.toThrow(/unique|duplicate/i);
    expect(await labelSeqsBetween(t.db, id, 1, 3)).toEqual(new Set([1, 2, 3]));
    expect((await readLabelRange(t.db, id, 1, 3)).map((label) => label.serial)).toEqual(
      labels.map((label) => label.serial),
    );
  });

  it('reads labels by seq ranges in seq order', async () => {
    const id = await newBatch(25);
    const labels = Array.from({ length: 25 }, (_, i) => ({ serial: serial(1000 + i), seq: 25 - i }));
    await insertLabels(t.db, id, labels);
    const seen: number[] = [];
    for (let first = 1; first <= 25; first += 10)
      seen.push(...(await readLabelRange(t.db, id, first, first + 9)).map((label) => label.seq));
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('reads the serials of a seq range in seq order, in one value or row by row around a gap', async () => {
    const id = await newBatch(30);
    const seqs = Array.from({ length: 25 }, (_, i) => 25 - i);
    await insertLabels(
      t.db,
      id,
      seqs.map((seq) => ({ serial: serial(5000 + seq), seq })),
    );
    const expected = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, serial: serial(5000 + from + i) }));
    expect(await readLabelSerialRange(t.db, id, 1, 10)).toEqual(expected(1, 10));
    // The last page of a batch reaches past its last seq.
    expect(await readLabelSerialRange(t.db, id, 21, 30)).toEqual(expected(21, 25));
    expect(await readLabelSerialRange(t.db, id, 26, 30)).toEqual([]);
    await insertLabels(t.db, id, [{ serial: serial(5030), seq: 30 }]);
    expect(
      (await readLabelSerialRange(t.db, id, 21, 30)).map(({ seq, serial }) => ({ seq, serial })),
    ).toEqual([...expected(21, 25), { seq: 30, serial: serial(5030) }]);
  });

  it('voids a batch once and keeps its events append-only', async () => {
    const id = await newBatch(4);
    await insertLabels(
      t.db,
      id,
      [2, 3, 4].map((seq) => ({ serial: serial(2000 + seq), seq })),
    );
    const at = new Date();
    expect(await voidBatchLabels(t.db, id, at)).toEqual({ count: 3, firstSeq: 2, lastSeq: 4 });
    expect(await voidBatchLabels(t.db, id, at)).toBeNull();
    const eventId = randomUUID();
    await insertLabelEvent(t.db, {
      id: eventId,
      batchId: id,
      firstSeq: 2,
      lastSeq: 4,
      kind: 'voided',
      reason: 'batch_cancelled',
      actorId: null,
      at,
    });
    await expect(
      t.db.updateTable('label_events').set({ last_seq: 3 }).where('id', '=', eventId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('label_events').where('id', '=', eventId).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(
      insertLabelEvent(t.db, {
        id: randomUUID(),
        batchId: id,
        firstSeq: 3,
        lastSeq: 2,
        kind: 'voided',
        reason: 'lost',
        actorId: null,
        at,
      }),
    ).rejects.toThrow(/check/i);
  });

  it('lets the deletion of a whole tenant take its label history along', async () => {
    const gone = randomUUID();
    await insertTenant(t.db, { id: gone, name: 'HTX B', kind: 'coop', address: 'Xã B', province: 'lao-cai' });
    const id = await newBatch(1, gone);
    await insertLabels(t.db, id, [{ serial: serial(9001), seq: 1 }]);
    const at = new Date();
    await insertLabelEvent(t.db, {
      id: randomUUID(),
      batchId: id,
      firstSeq: 1,
      lastSeq: 1,
      kind: 'voided',
      reason: 'lost',
      actorId: null,
      at,
    });
    await t.db.deleteFrom('tenants').where('id', '=', gone).execute();
    expect(await t.db.selectFrom('label_events').select('id').where('batch_id', '=', id).execute()).toEqual(
      [],
    );
  });

  it('refuses serials outside the alphabet', async () => {
    const id = await newBatch(1);
    await expect(insertLabels(t.db, id, [{ serial: 'O0000000000I1', seq: 1 }])).rejects.toThrow(/check/i);
  });
});
