import type { WordSource } from '@nguon/contracts';
import type { LotRow } from '@nguon/db';
import { isProcessComplete, type LotProgress, type ProcessStage, predecessors } from '@nguon/domain';
import { AppError } from '../errors/app-error';
import { isLotOpen, stageViews } from './lot-progress';
import { bothLanguages } from './lot-views';
import type { PinnedVersion } from './version-definitions';

const closedStatus = (status: 'completed' | 'recalled' | 'usedUp'): WordSource => ({
  kind: 'message',
  key: `lots.detail.closed.${status}`,
});

/** LOT_CLOSED unless the lot is in progress with something left. */
export function assertLotOpen(lot: LotRow, path?: string): void {
  if (isLotOpen(lot)) return;
  const status = closedStatus(
    lot.status === 'recalled' ? 'recalled' : lot.status === 'completed' ? 'completed' : 'usedUp',
  );
  throw new AppError('LOT_CLOSED', { code: lot.code, status }, path);
}

/** STAGE_NOT_AVAILABLE, saying why: recorded already, or which stages it still waits for. */
export function assertStageAvailable(
  lot: LotRow,
  version: PinnedVersion,
  stage: ProcessStage,
  progress: LotProgress,
  path: string,
): void {
  const views = stageViews(version, progress);
  const view = views.find((candidate) => candidate.stageId === stage.id);
  if (view?.state === 'available') return;
  // a stage with jobs is not done by its records, only once closed (or closing by itself when followed)
  const done = new Set(
    views.flatMap((v) =>
      v.state === 'done' ||
      (v.jobs === undefined && v.timesRecorded > 0) ||
      (v.closeWhenFollowed && v.closable)
        ? [v.stageId]
        : [],
    ),
  );
  const waitingFor = (predecessors(version.definition).get(stage.id) ?? [])
    .filter((id) => !done.has(id))
    .flatMap((id) => version.definition.stages.filter((candidate) => candidate.id === id));
  // The names are the tenant's data, joined as they are; the sentence around them is the catalogue's.
  const stages = {
    vi: waitingFor.map((s) => s.name.vi).join(', '),
    en: waitingFor.map((s) => s.name.en || s.name.vi).join(', '),
  };
  const detail: WordSource =
    view?.state === 'waiting'
      ? { kind: 'message', key: 'lots.detail.waitingFor', values: { stages } }
      : { kind: 'message', key: 'lots.detail.recordedAlready' };
  throw new AppError(
    'STAGE_NOT_AVAILABLE',
    { code: lot.code, stage: bothLanguages(stage.name), detail },
    path,
  );
}

/** The lot's status once records are added: completed when every final stage is done. */
export function statusAfter(lot: LotRow, version: PinnedVersion, progress: LotProgress): string {
  if (lot.status !== 'in_progress') return lot.status;
  return isProcessComplete(version.definition, progress) ? 'completed' : 'in_progress';
}
