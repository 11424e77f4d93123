import type { Lang } from '@nguon/contracts/client';
import type { ProcessStage, StageJob } from '@nguon/domain';

/** A stage's name as the designer shows it: English when asked and written, else Vietnamese, else its key. */
export function stageDisplayName(stage: ProcessStage, lang: Lang): string {
  return (lang === 'en' && stage.name.en.trim()) || stage.name.vi || stage.key;
}

/** A job's name, chosen like a stage's. */
export function jobDisplayName(job: StageJob, lang: Lang): string {
  return (lang === 'en' && job.name.en.trim()) || job.name.vi || job.key;
}
