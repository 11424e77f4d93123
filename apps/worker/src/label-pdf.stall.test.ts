import { labelBatchStallMs } from '@nguon/domain';
import { getLabelBatch, orderLabelBatch, resumeLabelBatches } from '@nguon/services';
import { describe, expect, it } from 'vitest';
import { pollUntil, serverModeGate, useServerMode } from './testing/server-mode';

const quantity = 6_000;
const { runs, redisUrl } = await serverModeGate('the label PDF stall test');

describe.runIf(runs)('a PDF job BullMQ failed for good after its worker was killed twice', () => {
  const server = useServerMode(redisUrl, 'label-stall');
  const { ownerPrincipal } = server;

  async function batchRow(id: string) {
    return server.services.ctx.db
      .selectFrom('label_batches')
      .select(['state', 'generated', 'pdf_state', 'pdf_pages_done', 'heartbeat_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  type Row = Awaited<ReturnType<typeof batchRow>>;

  /** Starts a worker, waits for the PDF to draw pages in it (a heartbeat after its start), then kills it. */
  async function killWhileDrawing(id: string): Promise<Row> {
    const since = new Date();
    const worker = server.startWorker();
    const drawing = await pollUntil(
      () => batchRow(id),
      (row) => row.pdf_state === 'running' && row.pdf_pages_done > 0 && row.heartbeat_at > since,
      60_000,
    );
    await server.kill(worker);
    return drawing;
  }

  it("is shown as stalled, and the API's start draws it again under a new job id", async () => {
    const owner = await ownerPrincipal();
    const batch = await orderLabelBatch(server.services.ctx, owner, { quantity });
    // Killed twice while drawing: BullMQ moves the job back once, then fails it ("job stalled more than
    // allowable limit") in the third worker's stalled check, and our job code never runs its catch.
    await killWhileDrawing(batch.id);
    await killWhileDrawing(batch.id);
    server.startWorker();
    const lost = await server.waitForJob(`label-pdf-${batch.id}-0`, 'failed', 60_000);
    expect(lost.failedReason).toMatch(/stalled/);
    const stuck = await batchRow(batch.id);
    expect([stuck.state, stuck.pdf_state]).toEqual(['completed', 'running']);
    expect(await getLabelBatch(server.services.ctx, owner, batch.id)).toMatchObject({
      stalled: false,
      retry: null,
    });

    // Ten minutes pass without a heartbeat (moved back here rather than waited for).
    const quiet = new Date(Date.now() - labelBatchStallMs - 1000);
    await server.services.ctx.db
      .updateTable('label_batches')
      .set({ heartbeat_at: quiet })
      .where('id', '=', batch.id)
      .execute();
    expect(await getLabelBatch(server.services.ctx, owner, batch.id)).toMatchObject({
      stalled: true,
      retry: 'pdf',
      pdf: { state: 'running' },
    });
    // The order's own job id would hand back the failed job unrun: resume claims the batch and uses a new one.
    expect(await resumeLabelBatches(server.services.ctx)).toBe(1);
    const ready = await pollUntil(
      () => batchRow(batch.id),
      (row) => row.pdf_state !== 'running' && row.pdf_state !== 'queued',
      90_000,
    );
    expect(ready.pdf_state).toBe('ready');
    expect(await getLabelBatch(server.services.ctx, owner, batch.id)).toMatchObject({
      stalled: false,
      retry: null,
    });
    expect(await resumeLabelBatches(server.services.ctx)).toBe(0);
  }, 240_000);
});
