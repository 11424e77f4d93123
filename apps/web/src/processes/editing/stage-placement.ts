import type { ProcessDefinition, ProcessStage, StagePosition } from '@nguon/domain';
import { defaultStageSize } from './auto-layout';

/** Horizontal distance from a stage to the one "+" adds after it. */
export const nextStageGap = 330;
const rowStep = defaultStageSize.height + 34;

function overlaps(a: StagePosition, b: StagePosition): boolean {
  return Math.abs(a.x - b.x) < defaultStageSize.width && Math.abs(a.y - b.y) < defaultStageSize.height;
}

/** `wanted`, or the first place below it where no card is, so a new card never hides another. */
export function freeSpot(stages: readonly ProcessStage[], wanted: StagePosition): StagePosition {
  let spot = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  for (let tries = 0; tries < stages.length + 1; tries++) {
    if (!stages.some((stage) => overlaps(stage.position, spot))) return spot;
    spot = { x: spot.x, y: spot.y + rowStep };
  }
  return spot;
}

/** Where the stage after `stageId` goes: to its right, on the first free row. */
export function spotAfter(definition: ProcessDefinition, stageId: string): StagePosition {
  const stage = definition.stages.find((candidate) => candidate.id === stageId);
  const origin = stage?.position ?? { x: 0, y: 0 };
  return freeSpot(definition.stages, { x: origin.x + nextStageGap, y: origin.y });
}
