import {
  GenerateLabelChunkPayload,
  labelChunkSize,
  PlanLabelBatchPayload,
  RenderLabelPdfPayload,
} from '@nguon/contracts';
import {
  addGeneratedLabels,
  claimStalledLabelBatch,
  countBatchLabels,
  findLabelBatchById,
  labelSeqExists,
  listUnfinishedLabelBatches,
  lockLabelBatch,
  updateLabelBatch,
  updateLabelBatchIn,
  updateLabelPdfUnlessReady,
} from '@nguon/db';
import { labelBatchStalled, labelBatchWorkInProgress } from '@nguon/domain';
import { defineJob, enqueueJob, type JobProgress, type RunnableJob } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import type { JobSnapshot } from '../jobs/queue.port';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';
import { batchWork } from './label-batch-views';
import { labelChunks, storeLabelChunk } from './label-chunks';
import { renderBatchPdf } from './label-pdf';

/** Attempts of a chunk before its batch is marked failed (the owner may then retry it). */
export const labelChunkAttempts = 5;
const labelPdfAttempts = 3;
const planAttempts = 5;
const workingStates = ['queued', 'running'];

/** A chunk found its batch stopped after storing: its transaction is rolled back and nothing counts. */
class BatchStopped extends Error {}

async function markBatchFailed(ctx: ServiceContext, batchId: string): Promise<void> {
  await updateLabelBatchIn(ctx.db, batchId, workingStates, {
    state: 'failed',
    error_code: 'LABEL_BATCH_FAILED',
    finished_at: ctx.now(),
    heartbeat_at: ctx.now(),
  });
}

/** Completes a batch whose chunks are all stored (a retry found nothing left to make); its PDF follows. */
async function completeBatch(ctx: ServiceContext, batchId: string): Promise<void> {
  const completed = await withUnitOfWork(ctx, async ({ db }) => {
    const batch = await lockLabelBatch(db, batchId);
    if (!batch || !workingStates.includes(batch.state)) return false;
    if (!(await labelSeqExists(db, batchId, batch.quantity))) return false;
    const generated = await countBatchLabels(db, batchId);
    if (generated !== batch.quantity) return false;
    const pdf = batch.pdf_state === 'ready' ? {} : { pdf_state: 'queued', pdf_pages_done: 0 };
    const now = ctx.now();
    await updateLabelBatch(db, batchId, {
      state: 'completed',
      generated,
      finished_at: now,
      heartbeat_at: now,
      ...pdf,
    });
    return batch.pdf_state !== 'ready';
  });
  // A new job id: this batch's first PDF job may be kept, finished, under the first one.
  if (completed) await enqueueLabelPdf(ctx, batchId, ctx.now().getTime());
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
        await updateLabelBatchIn(ctx.db, batchId, ['queued'], {
          state: 'running',
          started_at: batch.started_at ?? ctx.now(),
          heartbeat_at: ctx.now(),
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
      if (!batch) return { stored: 0 };
      // A retry of the last chunk whose first run died after completing the batch: its PDF may not be queued.
      if (batch.state === 'completed' && batch.pdf_state === 'queued')
        await enqueueLabelPdf(ctx, batch.id, 0);
      if (!workingStates.includes(batch.state)) return { stored: 0 };
      if (chunk.lastSeq < chunk.firstSeq || chunk.lastSeq > batch.quantity)
        throw new Error(`chunk ${chunk.firstSeq}-${chunk.lastSeq} is outside batch ${chunk.batchId}`);
      const outcome = await withUnitOfWork(ctx, async (unit) => {
        if (await labelSeqExists(unit.db, chunk.batchId, chunk.firstSeq)) return null;
        const stored = await storeLabelChunk(unit.db, ctx.randomBytes, chunk);
        // serials that answered "unknown" until now
        announcePublicChanges(unit, [traceTags.batch(chunk.batchId), traceTags.unknown]);
        const counted = await addGeneratedLabels(unit.db, chunk.batchId, stored, ctx.now());
        if (!workingStates.includes(counted.state)) throw new BatchStopped();
        const completed = counted.generated === counted.quantity;
        if (completed)
          await updateLabelBatch(unit.db, chunk.batchId, {
            state: 'completed',
            finished_at: ctx.now(),
            heartbeat_at: ctx.now(),
            pdf_state: 'queued',
          });
        return { stored, completed, percent: Math.floor((100 * counted.generated) / counted.quantity) };
      }).catch((error: unknown) => {
        if (error instanceof BatchStopped) return null;
        throw error;
      });
      if (!outcome) return { stored: 0 };
      await progress.report(outcome.percent);
      if (outcome.completed) await enqueueLabelPdf(ctx, chunk.batchId, 0);
      return { stored: outcome.stored };
    }),
});

