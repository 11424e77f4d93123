import { lacksEnglish, type ProcessDefinition, type ProcessStage, stageJobs } from '@nguon/domain';
import { untranslatedInForm } from '@nguon/forms';

/**
 * How many of a stage's texts still lack English: its name and its form's labels, help and choices; for a
 * stage with jobs, each job's name and form instead of the stage's unused form.
 */
export function stageUntranslated(stage: ProcessStage): number {
  const jobs = stageJobs(stage);
  const own = lacksEnglish(stage.name) ? 1 : 0;
  if (jobs.length === 0) return own + untranslatedInForm(stage.form);
  return jobs.reduce(
    (sum, job) => sum + (lacksEnglish(job.name) ? 1 : 0) + untranslatedInForm(job.form),
    own,
  );
}

/** The same over every stage of a draft. */
export function definitionUntranslated(definition: ProcessDefinition): number {
  return definition.stages.reduce((sum, stage) => sum + stageUntranslated(stage), 0);
}
