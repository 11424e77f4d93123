import {
  GenerateLabelChunkPayload,
  labelChunkSize,
  PlanLabelBatchPayload,
  RenderLabelPdfPayload,
} from '@nguon/contracts';
import {
  addGeneratedLabels,
  countBatchLabels,
  findLabelBatchById,
  labelSeqExists,
  lockLabelBatch,
  updateLabelBatch,
} from '@nguon/db';
import { defineJob, enqueueJob, type JobProgress, type RunnableJob } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import type { JobSnapshot } from '../jobs/queue.port';
import { withUnitOfWork } from '../unit-of-work';
import { labelChunks, storeLabelChunk } from './label-chunks';
import { labelPdfRendering, renderBatchPdf } from './label-pdf';

/** Attempts of a chunk before its batch is marked failed (the owner may then retry it). */
export const labelChunkAttempts = 5;
const planAttempts = 5;
const workingStates = ['queued', 'running'];

/** A chunk found its batch stopped after storing: its transaction is rolled back and nothing counts. */
class BatchStopped extends Error {}

async function markBatchFailed(ctx: ServiceContext, batchId: string): Promise<void> {
  const batch = await findLabelBatchById(ctx.db, batchId);
  if (batch && workingStates.includes(batch.state))
    await updateLabelBatch(ctx.db, batchId, {
      state: 'failed',
      error_code: 'LABEL_BATCH_FAILED',
      finished_at: ctx.now(),
    });
}

async function completeBatch(ctx: ServiceContext, batchId: string): Promise<void> {
  await withUnitOfWork(ctx, async ({ db }) => {
    const batch = await lockLabelBatch(db, batchId);
    if (
      !batch ||
      !workingStates.includes(batch.state) ||
      !(await labelSeqExists(db, batchId, batch.quantity))
    )
      return;
    const generated = await countBatchLabels(db, batchId);
    if (generated === batch.quantity)
      await updateLabelBatch(db, batchId, { state: 'completed', generated, finished_at: ctx.now() });
  });
}

/** Runs a job's work; on its last attempt a failure marks the batch failed before the error is reported. */
async function failingBatchOnLastAttempt<R>(
  ctx: ServiceContext,
  batchId: string,
  progress: JobProgress,
  attempts: number,
  work: () => Promise<R>,
): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (progress.attempt >= attempts && !progress.signal.aborted) await markBatchFailed(ctx, batchId);
    throw error;
  }
}

/** Splits a batch into chunk jobs; a chunk already stored is skipped, and re-planning never doubles one. */
export const planLabelBatchJob = defineJob<PlanLabelBatchPayload, { chunks: number }>({
  name: 'labels.plan-batch',
  payload: PlanLabelBatchPayload,
  concurrency: 2,
  process: (ctx, { batchId, attempt }, progress) =>
    failingBatchOnLastAttempt(ctx, batchId, progress, planAttempts, async () => {
      const batch = await findLabelBatchById(ctx.db, batchId);
      // The order's transaction may not have committed yet: a retry will find it.
      if (!batch) throw new Error(`label batch ${batchId} not found (yet)`);
      if (!workingStates.includes(batch.state)) return { chunks: 0 };
      if (batch.state === 'queued')
        await updateLabelBatch(ctx.db, batchId, {
          state: 'running',
          started_at: batch.started_at ?? ctx.now(),
        });
      let chunks = 0;
      for (const chunk of labelChunks(batch.quantity, labelChunkSize)) {
        if (await labelSeqExists(ctx.db, batchId, chunk.firstSeq)) continue;
        await enqueueJob(
          ctx.queue,
          generateLabelChunkJob,
          { batchId, ...chunk },
          { jobId: `label-chunk-${batchId}-${attempt}-${chunk.firstSeq}`, attempts: labelChunkAttempts },
        );
        chunks += 1;
      }
      // Every chunk stored already (a retry after the last chunk's count was lost): nothing left to make.
      if (chunks === 0) await completeBatch(ctx, batchId);
      return { chunks };
    }),
});

