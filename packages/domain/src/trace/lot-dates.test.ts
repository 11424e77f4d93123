import { describe, expect, it } from 'vitest';
import { cbvBusinessStepPrefix, nguonBusinessStepPrefix } from '../processes/business-steps';
import { certificationExpired, certificationName } from './certification-names';
import { addDays, lotDates, vietnamDay } from './lot-dates';

const cbv = (id: string) => `${cbvBusinessStepPrefix}${id}`;
const ours = (id: string) => `${nguonBusinessStepPrefix}${id}`;
const at = (iso: string) => new Date(iso);

describe('lotDates', () => {
  it('reads harvest (earliest), production and packing (latest) and adds the shelf life to packing', () => {
    const dates = lotDates(
      [
        { businessStep: ours('harvesting'), eventTime: at('2026-06-03T02:00:00Z') },
        { businessStep: ours('harvesting'), eventTime: at('2026-06-01T02:00:00Z') },
        { businessStep: ours('drying'), eventTime: at('2026-06-05T02:00:00Z') },
        { businessStep: cbv('commissioning'), eventTime: at('2026-06-07T02:00:00Z') },
        { businessStep: cbv('packing'), eventTime: at('2026-06-10T02:00:00Z') },
        { businessStep: cbv('shipping'), eventTime: at('2026-06-20T02:00:00Z') },
        { businessStep: null, eventTime: at('2026-06-21T02:00:00Z') },
      ],
      30,
    );
    expect(dates).toEqual({
      harvest: '2026-06-01',
      production: '2026-06-07',
      packing: '2026-06-10',
      expiry: '2026-07-10',
    });
  });

  it.each([
    [
      'production only',
      [{ businessStep: ours('processing'), eventTime: at('2026-02-27T10:00:00Z') }],
      2,
      '2026-03-01',
    ],
    ['no shelf life', [{ businessStep: cbv('packing'), eventTime: at('2026-02-27T10:00:00Z') }], null, null],
    ['nothing dated', [{ businessStep: cbv('inspecting'), eventTime: at('2026-02-27T10:00:00Z') }], 10, null],
    ['an unknown step', [{ businessStep: 'urn:x:packing', eventTime: at('2026-02-27T10:00:00Z') }], 10, null],
  ])('expiry with %s', (_name, records, shelfLife, expiry) => {
    expect(lotDates(records, shelfLife).expiry).toBe(expiry);
  });

  it('dates a moment by the calendar in Viet Nam (UTC+7)', () => {
    expect(vietnamDay(at('2026-12-05T16:59:59Z'))).toBe('2026-12-05');
    expect(vietnamDay(at('2026-12-05T17:00:00Z'))).toBe('2026-12-06');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('certifications', () => {
  it.each([
    [{ kind: 'vietgap' as const }, 'VietGAP'],
    [{ kind: 'globalgap' as const }, 'GlobalG.A.P.'],
    [{ kind: 'organic' as const }, 'Hữu cơ/Organic'],
    [{ kind: 'ocop' as const, stars: 4 }, 'OCOP 4★'],
    [{ kind: 'other' as const, name: ' HACCP ' }, 'HACCP'],
  ])('names %o as %s', (cert, name) => {
    expect(certificationName(cert)).toBe(name);
  });

  it('is expired from the day after its last valid day', () => {
    expect(certificationExpired('2026-12-05', '2026-12-05')).toBe(false);
    expect(certificationExpired('2026-12-04', '2026-12-05')).toBe(true);
    expect(certificationExpired(null, '2026-12-05')).toBe(false);
  });
});
