import { findBusinessStep } from '../processes/business-steps';

/** What a lot's dates are read from: each current record's stage business step and event time. */
export interface DatedRecord {
  businessStep: string | null;
  eventTime: Date;
}

export interface LotDates {
  harvest: string | null;
  production: string | null;
  packing: string | null;
  expiry: string | null;
}

type DateKind = 'harvest' | 'production' | 'packing';

// Business step ids (CBV 2.0 and ours) that date a lot; any other step dates nothing.
const stepDates: Readonly<Record<string, DateKind>> = {
  harvesting: 'harvest',
  commissioning: 'production',
  creating_class_instance: 'production',
  assembling: 'production',
  processing: 'production',
  drying: 'production',
  fermenting: 'production',
  milling: 'production',
  sorting: 'production',
  packing: 'packing',
  repackaging: 'packing',
};

const dayMs = 24 * 3600 * 1000;
// Viet Nam keeps UTC+7 all year: a record at 23:30 on the 5th local time is dated the 5th.
const vietnamOffsetMs = 7 * 3600 * 1000;

/** The calendar date of a moment in Viet Nam. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** A calendar date plus whole days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The kind of date a stage's business step gives a lot, if any. */
export function lotDateKind(businessStep: string | null): DateKind | null {
  if (businessStep === null) return null;
  const step = findBusinessStep(businessStep);
  return (step && stepDates[step.id]) ?? null;
}

/**
 * A lot's dates from its records: harvest when harvesting began (the earliest), production and packing when
 * they ended (the latest); expiry is packing, else production, plus the product's shelf life.
 */
export function lotDates(records: readonly DatedRecord[], shelfLifeDays: number | null): LotDates {
  const dates: Record<DateKind, string | null> = { harvest: null, production: null, packing: null };
  for (const record of records) {
    const kind = lotDateKind(record.businessStep);
    if (!kind) continue;
    const day = vietnamDay(record.eventTime);
    const known = dates[kind];
    const earliest = kind === 'harvest';
    if (known === null || (earliest ? day < known : day > known)) dates[kind] = day;
  }
  const base = dates.packing ?? dates.production;
  const expiry = base !== null && shelfLifeDays !== null ? addDays(base, shelfLifeDays) : null;
  return { ...dates, expiry };
}