/** Renders the printable PDF of a completed batch; a retry starts the file again, the last one stored wins. */
export const renderLabelPdfJob = defineJob<RenderLabelPdfPayload, { fileId: string | null }>({
  name: 'labels.render-pdf',
  payload: RenderLabelPdfPayload,
  process: async (ctx, { batchId }, progress) => {
    const batch = await findLabelBatchById(ctx.db, batchId);
    if (batch?.state !== 'completed' || batch.pdf_state === 'ready')
      return { fileId: batch?.pdf_file_id ?? null };
    await updateLabelPdfUnlessReady(ctx.db, batchId, {
      pdf_state: 'running',
      pdf_pages_done: 0,
      heartbeat_at: ctx.now(),
    });
    try {
      const { fileId, pages } = await renderBatchPdf(
        ctx,
        batchId,
        async (pagesDone) => {
          await updateLabelPdfUnlessReady(ctx.db, batchId, {
            pdf_pages_done: pagesDone,
            heartbeat_at: ctx.now(),
          });
        },
        progress.signal,
      );
      await updateLabelBatch(ctx.db, batchId, {
        pdf_state: 'ready',
        pdf_file_id: fileId,
        pdf_pages_done: pages,
        heartbeat_at: ctx.now(),
      });
      return { fileId };
    } catch (error) {
      const last = progress.attempt >= labelPdfAttempts || progress.signal.aborted;
      await updateLabelPdfUnlessReady(ctx.db, batchId, {
        pdf_state: last ? 'failed' : 'queued',
        heartbeat_at: ctx.now(),
      });
      throw error;
    }
  },
});

/** Queues a completed batch's PDF; `attempt` is 0 at completion and new for each retry of a failed PDF. */
export function enqueueLabelPdf(
  ctx: Pick<ServiceContext, 'queue'>,
  batchId: string,
  attempt: number,
): Promise<JobSnapshot> {
  return enqueueJob(
    ctx.queue,
    renderLabelPdfJob,
    { batchId },
    { jobId: `label-pdf-${batchId}-${attempt}`, attempts: labelPdfAttempts, backoffMs: 2000 },
  );
}

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

/**
 * Takes up again, at start, every batch whose labels or PDF were still being made: the in-process queue forgets
 * its jobs when the process stops. The job ids are the order's own, so on BullMQ a job it still holds is given
 * back instead of doubled; a chunk already stored is skipped either way. A stalled batch's jobs are lost, and
 * BullMQ may keep the failed ones under those ids for days (an enqueue would hand them back unrun): it is
 * claimed, by one process only, and queued under new ids.
 */
export async function resumeLabelBatches(ctx: ServiceContext): Promise<number> {
  const unfinished = await listUnfinishedLabelBatches(ctx.db);
  let resumed = 0;
  for (const batch of unfinished) {
    const work = batchWork(batch);
    const now = ctx.now();
    let attempt = 0;
    if (labelBatchStalled(work, now)) {
      if (!(await claimStalledLabelBatch(ctx.db, batch.id, batch.heartbeat_at, now))) continue;
      attempt = now.getTime();
    }
    if (labelBatchWorkInProgress(work) === 'pdf') await enqueueLabelPdf(ctx, batch.id, attempt);
    else await enqueueLabelBatchPlan(ctx, batch.id, attempt);
    resumed += 1;
  }
  return resumed;
}