/**
 * Stores one chunk, all or nothing, in one transaction. The labels go in first and the batch row is locked
 * only to count them, so chunks of one batch insert in parallel; a chunk that finds its batch cancelled or
 * failed by then rolls back. A chunk whose first seq is stored was done by an earlier (killed) run.
 */
export const generateLabelChunkJob = defineJob<GenerateLabelChunkPayload, { stored: number }>({
  name: 'labels.generate-chunk',
  payload: GenerateLabelChunkPayload,
  concurrency: 2,
  process: (ctx, chunk, progress) =>
    failingBatchOnLastAttempt(ctx, chunk.batchId, progress, labelChunkAttempts, async () => {
      const batch = await findLabelBatchById(ctx.db, chunk.batchId);
      if (!batch || !workingStates.includes(batch.state)) return { stored: 0 };
      if (chunk.lastSeq < chunk.firstSeq || chunk.lastSeq > batch.quantity)
        throw new Error(`chunk ${chunk.firstSeq}-${chunk.lastSeq} is outside batch ${chunk.batchId}`);
      const outcome = await withUnitOfWork(ctx, async (unit) => {
        if (await labelSeqExists(unit.db, chunk.batchId, chunk.firstSeq)) return null;
        const stored = await storeLabelChunk(unit.db, ctx.randomBytes, chunk);
        const counted = await addGeneratedLabels(unit.db, chunk.batchId, stored);
        if (!workingStates.includes(counted.state)) throw new BatchStopped();
        const completed = counted.generated === counted.quantity;
        if (completed)
          await updateLabelBatch(unit.db, chunk.batchId, {
            state: 'completed',
            finished_at: ctx.now(),
            ...(labelPdfRendering && { pdf_state: 'queued' }),
          });
        return { stored, completed, percent: Math.floor((100 * counted.generated) / counted.quantity) };
      }).catch((error: unknown) => {
        if (error instanceof BatchStopped) return null;
        throw error;
      });
      if (!outcome) return { stored: 0 };
      await progress.report(outcome.percent);
      if (outcome.completed && labelPdfRendering)
        await enqueueJob(
          ctx.queue,
          renderLabelPdfJob,
          { batchId: chunk.batchId },
          { jobId: `label-pdf-${chunk.batchId}` },
        );
      return { stored: outcome.stored };
    }),
});

/** Renders the printable PDF of a completed batch (queued only when labelPdfRendering is on). */
export const renderLabelPdfJob = defineJob<RenderLabelPdfPayload, { fileId: string | null }>({
  name: 'labels.render-pdf',
  payload: RenderLabelPdfPayload,
  process: async (ctx, { batchId }) => {
    const batch = await findLabelBatchById(ctx.db, batchId);
    if (batch?.state !== 'completed' || batch.pdf_state === 'ready')
      return { fileId: batch?.pdf_file_id ?? null };
    await updateLabelBatch(ctx.db, batchId, { pdf_state: 'running', pdf_pages_done: 0 });
    try {
      const fileId = await renderBatchPdf(ctx, batchId, async (pagesDone) => {
        await updateLabelBatch(ctx.db, batchId, { pdf_pages_done: pagesDone });
      });
      await updateLabelBatch(ctx.db, batchId, { pdf_state: 'ready', pdf_file_id: fileId });
      return { fileId };
    } catch (error) {
      await updateLabelBatch(ctx.db, batchId, { pdf_state: 'failed' });
      throw error;
    }
  },
});

/** Queues a batch's plan; `attempt` is 0 for the order and new for each retry, so each plan runs once. */
export function enqueueLabelBatchPlan(
  ctx: Pick<ServiceContext, 'queue'>,
  batchId: string,
  attempt: number,
): Promise<JobSnapshot> {
  return enqueueJob(
    ctx.queue,
    planLabelBatchJob,
    { batchId, attempt },
    { jobId: `label-plan-${batchId}-${attempt}`, attempts: planAttempts, backoffMs: 500 },
  );
}

export const labelBatchJobs: readonly RunnableJob[] = [
  planLabelBatchJob,
  generateLabelChunkJob,
  renderLabelPdfJob,
];
