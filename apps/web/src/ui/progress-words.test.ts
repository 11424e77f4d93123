import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/use-t';
import { progressPercent, progressWords, roundRate, timeLeftWords } from './progress-words';

const vi = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('vi', key, values);

describe('progressPercent', () => {
  it.each([
    [12_000, 100_000, 12],
    [99_999, 100_000, 99],
    [100_000, 100_000, 100],
    [0, 0, 0],
    [120, 100, 100],
    [-5, 100, 0],
  ])('%d of %d is %d %%, never 100 before the end', (done, total, percent) => {
    expect(progressPercent(done, total)).toBe(percent);
  });
});

describe('roundRate and timeLeftWords', () => {
  it.each([
    [2.345, 2.3],
    [7.46, 7.5],
    [42.4, 42],
    [99.6, 100],
    [2345, 2300],
    [12_890, 13_000],
  ])('rounds %d a second to %d', (rate, rounded) => {
    expect(roundRate(rate)).toBe(rounded);
  });

  it.each([
    [0.2, 'còn khoảng 5 giây'],
    [37.5, 'còn khoảng 40 giây'],
    [70, 'còn khoảng 1 phút'],
    [1799, 'còn khoảng 30 phút'],
    [5400, 'còn khoảng 2 giờ'],
  ])('reads %d seconds as "%s"', (seconds, words) => {
    expect(timeLeftWords(seconds, vi)).toBe(words);
  });
});

describe('progressWords', () => {
  const numbers = { done: 12_000, total: 100_000, ratePerSecond: 2345.6, secondsLeft: 40 };

  it('says count, rate and time left while the work moves', () => {
    expect(progressWords(numbers, 'labels', true, vi)).toEqual({
      percent: 12,
      count: '12.000 / 100.000',
      rate: '2.300 tem/giây',
      left: 'còn khoảng 40 giây',
    });
    expect(progressWords(numbers, 'rows', true, vi).rate).toBe('2.300 dòng/giây');
    expect(progressWords(numbers, 'pages', true, vi)).toMatchObject({
      count: 'trang 12.000 / 100.000',
      rate: null,
    });
  });

  it('says no pace while waiting, stalled or done, nor before it is measured', () => {
    expect(progressWords(numbers, 'labels', false, vi)).toMatchObject({ rate: null, left: null });
    const measuredNothing = { ...numbers, ratePerSecond: null, secondsLeft: null };
    expect(progressWords(measuredNothing, 'labels', true, vi)).toMatchObject({ rate: null, left: null });
    const done = { ...numbers, done: 100_000, secondsLeft: 0 };
    expect(progressWords(done, 'labels', true, vi)).toMatchObject({ percent: 100, rate: null, left: null });
  });

  it('writes numbers as each language does', () => {
    expect(progressWords(numbers, 'labels', true, (key, values) => translate('en', key, values))).toEqual({
      percent: 12,
      count: '12,000 / 100,000',
      rate: '2,300 labels/s',
      left: 'about 40 seconds left',
    });
  });
});
