/** How long is left, in the unit a person reads at a glance: seconds under 1.5 min, minutes under 1.5 h. */
export type TimeLeft =
  | { unit: 'seconds'; seconds: number }
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number; minutes: number };

export interface ProgressFigures {
  done: number;
  total: number;
  /** 0..100, whole; 100 only when done reaches the total. */
  percent: number;
  /** Labels a second, two significant figures ("2.300"); null before the server has measured any. */
  rate: number | null;
  timeLeft: TimeLeft | null;
}

/** Two significant figures: a rate that moves by a few labels a second should not make the line jitter. */
export function roundRate(rate: number): number {
  if (rate < 100) return Math.round(rate);
  const scale = 10 ** (Math.floor(Math.log10(rate)) - 1);
  return Math.round(rate / scale) * scale;
}

export function timeLeftOf(seconds: number): TimeLeft {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 90) return { unit: 'seconds', seconds: whole };
  const minutes = Math.ceil(whole / 60);
  if (minutes < 90) return { unit: 'minutes', minutes };
  return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** The figures of a progress line from what the server reports; a finished or unmeasured run shows no rate. */
export function progressFigures(
  done: number,
  total: number,
  ratePerSecond: number | null,
  secondsLeft: number | null,
): ProgressFigures {
  const safeTotal = Math.max(0, total);
  const safeDone = Math.min(Math.max(0, done), safeTotal);
  const percent = safeTotal === 0 ? 0 : Math.floor((safeDone / safeTotal) * 100);
  const running = safeDone < safeTotal;
  return {
    done: safeDone,
    total: safeTotal,
    percent,
    rate: running && ratePerSecond !== null && ratePerSecond > 0 ? roundRate(ratePerSecond) : null,
    timeLeft: running && secondsLeft !== null && secondsLeft >= 0 ? timeLeftOf(secondsLeft) : null,
  };
}
