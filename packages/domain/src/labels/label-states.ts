import { type JobPhase, jobStalled, jobStallMs } from '../jobs/job-stall';
/** A label's life: printed (generated), bound to a lot once (activated), or taken out of use (voided). */
export const labelStates = ['generated', 'activated', 'voided'] as const;
export type LabelState = (typeof labelStates)[number];

export const labelActions = ['activate', 'void'] as const;
export type LabelAction = (typeof labelActions)[number];

/** Why a clerk voids labels; 'batch_cancelled' is only written by the system when a batch is cancelled. */
export const labelVoidReasons = ['misprint', 'damaged', 'lost', 'other'] as const;
export type LabelVoidReason = (typeof labelVoidReasons)[number];
export const labelSystemVoidReasons = [...labelVoidReasons, 'batch_cancelled'] as const;
export type LabelSystemVoidReason = (typeof labelSystemVoidReasons)[number];

export type LabelTransitionFault = 'already_active' | 'voided';
export type LabelTransition = { ok: true; to: LabelState } | { ok: false; fault: LabelTransitionFault };

/** Nothing leaves voided and a label is activated once: a printed code means one lot for its whole life. */
export function labelTransition(state: LabelState, action: LabelAction): LabelTransition {
  if (state === 'voided') return { ok: false, fault: 'voided' };
  switch (action) {
    case 'activate':
      return state === 'generated' ? { ok: true, to: 'activated' } : { ok: false, fault: 'already_active' };
    case 'void':
      return { ok: true, to: 'voided' };
  }
}

/** Label batches: generated in the background, chunk by chunk. */
export const labelBatchStates = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type LabelBatchState = (typeof labelBatchStates)[number];
export const labelPdfStates = ['none', 'queued', 'running', 'ready', 'failed'] as const;
export type LabelPdfState = (typeof labelPdfStates)[number];
export const maxLabelBatchQuantity = 1_000_000;

/** Which batches an owner may cancel (before completion) or retry (after a failure). */
export function labelBatchCancellable(state: LabelBatchState): boolean {
  return state === 'queued' || state === 'running' || state === 'failed';
}
export function labelBatchRetryable(state: LabelBatchState): boolean {
  return state === 'failed';
}

/** The stall limit of a batch being made (its labels, or its PDF once complete): the one of every job. */
export const labelBatchStallMs = jobStallMs;

export interface LabelBatchWork {
  state: LabelBatchState;
  pdfState: LabelPdfState;
  heartbeatAt: Date;
}

/** What of a batch is still being made: its labels, its PDF, or nothing. */
export function labelBatchWorkInProgress(
  batch: Pick<LabelBatchWork, 'state' | 'pdfState'>,
): 'labels' | 'pdf' | null {
  if (batch.state === 'queued' || batch.state === 'running') return 'labels';
  if (batch.state === 'completed' && (batch.pdfState === 'queued' || batch.pdfState === 'running'))
    return 'pdf';
  return null;
}

/** Whether a batch's work in progress waits for a worker (labels or PDF queued) or is being done. */
export function labelBatchWorkPhase(batch: Pick<LabelBatchWork, 'state' | 'pdfState'>): JobPhase {
  const work = labelBatchWorkInProgress(batch);
  if (work === null) return null;
  const waiting = work === 'labels' ? batch.state === 'queued' : batch.pdfState === 'queued';
  return waiting ? 'waiting' : 'running';
}

/**
 * A batch whose work in progress has had no heartbeat for longer than its phase allows: labelBatchStallMs while
 * it is being made, jobWaitStallMs while it waits (a PDF behind a million-label one is not lost).
 */
export function labelBatchStalled(batch: LabelBatchWork, now: Date): boolean {
  return jobStalled({ phase: labelBatchWorkPhase(batch), heartbeatAt: batch.heartbeatAt }, now);
}

/** What a retry would run again: the labels of a failed or stalled batch, or the PDF of a completed one. */
export function labelBatchRetryWork(batch: LabelBatchWork, now: Date): 'labels' | 'pdf' | null {
  if (labelBatchRetryable(batch.state)) return 'labels';
  if (batch.state === 'completed' && batch.pdfState === 'failed') return 'pdf';
  return labelBatchStalled(batch, now) ? labelBatchWorkInProgress(batch) : null;
}
