import type { LabelChangeResult } from '@nguon/contracts';
import {
  changeLabelRuns,
  type Db,
  findLabelsOutsideStates,
  findUserById,
  insertLabelEvents,
  type LabelBatchRow,
} from '@nguon/db';
import {
  formatLabelCode,
  type LabelAction,
  type LabelRun,
  type LabelSystemVoidReason,
  labelRunCount,
  labelStates,
  labelTransition,
  oneOf,
} from '@nguon/domain';
import { AppError } from '../errors/app-error';
import type { ResolvedLabels } from './label-selection';

/** How the selected labels change: bound to a lot (activate) or taken out of use with a reason (void). */
export type LabelChange =
  | { action: 'activate'; lot: { id: string; code: string }; recordId: string | null }
  | { action: 'void'; reason: LabelSystemVoidReason };

export interface LabelChangeContext {
  actorId: string | null;
  note: string;
  at: Date;
  newId: () => string;
}

/** The states a label may leave by this action, read from the domain's transitions. */
const statesLeaving = (action: LabelAction) =>
  labelStates.filter((state) => labelTransition(state, action).ok);

/**
 * Refuses the whole selection when any label may not change (LABEL_ALREADY_ACTIVE / LABEL_VOIDED), naming the
 * first such label in batch and print order and how many of the selection are in its state.
 */
export async function assertLabelsMayChange(
  db: Db,
  labels: ResolvedLabels,
  action: LabelAction,
  path: string,
): Promise<void> {
  const groups = await findLabelsOutsideStates(db, labels.runs, statesLeaving(action));
  const first = [...groups].sort((a, b) =>
    a.batch_id === b.batch_id ? a.seq - b.seq : a.batch_id < b.batch_id ? -1 : 1,
  )[0];
  if (!first) return;
  const transition = labelTransition(oneOf(labelStates, first.state, 'label state'), action);
  if (transition.ok) throw new Error(`state ${first.state} was listed as unable to ${action}`);
  const number = labels.batches.get(first.batch_id)?.number ?? 0;
  const params = { serial: formatLabelCode(first.serial), seq: first.seq, number, count: first.n };
  throw new AppError(transition.fault === 'voided' ? 'LABEL_VOIDED' : 'LABEL_ALREADY_ACTIVE', params, path);
}

function eventView(
  id: string,
  run: LabelRun,
  batch: LabelBatchRow | undefined,
  change: LabelChange,
  context: LabelChangeContext & { actorName: string | null },
): LabelChangeResult['events'][number] {
  const activation = change.action === 'activate' ? change : null;
  return {
    id,
    kind: activation ? 'activated' : 'voided',
    batch: { id: run.batchId, number: batch?.number ?? 0 },
    firstSeq: run.firstSeq,
    lastSeq: run.lastSeq,
    count: run.lastSeq - run.firstSeq + 1,
    lot: activation ? activation.lot : null,
    recordId: activation ? activation.recordId : null,
    reason: change.action === 'void' ? change.reason : null,
    note: context.note,
    actor:
      context.actorId && context.actorName !== null ? { id: context.actorId, name: context.actorName } : null,
    at: context.at.toISOString(),
  };
}

/**
 * Applies a checked change set-based: one UPDATE over the runs and one event row per run. The batches are
 * locked and every label was checked, so anything but the whole selection changing is a bug.
 */
export async function applyLabelChange(
  db: Db,
  labels: ResolvedLabels,
  change: LabelChange,
  context: LabelChangeContext,
): Promise<LabelChangeResult> {
  const activation = change.action === 'activate' ? change : null;
  const expected = labelRunCount(labels.runs);
  const changed = await changeLabelRuns(db, labels.runs, {
    from: statesLeaving(change.action),
    to: activation ? 'activated' : 'voided',
    lotId: activation ? activation.lot.id : null,
    at: context.at,
  });
  if (changed !== expected) throw new Error(`changed ${changed} labels of ${expected} checked ones`);
  const ids = labels.runs.map(() => context.newId());
  await insertLabelEvents(
    db,
    labels.runs.map((run, i) => ({
      id: ids[i] ?? context.newId(),
      batch_id: run.batchId,
      first_seq: run.firstSeq,
      last_seq: run.lastSeq,
      kind: activation ? 'activated' : 'voided',
      lot_id: activation ? activation.lot.id : null,
      record_id: activation ? activation.recordId : null,
      reason: change.action === 'void' ? change.reason : null,
      note: context.note,
      actor_id: context.actorId,
      at: context.at,
    })),
  );
  const actorName = context.actorId ? ((await findUserById(db, context.actorId))?.name ?? null) : null;
  const events = labels.runs.map((run, i) =>
    eventView(ids[i] ?? '', run, labels.batches.get(run.batchId), change, { ...context, actorName }),
  );
  return { count: expected, events };
}
