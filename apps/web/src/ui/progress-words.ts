import type { TenantJobView } from '@nguon/contracts/client';
import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/use-t';

/** The time left as a person says it: seconds under a minute, then whole minutes, then hours. */
export function timeLeftWords(seconds: number, t: Translate): string {
  if (seconds < 60) return t('jobs.leftSeconds', { count: Math.max(5, Math.ceil(seconds / 5) * 5) });
  if (seconds < 3600) return t('jobs.leftMinutes', { count: Math.round(seconds / 60) });
  return t('jobs.leftHours', { count: Math.round(seconds / 3600) });
}

// A rate under 10 a second keeps its tenth; above, the tenth is noise.
const roundedRate = (rate: number) => (rate < 10 ? Math.round(rate * 10) / 10 : Math.round(rate));

const rateKeys: Record<TenantJobView['kind'], MessageKey> = {
  'catalog-import': 'jobs.rate.catalog-import',
  'label-batch': 'jobs.rate.label-batch',
};

/** Count, rate and time left, each null when there is nothing true to say yet. */
export function progressWords(job: TenantJobView, t: Translate) {
  const running = job.state === 'running';
  return {
    count: t('jobs.count', { done: job.done, total: job.total }),
    rate:
      running && job.ratePerSecond ? t(rateKeys[job.kind], { rate: roundedRate(job.ratePerSecond) }) : null,
    left: running && job.secondsLeft !== null ? timeLeftWords(job.secondsLeft, t) : null,
  };
}

export const isFinal = (job: Pick<TenantJobView, 'state'>): boolean =>
  job.state === 'completed' || job.state === 'failed' || job.state === 'cancelled';
