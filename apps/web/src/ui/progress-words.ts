import type { TenantJobView } from '@nguon/contracts/client';
import type { Translate } from '../i18n/use-t';

/** What a progress bar counts: its count line and its rate say it. */
export type ProgressUnit = 'labels' | 'rows' | 'lots' | 'pages';

export interface ProgressNumbers {
  done: number;
  total: number;
  /** Per second, as the server measured it; null before it has. */
  ratePerSecond: number | null;
  /** The server's estimate; null when it has none. */
  secondsLeft: number | null;
}

/** 0..100, whole; 100 only when done reaches the total. */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((Math.min(Math.max(0, done), total) / total) * 100);
}

/** A tenth under 10 a second, then two significant figures: a rate that moves a little does not jitter. */
export function roundRate(rate: number): number {
  if (rate < 10) return Math.round(rate * 10) / 10;
  if (rate < 100) return Math.round(rate);
  const scale = 10 ** (Math.floor(Math.log10(rate)) - 1);
  return Math.round(rate / scale) * scale;
}

/** The time left as a person says it: seconds (by fives) under a minute, then whole minutes, then hours. */
export function timeLeftWords(seconds: number, t: Translate): string {
  if (seconds < 60) return t('jobs.leftSeconds', { count: Math.max(5, Math.ceil(seconds / 5) * 5) });
  if (seconds < 3600) return t('jobs.leftMinutes', { count: Math.round(seconds / 60) });
  return t('jobs.leftHours', { count: Math.round(seconds / 3600) });
}

const rateKeys = { labels: 'jobs.rate.labels', rows: 'jobs.rate.rows', lots: 'jobs.rate.lots' } as const;

/**
 * Count, rate and time left, each null when there is nothing true to say: no rate or time before the server has
 * measured one, once the work is done, or while it does not move (`active` false: waiting, stalled, ended).
 */
export function progressWords(numbers: ProgressNumbers, unit: ProgressUnit, active: boolean, t: Translate) {
  const total = Math.max(0, numbers.total);
  const done = Math.min(Math.max(0, numbers.done), total);
  const moving = active && done < total;
  const rate = numbers.ratePerSecond;
  return {
    percent: progressPercent(done, total),
    count: t(unit === 'pages' ? 'jobs.pages' : 'jobs.count', { done, total }),
    rate:
      moving && unit !== 'pages' && rate !== null && rate > 0
        ? t(rateKeys[unit], { rate: roundRate(rate) })
        : null,
    left:
      moving && numbers.secondsLeft !== null && numbers.secondsLeft >= 0
        ? timeLeftWords(numbers.secondsLeft, t)
        : null,
  };
}

export const isFinal = (job: Pick<TenantJobView, 'state'>): boolean =>
  job.state === 'completed' || job.state === 'failed' || job.state === 'cancelled';
