import { describe, expect, it } from 'vitest';
import { problemPlace } from './problem-place';

const stages = [
  { id: 's-a', name: { vi: 'Làm đất', en: 'Land preparation' } },
  { id: 's-b', name: { vi: 'Gieo sạ', en: 'Sowing' } },
];

describe('problemPlace', () => {
  it.each([
    ['/process/definition/stages/1/form/schema', { tab: 'process', stage: stages[1] }],
    ['/file/process/definition/stages/0', { tab: 'process', stage: stages[0] }],
    ['/process/definition/stages/7/form', { tab: 'process', stage: null }],
    ['/process/definition/edges/0', { tab: 'process', stage: null }],
    ['/catalogs/0/samples/2/name', { tab: 'catalogs' }],
    ['/stageNotes/s-a/vi', { tab: 'details' }],
    ['/name/en', { tab: 'details' }],
    ['/process/name/vi', { tab: 'details' }],
    ['/sampleProduct/name', { tab: 'details' }],
    ['/details/summary/en', { tab: 'details' }],
    ['', null],
    ['/key', null],
    ['/changeNote/vi', null],
    ['/somethingElse/1', null],
  ])('%s is fixed on %o', (path, place) => {
    expect(problemPlace(path, stages)).toEqual(place);
  });
});
