import { randomBytes } from 'node:crypto';
import { insertLabelBatch, insertTenant, nextLabelBatchNumber } from '@nguon/db';
import { createTestDatabase, type TestDatabase, testDrivers } from '@nguon/db/testing';
import { parseLabelSerial } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemSources } from '../sources/system-sources';
import { batchPace } from './label-batch-views';
import { labelChunks, storeLabelChunk } from './label-chunks';

describe.each(await testDrivers())('storing label chunks on %s', (driver) => {
  let t: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    tenantId = systemSources.newId();
    await insertTenant(t.db, {
      id: tenantId,
      name: 'HTX',
      kind: 'coop',
      address: 'Xã A',
      province: 'lao-cai',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function newBatch(quantity: number) {
    const id = systemSources.newId();
    await insertLabelBatch(t.db, {
      id,
      tenant_id: tenantId,
      number: await nextLabelBatchNumber(t.db, tenantId),
      quantity,
      url_prefix: 'https://nguon.test/q/',
      layout: '{}',
      created_by: null,
      created_at: new Date(),
    });
    return id;
  }
  const serialsOf = async (batchId: string) =>
    await t.db
      .selectFrom('labels')
      .select(['seq', 'serial'])
      .where('batch_id', '=', batchId)
      .orderBy('seq')
      .execute();

  it('draws again only for the seqs whose serials were taken, by another batch or by the same draw', async () => {
    const first = await newBatch(100);
    const replayed = randomBytes(12 * 100);
    await storeLabelChunk(t.db, () => replayed, { batchId: first, firstSeq: 1, lastSeq: 100 });
    const second = await newBatch(100);
    // A rigged source: its first draw repeats the first batch's serials for seqs 1-50 and one new serial for 51-100.
    const fresh = randomBytes(12);
    const draws: Uint8Array[] = [];
    const rigged = (size: number) => {
      const bytes = draws.length === 0 ? new Uint8Array(size) : new Uint8Array(randomBytes(size));
      if (draws.length === 0) {
        bytes.set(replayed.subarray(0, 12 * 50));
        for (let i = 50; i < 100; i++) bytes.set(fresh, 12 * i);
      }
      draws.push(bytes);
      return bytes;
    };
    expect(await storeLabelChunk(t.db, rigged, { batchId: second, firstSeq: 1, lastSeq: 100 })).toBe(100);
    // 50 taken by the first batch, 49 repeats within the draw: 99 seqs draw again.
    expect(draws.map((bytes) => bytes.length)).toEqual([1200, 12 * 99]);
    const labels = await serialsOf(second);
    expect(labels.map((label) => label.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const firstSerials = new Set((await serialsOf(first)).map((label) => label.serial));
    expect(labels.filter((label) => firstSerials.has(label.serial))).toEqual([]);
    expect(labels.every((label) => parseLabelSerial(label.serial).ok)).toBe(true);
  });

  it('gives up on a source that only ever repeats itself', async () => {
    const id = await newBatch(2);
    const stuck = () => new Uint8Array(24);
    await expect(storeLabelChunk(t.db, stuck, { batchId: id, firstSeq: 1, lastSeq: 2 })).rejects.toThrow(
      /colliding/,
    );
  });
});

describe('labelChunks', () => {
  it.each([
    [1, 10, [[1, 1]]],
    [10, 10, [[1, 10]]],
    [
      25,
      10,
      [
        [1, 10],
        [11, 20],
        [21, 25],
      ],
    ],
  ])('%i labels in chunks of %i', (quantity, size, ranges) => {
    expect(labelChunks(quantity, size).map((c) => [c.firstSeq, c.lastSeq])).toEqual(ranges);
  });
});

describe('batchPace', () => {
  const started = new Date('2026-12-06T00:00:00Z');
  const at = (seconds: number) => new Date(started.getTime() + seconds * 1000);
  it.each([
    ['not started', { started_at: null, finished_at: null, generated: 0, state: 'queued' }, 10, null, null],
    [
      'running',
      { started_at: started, finished_at: null, generated: 50_000, state: 'running' },
      10,
      5000,
      190,
    ],
    [
      'completed',
      { started_at: started, finished_at: at(40), generated: 1_000_000, state: 'completed' },
      99,
      25_000,
      null,
    ],
  ] as const)('%s', (_name, row, seconds, rate, left) => {
    expect(batchPace({ ...row, quantity: 1_000_000 }, at(seconds))).toEqual({
      ratePerSecond: rate,
      secondsLeft: left,
    });
  });
});
