import type { ProcessDefinition } from '../processes/process-definition';
import { buildStageGraph, reachable } from '../processes/process-graph';

/** done: recorded (or inherited); available: may be recorded now; waiting: a predecessor is not done yet. */
export type StageState = 'done' | 'available' | 'waiting';

/** What a lot has been through, as the rules need it. */
export interface LotProgress {
  /** Stage id -> how many current (not superseded) records the lot has of it, transformation inputs left out. */
  recorded: ReadonlyMap<string, number>;
  /** For a lot made by a transformation: that stage's id. It and every stage before it count as done. */
  madeAtStageId: string | null;
  /** False once the lot is completed, used up or recalled: nothing waits for it any more. */
  open: boolean;
}

export interface LotStage {
  stageId: string;
  state: StageState;
  /** Current records of the stage on this lot (0 for inherited stages). */
  timesRecorded: number;
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

/**
 * The state of every stage for one lot, in definition order. A stage is available when every predecessor is
 * done and it is not done yet, or it is repeatable and none of its successors is done yet. A transformation stage stays available on an input lot
 * (its input records do not count) until the lot is used up; its successors belong to the output lots.
 */
export function lotStages(definition: ProcessDefinition, progress: LotProgress): LotStage[] {
  const graph = buildStageGraph(definition);
  const inherited = inheritedStageIds(definition, progress.madeAtStageId);
  const timesRecorded = (id: string) => progress.recorded.get(id) ?? 0;
  const isDone = (id: string) => inherited.has(id) || timesRecorded(id) > 0;
  return graph.stages.map((stage, index) => {
    const times = timesRecorded(stage.id);
    const done = isDone(stage.id);
    const ready = graph.in[index]!.every((i) => isDone(graph.stages[i]!.id));
    // a repeatable stage (spraying) repeats until the work has moved past it
    const movedOn = graph.out[index]!.some((i) => isDone(graph.stages[i]!.id));
    const again = stage.repeatable && !inherited.has(stage.id) && !movedOn;
    const available = progress.open && ready && (!done || again);
    const state: StageState = available ? 'available' : done ? 'done' : 'waiting';
    return { stageId: stage.id, state, timesRecorded: times };
  });
}

/** Whether every final stage (one without successors) is done: the lot's process is complete. */
export function isProcessComplete(definition: ProcessDefinition, progress: LotProgress): boolean {
  const graph = buildStageGraph(definition);
  const inherited = inheritedStageIds(definition, progress.madeAtStageId);
  return graph.stages.every(
    (stage, index) =>
      graph.out[index]!.length > 0 || inherited.has(stage.id) || (progress.recorded.get(stage.id) ?? 0) > 0,
  );
}
