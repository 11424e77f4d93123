import type { ScanPeriodQuery } from '@nguon/contracts/client';
import { vietnamDayOf } from '@nguon/domain';

const dayMs = 86_400_000;

/** The last `days` Vietnamese days up to today, today included. */
export function lastDays(days: number, now: Date): ScanPeriodQuery {
  return { from: vietnamDayOf(new Date(now.getTime() - (days - 1) * dayMs)), to: vietnamDayOf(now) };
}
