/**
 * Scan statistics count Vietnamese calendar days (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving): a scan
 * at 23:30 UTC belongs to the next day's figures in Vietnam.
 */
const vietnamOffsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;

/** The longest period the statistics and the export cover, in days (a leap year). */
export const maxScanPeriodDays = 366;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Vietnamese calendar day of an instant, as YYYY-MM-DD. */
export function vietnamDayOf(at: Date): string {
  return new Date(at.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** A real calendar date (2026-02-30 is not), as the UTC midnight of that date in ms; null otherwise. */
function dateMs(text: string): number | null {
  const match = datePattern.exec(text);
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  const ms = Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() + 1 !== month || back.getUTCDate() !== day)
    return null;
  return ms;
}

export type ScanPeriodFault =
  | { code: 'SCAN_PERIOD_BAD_DATE'; path: '/from' | '/to'; value: string }
  | { code: 'SCAN_PERIOD_REVERSED'; from: string; to: string }
  | { code: 'SCAN_PERIOD_TOO_LONG'; days: number; max: number };

/** A period of Vietnamese days, both ends included: its instants and its days in order. */
export interface ScanPeriod {
  from: string;
  to: string;
  /** The first instant of `from` in Vietnam. */
  start: Date;
  /** The first instant after `to` in Vietnam. */
  end: Date;
  days: string[];
}

/** Parses a period of days (from ≤ to, at most 366 days), or names what is wrong with it. */
export function parseScanPeriod(
  from: string,
  to: string,
): { ok: true; period: ScanPeriod } | { ok: false; fault: ScanPeriodFault } {
  const fromMs = dateMs(from);
  if (fromMs === null)
    return { ok: false, fault: { code: 'SCAN_PERIOD_BAD_DATE', path: '/from', value: from } };
  const toMs = dateMs(to);
  if (toMs === null) return { ok: false, fault: { code: 'SCAN_PERIOD_BAD_DATE', path: '/to', value: to } };
  if (toMs < fromMs) return { ok: false, fault: { code: 'SCAN_PERIOD_REVERSED', from, to } };
  const count = (toMs - fromMs) / dayMs + 1;
  if (count > maxScanPeriodDays)
    return { ok: false, fault: { code: 'SCAN_PERIOD_TOO_LONG', days: count, max: maxScanPeriodDays } };
  const days = Array.from({ length: count }, (_, index) =>
    new Date(fromMs + index * dayMs).toISOString().slice(0, 10),
  );
  return {
    ok: true,
    period: {
      from,
      to,
      start: new Date(fromMs - vietnamOffsetMs),
      end: new Date(toMs + dayMs - vietnamOffsetMs),
      days,
    },
  };
}
