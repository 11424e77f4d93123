import { lacksEnglish, type ProcessDefinition, type ProcessStage } from '@nguon/domain';
import { untranslatedInForm } from '@nguon/forms';

/** How many of a stage's texts (its name, its form's labels, help and choices) still lack English. */
export function stageUntranslated(stage: ProcessStage): number {
  return (lacksEnglish(stage.name) ? 1 : 0) + untranslatedInForm(stage.form);
}

/** The same over every stage of a draft. */
export function definitionUntranslated(definition: ProcessDefinition): number {
  return definition.stages.reduce((sum, stage) => sum + stageUntranslated(stage), 0);
}
