import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/use-t';
import { progressFigures, roundRate, timeLeftOf } from './label-progress-text';

describe('progressFigures', () => {
  it.each([
    [12_000, 100_000, 12],
    [99_999, 100_000, 99],
    [100_000, 100_000, 100],
    [0, 0, 0],
    [120, 100, 100],
  ])('%d of %d is %d %%, never 100 before the end', (done, total, percent) => {
    expect(progressFigures(done, total, null, null).percent).toBe(percent);
  });

  it('shows a rate and time left only while running and once measured', () => {
    expect(progressFigures(10, 100, 2345.6, 40)).toMatchObject({
      rate: 2300,
      timeLeft: { unit: 'seconds', seconds: 40 },
    });
    expect(progressFigures(10, 100, null, null)).toMatchObject({ rate: null, timeLeft: null });
    expect(progressFigures(100, 100, 2000, 0)).toMatchObject({ rate: null, timeLeft: null });
  });
});

describe('roundRate and timeLeftOf', () => {
  it.each([
    [7.4, 7],
    [99.6, 100],
    [2345, 2300],
    [12_890, 13_000],
  ])('rounds %d labels a second to %d', (rate, rounded) => {
    expect(roundRate(rate)).toBe(rounded);
  });

  it.each([
    [0.2, { unit: 'seconds', seconds: 1 }],
    [89, { unit: 'seconds', seconds: 89 }],
    [90, { unit: 'minutes', minutes: 2 }],
    [5339, { unit: 'minutes', minutes: 89 }],
    [5400, { unit: 'hours', hours: 1, minutes: 30 }],
  ])('reads %d seconds as %o', (seconds, left) => {
    expect(timeLeftOf(seconds)).toEqual(left);
  });
});

describe('progress messages', () => {
  it('write counts, rates and times as each language does', () => {
    expect(translate('vi', 'labels.progress.count', { done: 12_000, total: 100_000 })).toBe(
      '12.000 / 100.000',
    );
    expect(translate('en', 'labels.progress.count', { done: 12_000, total: 100_000 })).toBe(
      '12,000 / 100,000',
    );
    expect(translate('vi', 'labels.progress.rate', { rate: 2300 })).toBe('2.300 tem/giây');
    expect(translate('en', 'labels.progress.rate', { rate: 2300 })).toBe('2,300 labels/s');
    expect(translate('vi', 'labels.progress.left.minutes', { minutes: 3 })).toBe('còn khoảng 3 phút');
    expect(translate('en', 'labels.progress.left.hours', { hours: 1, minutes: 30 })).toBe(
      'about 1 h 30 min left',
    );
  });
});
