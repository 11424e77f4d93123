import type { ProcessDiffView } from '@nguon/contracts';
import { describe, expect, it } from 'vitest';
import {
  diffCounts,
  formatDiffValue,
  isWaitingPeriodList,
  parseStageChange,
  stageChangesByKey,
} from './diff-format';

const words = { yes: 'Có', no: 'Không', none: '(trống)' };

describe('formatDiffValue', () => {
  it.each<[unknown, 'vi' | 'en', string]>([
    [null, 'vi', '(trống)'],
    ['', 'vi', '(trống)'],
    [true, 'vi', 'Có'],
    [false, 'vi', 'Không'],
    ['harvest', 'vi', 'harvest'],
    [12, 'en', '12'],
    [{ vi: 'Thu hoạch', en: 'Harvest' }, 'en', 'Harvest'],
    [{ vi: 'Thu hoạch', en: '' }, 'en', 'Thu hoạch'],
    [{ vi: 'Thu hoạch', en: 'Harvest' }, 'vi', 'Thu hoạch'],
    [{ minPercent: 60, maxPercent: null }, 'vi', '60–… %'],
    [['a', 'b'], 'vi', '["a","b"]'],
  ])('%o in %s -> %s', (value, lang, text) => {
    expect(formatDiffValue(value, lang, words)).toBe(text);
  });
});

describe('diff summaries', () => {
  const stage = (key: string, change: string) => ({
    change,
    key,
    name: { vi: key, en: '' },
    stageChanges: [],
    fields: [],
  });
  const diff: ProcessDiffView = {
    from: '1',
    to: 'draft',
    stages: [stage('a', 'unchanged'), stage('b', 'changed'), stage('c', 'added'), stage('d', 'removed')],
    edges: { added: [{ source: 'b', target: 'c' }], removed: [] },
  };

  it('colours the changed stages by key and leaves the unchanged ones out', () => {
    expect([...stageChangesByKey(diff)]).toEqual([
      ['b', 'changed'],
      ['c', 'added'],
      ['d', 'removed'],
    ]);
  });

  it('counts stages and arrows', () => {
    expect(diffCounts(diff)).toEqual({ added: 1, removed: 1, changed: 1, edgesAdded: 1, edgesRemoved: 0 });
  });

  it('reads an unknown change as unchanged', () => {
    expect(parseStageChange('moved')).toBe('unchanged');
  });
});

describe('isWaitingPeriodList', () => {
  it('tells waiting periods from other lists, so a diff can word them', () => {
    const period = { afterJobId: 'j-spray', days: 7, fieldKey: null, onBreach: 'refuse' };
    expect(isWaitingPeriodList([period])).toBe(true);
    expect(isWaitingPeriodList([])).toBe(true);
    expect(isWaitingPeriodList(['a'])).toBe(false);
    expect(isWaitingPeriodList([{ ...period, days: '7' }])).toBe(false);
    expect(isWaitingPeriodList(null)).toBe(false);
  });
});
