import type { StageRef } from '@nguon/contracts/client';

export const lotPath = (lotId: string) => `/lots/${encodeURIComponent(lotId)}`;

/** The trace explorer of a lot: its genealogy back to the farms and forward to the labels. */
export const tracePath = (lotId: string) => `${lotPath(lotId)}/trace`;

/** A record's place in its lot's timeline; the lot view scrolls to it and marks it. */
export const recordPath = (lotId: string, recordId: string) => `${lotPath(lotId)}#record-${recordId}`;

export function transformationPath(stageId: string, lotId: string): string {
  return `/transformations/new?${new URLSearchParams({ stageId, lotId }).toString()}`;
}

/** Where a stage of a lot is filled: its form, or the transformation screen for a merge/split stage. */
export function stagePath(lotId: string, stage: Pick<StageRef, 'stageId' | 'kind' | 'hasJobs'>): string {
  if (stage.kind === 'transformation') return transformationPath(stage.stageId, lotId);
  // a stage with jobs opens on its list of jobs, without asking for a form it does not have
  return `${lotPath(lotId)}/stages/${encodeURIComponent(stage.stageId)}${stage.hasJobs ? '?jobs' : ''}`;
}

/** Where one job of a stage with jobs is filled; the job rides in the query so a reload keeps it. */
export function jobPath(lotId: string, stageId: string, jobId: string): string {
  return `${lotPath(lotId)}/stages/${encodeURIComponent(stageId)}?${new URLSearchParams({ job: jobId })}`;
}

/**
 * A label's page by its serial, as normalised by the domain (no spaces or hyphens). Defined here, where a lot's
 * record cards link to the labels they bound, because the labels screens import lots and never the other way;
 * labels/label-paths.ts re-exports it.
 */
export const labelPath = (serial: string) => `/labels/l/${encodeURIComponent(serial)}`;
