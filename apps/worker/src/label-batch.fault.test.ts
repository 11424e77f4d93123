import { Writable } from 'node:stream';
import { parseLabelSerial } from '@nguon/domain';
import { orderLabelBatch, streamBatchCsv } from '@nguon/services';
import { describe, expect, it } from 'vitest';
import { pollUntil, serverModeGate, useServerMode } from './testing/server-mode';

const quantity = 200_000;
const { runs, redisUrl } = await serverModeGate('the label batch fault test');

describe.runIf(runs)('a worker killed in the middle of a label batch', () => {
  const server = useServerMode(redisUrl, 'label-fault');
  const { ownerPrincipal } = server;

  async function batchRow(id: string) {
    return server.services.ctx.db
      .selectFrom('label_batches')
      .select(['state', 'generated'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  it('leaves, after a restart, exactly the labels asked for: none missing, none twice', async () => {
    const owner = await ownerPrincipal();
    const batch = await orderLabelBatch(server.services.ctx, owner, { quantity });
    const first = server.startWorker();
    const half = await pollUntil(
      () => batchRow(batch.id),
      (row) => row.generated >= quantity / 2,
      60_000,
    );
    await server.kill(first);
    const atKill = await batchRow(batch.id);
    expect(atKill.state).toBe('running');
    expect(atKill.generated).toBeLessThan(quantity);
    expect(half.generated).toBeGreaterThanOrEqual(quantity / 2);

    server.startWorker();
    const end = await pollUntil(
      () => batchRow(batch.id),
      (row) => row.state !== 'running',
      90_000,
    );
    expect(end).toEqual({ state: 'completed', generated: quantity });

    const { rows } = await server.services.ctx.db
      .selectFrom('labels')
      .select([
        (eb) => eb.fn.countAll<string>().as('count'),
        (eb) => eb.fn.count<string>('serial').distinct().as('serials'),
        (eb) => eb.fn.count<string>('seq').distinct().as('seqs'),
        (eb) => eb.fn.min('seq').as('low'),
        (eb) => eb.fn.max('seq').as('high'),
      ])
      .where('batch_id', '=', batch.id)
      .execute()
      .then((found) => ({ rows: found }));
    expect(rows).toEqual([
      { count: String(quantity), serials: String(quantity), seqs: String(quantity), low: 1, high: quantity },
    ]);

    let csv = '';
    await streamBatchCsv(
      server.services.ctx,
      owner,
      batch.id,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          csv += chunk.toString('utf8');
          done();
        },
      }),
    );
    const lines = csv.trimEnd().split('\r\n').slice(1);
    expect(lines).toHaveLength(quantity);
    let bad = 0;
    lines.forEach((line, i) => {
      const [seq, serial = ''] = line.split(',');
      if (Number(seq) !== i + 1 || !parseLabelSerial(serial).ok) bad += 1;
    });
    expect(bad).toBe(0);
  }, 180_000);
});
