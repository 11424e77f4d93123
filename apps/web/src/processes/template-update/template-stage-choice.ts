import type { ProcessTemplateUpdateView } from '@nguon/contracts/client';

type UpdateStage = ProcessTemplateUpdateView['stages'][number];

/** Stages offered pre-checked: every change not yet in the draft, except those the owner edited here. */
export function preselectedStageKeys(stages: readonly UpdateStage[]): Set<string> {
  return new Set(stages.filter((stage) => !stage.taken && !stage.editedHere).map((stage) => stage.key));
}

/** The chosen keys in the update's order, leaving out any the update no longer lists. */
export function chosenStageKeys(stages: readonly UpdateStage[], chosen: ReadonlySet<string>): string[] {
  return stages.filter((stage) => !stage.taken && chosen.has(stage.key)).map((stage) => stage.key);
}
