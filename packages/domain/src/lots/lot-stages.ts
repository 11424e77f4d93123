import type { ProcessDefinition, ProcessStage } from '../processes/process-definition';
import { stageJobs } from '../processes/process-definition';
import { buildStageGraph, reachable, type StageGraph } from '../processes/process-graph';
import { jobRecordable, jobsNeeded, missingJobs } from './stage-jobs';

/**
 * done: recorded (or inherited); available: may be recorded now; waiting: a predecessor is not done yet.
 * A stage with jobs: available = open (its jobs may be recorded), done = closed.
 */
export type StageState = 'done' | 'available' | 'waiting';

/** What a lot has been through, as the rules need it. */
export interface LotProgress {
  /** Stage id -> how many current (not superseded) records the lot has of it, transformation inputs left out. */
  recorded: ReadonlyMap<string, number>;
  /** For a lot made by a transformation: that stage's id. It and every stage before it count as done. */
  madeAtStageId: string | null;
  /** False once the lot is completed, used up or recalled: nothing waits for it any more. */
  open: boolean;
  /** Stage id -> job id -> current job records of the lot; absent when the lot has none. */
  jobs?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Stages with jobs that have a close record on the lot. */
  closed?: ReadonlySet<string>;
}

/** One job of a stage with jobs, on one lot. */
export interface LotJobState {
  jobId: string;
  timesRecorded: number;
  /** Records the stage needs of it before closing (0 when optional). */
  needed: number;
  recordable: boolean;
}

export interface LotStage {
  stageId: string;
  state: StageState;
  /** Current records of the stage on this lot (0 for inherited stages); for a stage with jobs, its job records. */
  timesRecorded: number;
  /** Only for a stage with jobs. */
  jobs?: LotJobState[];
  /** Only for a stage with jobs: open, and every required job done. */
  closable?: boolean;
}

/** Stage ids a transformation's output lot inherits as done: the stage itself and all that lead to it. */
export function inheritedStageIds(definition: ProcessDefinition, madeAtStageId: string | null): Set<string> {
  if (madeAtStageId === null) return new Set();
  const graph = buildStageGraph(definition);
  const index = graph.indexOf.get(madeAtStageId);
  if (index === undefined) return new Set();
  const before = reachable(graph.in, [index]);
  return new Set(graph.stages.flatMap((stage, i) => (before[i] ? [stage.id] : [])));
}

const noJobs: ReadonlyMap<string, number> = new Map();

/** The answers every rule below asks of one lot's progress. */
function progressFacts(definition: ProcessDefinition, progress: LotProgress, graph: StageGraph) {
  const inherited = inheritedStageIds(definition, progress.madeAtStageId);
  const closedSet = progress.closed ?? new Set<string>();
  const times = (id: string) => progress.recorded.get(id) ?? 0;
  const jobCounts = (id: string) => progress.jobs?.get(id) ?? noJobs;
  // something happened at the stage: it was recorded, closed, or lies behind the lot's transformation
  const touched = (id: string) => inherited.has(id) || times(id) > 0 || closedSet.has(id);
  // a stage with jobs is closed by a close record, by inheritance, or once a successor was recorded
  const isClosed = (index: number) => {
    const id = graph.stages[index]!.id;
    return (
      inherited.has(id) || closedSet.has(id) || graph.out[index]!.some((i) => touched(graph.stages[i]!.id))
    );
  };
  const hasJobs = (stage: ProcessStage) => stageJobs(stage).length > 0;
  // done for its successors' readiness: closed, or closing by itself once followed with its required jobs done
  const isDone = (index: number): boolean => {
    const stage = graph.stages[index]!;
    if (!hasJobs(stage)) return touched(stage.id);
    if (isClosed(index)) return true;
    return stage.closeWhenFollowed === true && missingJobs(stage, jobCounts(stage.id)).length === 0;
  };
  return { inherited, times, jobCounts, isClosed, isDone, hasJobs };
}

/**
 * The state of every stage for one lot, in definition order. A stage is available when every predecessor is
 * done and it is not done yet, or it is repeatable and none of its successors is done yet. A transformation stage
 * stays available on an input lot (its input records do not count) until the lot is used up; its successors
 * belong to the output lots. A stage with jobs is available (open) from its predecessors' end until it closes.
 */
export function lotStages(definition: ProcessDefinition, progress: LotProgress): LotStage[] {
  const graph = buildStageGraph(definition);
  const facts = progressFacts(definition, progress, graph);
  return graph.stages.map((stage, index) => {
    const ready = graph.in[index]!.every((i) => facts.isDone(i));
    if (facts.hasJobs(stage))
      return jobStageState(stage, facts, progress.open && ready, facts.isClosed(index));
    const done = facts.isDone(index);
    // a repeatable stage (spraying) repeats until the work has moved past it
    const movedOn = graph.out[index]!.some((i) => facts.isDone(i));
    const again = stage.repeatable && !facts.inherited.has(stage.id) && !movedOn;
    const available = progress.open && ready && (!done || again);
    const state: StageState = available ? 'available' : done ? 'done' : 'waiting';
    return { stageId: stage.id, state, timesRecorded: facts.times(stage.id) };
  });
}

/** A stage with jobs: open from its predecessors' end until it closes; its jobs and whether it may close. */
function jobStageState(
  stage: ProcessStage,
  facts: ReturnType<typeof progressFacts>,
  ready: boolean,
  closed: boolean,
): LotStage {
  const open = ready && !closed;
  const counts = facts.jobCounts(stage.id);
  const jobs = stageJobs(stage).map((job) => {
    const timesRecorded = counts.get(job.id) ?? 0;
    const recordable = jobRecordable(job, open, timesRecorded);
    return { jobId: job.id, timesRecorded, needed: jobsNeeded(job), recordable };
  });
  const closable = open && missingJobs(stage, counts).length === 0;
  const state: StageState = open ? 'available' : closed ? 'done' : 'waiting';
  return { stageId: stage.id, state, timesRecorded: facts.times(stage.id), jobs, closable };
}

/** Whether every final stage (one without successors) is done: the lot's process is complete. */
export function isProcessComplete(definition: ProcessDefinition, progress: LotProgress): boolean {
  const graph = buildStageGraph(definition);
  const facts = progressFacts(definition, progress, graph);
  // a final stage with jobs is complete only once closed: its jobs may go on until then
  return graph.stages.every((stage, index) => {
    if (graph.out[index]!.length > 0) return true;
    return facts.hasJobs(stage) ? facts.isClosed(index) : facts.isDone(index);
  });
}
