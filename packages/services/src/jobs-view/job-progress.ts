import type { TenantJobState } from '@nguon/contracts';

export interface ProgressFacts {
  state: TenantJobState;
  done: number;
  total: number;
  startedAt: Date | null;
}

/** Units per second since the job started, and the seconds left at that rate; null while unknown. */
export function progressRate(
  facts: ProgressFacts,
  now: Date,
): { ratePerSecond: number | null; secondsLeft: number | null } {
  if (!facts.startedAt || facts.done === 0) return { ratePerSecond: null, secondsLeft: null };
  const seconds = Math.max((now.getTime() - facts.startedAt.getTime()) / 1000, 0.001);
  const rate = facts.done / seconds;
  const running = facts.state === 'running' || facts.state === 'queued';
  const secondsLeft = running ? Math.ceil(Math.max(facts.total - facts.done, 0) / rate) : null;
  return { ratePerSecond: Math.round(rate * 10) / 10, secondsLeft };
}

export const isFinalState = (state: TenantJobState): boolean =>
  state === 'completed' || state === 'failed' || state === 'cancelled';
