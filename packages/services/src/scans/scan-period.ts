import type { ScanPeriodQuery } from '@nguon/contracts';
import { parseScanPeriod, type ScanPeriod } from '@nguon/domain';
import { AppError } from '../errors/app-error';

/** The period asked for, or the coded refusal naming what is wrong with it. */
export function requireScanPeriod(query: ScanPeriodQuery): ScanPeriod {
  const parsed = parseScanPeriod(query.from, query.to);
  if (parsed.ok) return parsed.period;
  const { fault } = parsed;
  switch (fault.code) {
    case 'SCAN_PERIOD_BAD_DATE':
      return fail(new AppError(fault.code, { value: fault.value }, fault.path));
    case 'SCAN_PERIOD_REVERSED':
      return fail(new AppError(fault.code, { from: fault.from, to: fault.to }, '/to'));
    case 'SCAN_PERIOD_TOO_LONG':
      return fail(new AppError(fault.code, { days: fault.days, max: fault.max }, '/to'));
  }
}

function fail(error: AppError): never {
  throw error;
}
