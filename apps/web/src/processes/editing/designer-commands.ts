import type { ProcessDefinition, StageKind, StagePosition } from '@nguon/domain';
import { translate } from '../../i18n/use-t';
import { autoLayout, type NodeSize } from './auto-layout';
import {
  addStage,
  connectStages,
  moveStages,
  newStage,
  removeElements,
  type StagePatch,
  updateStage,
} from './definition-edits';
import type { DefinitionChange } from './designer-history';
import { emptyStageForm } from './empty-stage-form';
import { addJob, type JobPatch, moveJob, newJob, removeJob, updateJob } from './job-edits';
import { copyToClipboard, pasteClipboard, type StageClipboard } from './stage-clipboard';
import { freeSpot, spotAfter } from './stage-placement';

export interface CommandContext {
  definition: () => ProcessDefinition;
  edit: (change: DefinitionChange, burstKey?: string) => void;
  select: (stageIds: ReadonlySet<string>, afterEdit?: boolean) => void;
  newId: () => string;
}

/** An existing stage the new one is connected to, and on which side of it the new one goes. */
export interface StageLink {
  stageId: string;
  side: 'after' | 'before';
}

const pasteStep = 40;

/** Adding stages: where, of which kind, connected to which; the new stage is selected. */
function addingCommands({ definition, edit, select, newId }: CommandContext) {
  function addStageAt(kind: StageKind, position: StagePosition, link?: StageLink): string {
    const current = definition();
    const number = current.stages.length + 1;
    // Vietnamese whatever the person works in (the names are data, not interface); English follows it
    // until the owner writes one, so it never stays "Stage 2" under a stage renamed "Thu hoạch"
    const name = { vi: translate('vi', `designer.newStage.${kind}`, { number }), en: '' };
    const stage = newStage(current, { id: newId(), kind, position, name, form: emptyStageForm() });
    const edge = link && {
      id: newId(),
      source: link.side === 'after' ? link.stageId : stage.id,
      target: link.side === 'after' ? stage.id : link.stageId,
    };
    edit((before) => addStage(before, stage, edge));
    select(new Set([stage.id]), true);
    return stage.id;
  }
  return {
    addStageAt,
    addNextStage: (stageId: string) =>
      addStageAt('stage', spotAfter(definition(), stageId), { stageId, side: 'after' }),
    addLinkedStage: (kind: StageKind, position: StagePosition, link: StageLink) =>
      addStageAt(kind, position, link),
    /** Adds a stage at `position`, or below it when a card is already there. */
    addStageNear: (kind: StageKind, position: StagePosition) =>
      addStageAt(kind, freeSpot(definition().stages, position)),
  };
}

/** Copy, paste (each paste a step further down and right) and duplicate, with forms, new ids and keys. */
function clipboardCommands({ definition, edit, select, newId }: CommandContext) {
  let clipboard: StageClipboard | null = null;
  let pasteCount = 0;
  const pasteFrom = (source: StageClipboard, steps: number) => {
    const pasted = pasteClipboard(definition(), source, newId, {
      x: pasteStep * steps,
      y: pasteStep * steps,
    });
    edit(() => pasted.definition);
    select(new Set(pasted.stageIds), true);
  };
  return {
    copy: (stageIds: ReadonlySet<string>) => {
      clipboard = copyToClipboard(definition(), stageIds) ?? clipboard;
      pasteCount = 0;
    },
    paste: () => {
      if (clipboard) pasteFrom(clipboard, ++pasteCount);
    },
    hasClipboard: () => clipboard !== null,
    duplicate: (stageIds: ReadonlySet<string>) => {
      const copied = copyToClipboard(definition(), stageIds);
      if (copied) pasteFrom(copied, 1);
    },
  };
}

/** Adding, changing, reordering and removing a stage's jobs; `addJob` answers the new job's id. */
function jobCommands({ definition, edit, newId }: CommandContext) {
  return {
    addJob: (stageId: string, nameVi: string): string | null => {
      const stage = definition().stages.find((candidate) => candidate.id === stageId);
      if (!stage) return null;
      const job = newJob(stage, { id: newId(), nameVi, form: emptyStageForm() });
      edit((before) => addJob(before, stageId, job));
      return job.id;
    },
    updateJob: (stageId: string, jobId: string, patch: JobPatch, burstKey?: string) =>
      edit((before) => updateJob(before, stageId, jobId, patch), burstKey),
    moveJob: (stageId: string, jobId: string, step: -1 | 1) =>
      edit((before) => moveJob(before, stageId, jobId, step)),
    removeJob: (stageId: string, jobId: string) => edit((before) => removeJob(before, stageId, jobId)),
  };
}

/** Every change the designer makes to the definition, each one undoable step. */
export function designerCommands(context: CommandContext) {
  const { edit, newId } = context;
  return {
    ...addingCommands(context),
    ...clipboardCommands(context),
    ...jobCommands(context),
    connect: (source: string, target: string) =>
      edit((before) => connectStages(before, { id: newId(), source, target })),
    moveStages: (positions: ReadonlyMap<string, StagePosition>) =>
      edit((before) => moveStages(before, positions)),
    remove: (stageIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>) =>
      edit((before) => removeElements(before, stageIds, edgeIds)),
    /** `burstKey` names the input being typed in, so a burst of typing is one step. */
    updateStage: (stageId: string, patch: StagePatch, burstKey?: string) =>
      edit((before) => updateStage(before, stageId, patch), burstKey),
    layout: (sizes: ReadonlyMap<string, NodeSize>) => edit((before) => autoLayout(before, sizes)),
  };
}

export type DesignerCommands = ReturnType<typeof designerCommands>;
