import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, YieldRange } from './process-definition';
import { chain, definition, edge, stage } from './process-fixtures';
import { jobProblemCodes } from './process-job-problems';
import { checkProcessGraph, type ProcessProblem, processProblemCodes } from './process-problems';

/** `code@stageId` or `code@edgeId`, the part of a problem a badge needs. */
function badges(problems: ProcessProblem[]): string[] {
  return problems.map((problem) => `${problem.code}@${problem.stageId ?? problem.edgeId ?? ''}`);
}

function withStages(...stages: ReturnType<typeof stage>[]): ProcessDefinition {
  return { schemaVersion: 1, stages, edges: [] };
}

const harvest = 'https://nguon.vn/voc/BizStep-harvesting';

describe('checkProcessGraph', () => {
  const graphs: [string, ProcessDefinition, string[]][] = [
    ['an empty process', definition([]), ['no_stages@']],
    [
      'no start stage, without also calling every stage unreachable',
      withStages(stage('a'), stage('b')),
      ['no_start_stage@'],
    ],
    ['a clean chain', definition(['a', 'b', 'c'], ['a>b', 'b>c']), []],
    ['a branch and a merge', definition(['a', 'b', 'c', 'd'], ['a>b', 'a>c', 'b>d', 'c>d']), []],
    ['a stage no start stage leads to', definition(['a', 'b', 'c'], ['a>b']), ['unreachable_stage@c']],
    [
      'what follows an unreachable stage',
      definition(['a', 'b', 'c'], ['b>c']),
      ['unreachable_stage@b', 'unreachable_stage@c'],
    ],
    [
      'a second start stage with an incoming edge',
      {
        ...definition(['a', 'b'], ['a>b']),
        stages: [stage('a', { start: true }), stage('b', { start: true })],
      },
      [],
    ],
    ['a loop', definition(['a', 'b', 'c'], ['a>b', 'b>c', 'c>b']), ['cycle@b']],
    [
      'two separate loops',
      definition(['a', 'b', 'c', 'd'], ['a>b', 'b>a', 'a>c', 'c>d', 'd>c']),
      ['cycle@a', 'cycle@c'],
    ],
    [
      'two loops sharing a stage, once',
      definition(['a', 'b', 'c'], ['a>b', 'b>a', 'a>c', 'c>a']),
      ['cycle@a'],
    ],
    ['a self-loop, not also a cycle', definition(['a'], ['a>a']), ['self_loop@a']],
    ['an edge to a missing stage', definition(['a'], ['a>x']), ['dangling_edge@e0']],
    ['an edge from a missing stage', definition(['a'], ['x>a']), ['dangling_edge@e0']],
    ['the same edge twice', definition(['a', 'b'], ['a>b', 'a>b']), ['duplicate_edge@e1']],
    [
      'two edges with one id',
      { ...definition(['a', 'b', 'c'], []), edges: [edge('a', 'b', 'e'), edge('a', 'c', 'e')] },
      ['duplicate_edge_id@e'],
    ],
    [
      'two stages with one id',
      withStages(stage('a', { start: true }), stage('a', { key: 'other' })),
      ['duplicate_stage_id@a'],
    ],
    [
      'two stages with one key, reported on the second',
      withStages(stage('a', { start: true, key: 'harvest' }), stage('b', { key: 'harvest' })),
      ['duplicate_stage_key@b', 'unreachable_stage@b'],
    ],
    [
      'a blank Vietnamese name',
      withStages(stage('a', { start: true, name: { vi: '  ', en: 'Harvest' } })),
      ['missing_stage_name@a'],
    ],
    [
      'an unknown business step',
      withStages(stage('a', { start: true, businessStep: 'urn:x' })),
      ['unknown_business_step@a'],
    ],
    ['a known business step', withStages(stage('a', { start: true, businessStep: harvest })), []],
    [
      'a yield range on an ordinary stage',
      withStages(stage('a', { start: true, yieldRange: { minPercent: 50, maxPercent: 60 } })),
      ['yield_range_on_non_transformation@a'],
    ],
    [
      'one stage setting the lot quantity',
      withStages(stage('a', { start: true, lotQuantityField: 'weight' }), stage('b', { start: true })),
      [],
    ],
    [
      'a second stage setting the lot quantity, reported on the second',
      withStages(
        stage('a', { start: true, lotQuantityField: 'weight' }),
        stage('b', { start: true, lotQuantityField: 'net' }),
      ),
      ['lot_quantity_stage_twice@b'],
    ],
    [
      'a transformation setting the lot quantity',
      withStages(stage('a', { start: true, kind: 'transformation', lotQuantityField: 'weight' })),
      ['lot_quantity_on_non_stage@a'],
    ],
    [
      'a stage stored before the setting existed, or with none',
      withStages(stage('a', { start: true, lotQuantityField: null })),
      [],
    ],
    [
      'an ordinary and a packing stage binding labels',
      withStages(
        stage('a', { start: true, bindsLabels: true }),
        stage('b', { start: true, kind: 'packaging', bindsLabels: true }),
      ),
      [],
    ],
    [
      'a transformation binding labels',
      withStages(stage('a', { start: true, kind: 'transformation', bindsLabels: true })),
      ['binds_labels_on_transformation@a'],
    ],
  ];
  it.each(graphs)('finds in %s: %j', (_name, graph, expected) => {
    expect(badges(checkProcessGraph(graph))).toEqual(expected);
  });

  const keys: [string, boolean][] = [
    ['a', true],
    ['harvest_2', true],
    ['a'.repeat(40), true],
    ['a'.repeat(41), false],
    ['Harvest', false],
    ['1st', false],
    ['_a', false],
    ['a-b', false],
    ['thu_hoạch', false],
    ['', false],
  ];
  it.each(keys)('takes the key %j as valid: %s', (key, valid) => {
    const codes = checkProcessGraph(withStages(stage('a', { start: true, key }))).map((p) => p.code);
    expect(codes.includes('invalid_stage_key')).toBe(!valid);
  });

  const names: [string, string, string, string[]][] = [
    ['120 letters', 'ạ'.repeat(120), '', []],
    ['121 letters', 'a'.repeat(121), '', ['vi']],
    ['120 letters typed with combining marks', 'a\u0323'.repeat(120), '', []],
    ['120 letters and spaces around', ` ${'a'.repeat(120)} `, '', []],
    ['a long English name', 'Thu hoạch', 'h'.repeat(121), ['en']],
  ];
  it.each(names)('measures a name of %s', (_name, vi, en, tooLong) => {
    const problems = checkProcessGraph(withStages(stage('a', { start: true, name: { vi, en } })));
    const langs = problems.flatMap((p) => (p.code === 'stage_name_too_long' ? [p.params.lang] : []));
    expect(langs).toEqual(tooLong);
  });

  const yields: [number | null, number | null, string | null][] = [
    [null, null, null],
    [0, 1000, null],
    [95, 95, null],
    [null, 80, null],
    [120, 80, 'min_above_max'],
    [-1, 50, 'negative'],
    [null, 1000.5, 'too_high'],
    [Number.NaN, 10, 'not_a_number'],
  ];
  it.each(yields)('judges a transformation yield from %s to %s: %s', (minPercent, maxPercent, fault) => {
    const yieldRange: YieldRange = { minPercent, maxPercent };
    const problems = checkProcessGraph(
      withStages(stage('a', { start: true, kind: 'transformation', yieldRange })),
    );
    const faults = problems.flatMap((p) => (p.code === 'yield_range_invalid' ? [p.params.fault] : []));
    expect(faults).toEqual(fault === null ? [] : [fault]);
  });

  it('names the stages of a cycle in walking order, and every stage tangled in it', () => {
    const graph = definition(['a', 'b', 'c', 'd', 'e'], ['a>b', 'b>c', 'c>d', 'd>b', 'c>e', 'e>b']);
    const [problem] = checkProcessGraph(graph);
    expect(problem?.code).toBe('cycle');
    if (problem?.code !== 'cycle') return;
    expect(problem.params.stages.map((s) => s.id)).toEqual(['b', 'c', 'd']);
    expect(problem.params.componentStageIds).toEqual(['b', 'c', 'd', 'e']);
  });

  it('counts stages and edges against their limits', () => {
    expect(badges(checkProcessGraph(chain(500)))).toEqual([]);
    expect(badges(checkProcessGraph(chain(501)))).toEqual(['too_many_stages@']);
    const ids = Array.from({ length: 65 }, (_, i) => `s${i}`);
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}>${b}`));
    expect(badges(checkProcessGraph(definition(ids, pairs.slice(0, 2000))))).toEqual([]);
    expect(badges(checkProcessGraph(definition(ids, pairs.slice(0, 2001))))).toEqual(['too_many_edges@']);
  });

  it('walks a 20,000-stage chain and its closing loop without running out of stack', () => {
    const long = chain(20_000);
    long.edges.push(edge('s19999', 's0', 'back'));
    const problems = checkProcessGraph(long);
    expect(badges(problems)).toEqual(['too_many_stages@', 'too_many_edges@', 'cycle@s0']);
    const cycle = problems[2];
    if (cycle?.code === 'cycle') expect(cycle.params.stages).toHaveLength(20_000);
  });

  it('has a case above for every code', () => {
    const tabled = graphs.flatMap(([, , expected]) => expected.map((badge) => badge.split('@')[0]));
    const elsewhere = [
      'invalid_stage_key',
      'stage_name_too_long',
      'yield_range_invalid',
      'too_many_stages',
      'too_many_edges',
      // process-job-problems.test.ts; empty_job_form and waiting_field_not_number are form checks (services)
      ...jobProblemCodes,
    ];
    expect(new Set([...tabled, ...elsewhere])).toEqual(new Set(processProblemCodes));
  });
});
