import type { StageJob } from '@nguon/domain';
import { IconRepeat } from '@tabler/icons-react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { jobDisplayName } from '../jobs/job-names';

// a card stays compact: the rest of a long list is counted, and seen in the panel
const shownJobs = 4;

/** The jobs of a stage on its card: names, ↻ for repeatable, * for required. */
export function StageNodeJobs({ jobs }: { jobs: readonly StageJob[] }) {
  const t = useT();
  const lang = useLang();
  const hidden = jobs.length - shownJobs;
  return (
    <ul className="designer-stage-jobs" aria-label={t('designer.jobs.tab')}>
      {jobs.slice(0, shownJobs).map((job) => (
        <li key={job.id} data-testid={`stage-job-${job.key}`}>
          <span className="designer-stage-job-name">{jobDisplayName(job, lang)}</span>
          {job.repeatable && (
            <span title={t('designer.jobs.repeatMark')}>
              <IconRepeat size={12} aria-label={t('designer.jobs.repeatMark')} />
            </span>
          )}
          {job.required && (
            <span className="designer-stage-job-required" title={t('designer.jobs.requiredMark')}>
              *<span className="designer-visually-hidden">{t('designer.jobs.requiredMark')}</span>
            </span>
          )}
        </li>
      ))}
      {hidden > 0 && (
        <li className="designer-stage-job-more">{t('designer.jobs.more', { count: hidden })}</li>
      )}
    </ul>
  );
}
