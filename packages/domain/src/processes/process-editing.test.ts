import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, StageJob, WaitingPeriod } from './process-definition';
import {
  copyStages,
  nextStageKey,
  predecessors,
  stageKeyFollowsName,
  stageKeyFromName,
  startStageIds,
  successors,
  topologicalOrder,
  wouldCreateCycle,
} from './process-editing';
import { chain, definition, edge, stage } from './process-fixtures';
import { checkProcessGraph, stageKeyPattern } from './process-problems';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

describe('wouldCreateCycle', () => {
  const graph = definition(['a', 'b', 'c', 'd'], ['a>b', 'b>c', 'a>x']);
  const table: [string, string, boolean][] = [
    ['c', 'a', true],
    ['b', 'a', true],
    ['a', 'a', true],
    ['a', 'c', false],
    ['c', 'd', false],
    ['d', 'a', false],
    ['x', 'a', false],
  ];
  it.each(table)('%s -> %s: %s', (source, target, expected) => {
    expect(wouldCreateCycle(graph, source, target)).toBe(expected);
  });

  it('sees the far end of a 20,000-stage chain', () => {
    expect(wouldCreateCycle(chain(20_000), 's19999', 's0')).toBe(true);
  });
});

describe('topologicalOrder', () => {
  const table: [string, ProcessDefinition, string[]][] = [
    ['no edges: definition order', definition(['c', 'a', 'b']), ['c', 'a', 'b']],
    ['an edge moves its target after its source', definition(['c', 'a', 'b'], ['b>c']), ['a', 'b', 'c']],
    ['a diamond', definition(['d', 'c', 'b', 'a'], ['a>b', 'a>c', 'b>d', 'c>d']), ['a', 'c', 'b', 'd']],
    [
      'a loop goes last, in definition order',
      definition(['a', 'b', 'c', 'd'], ['a>b', 'b>c', 'c>b']),
      ['a', 'd', 'b', 'c'],
    ],
    [
      'a self-loop and a dangling edge are ignored',
      definition(['b', 'a'], ['b>b', 'a>x', 'a>b']),
      ['a', 'b'],
    ],
  ];
  it.each(table)('%s', (_name, graph, expected) => {
    expect(topologicalOrder(graph)).toEqual(expected);
  });

  it('orders a 20,000-stage chain given backwards', () => {
    const long = chain(20_000);
    long.stages.reverse();
    expect(topologicalOrder(long)).toEqual(chain(20_000).stages.map((s) => s.id));
  });

  it('puts every source before its target on random acyclic graphs', () => {
    fc.assert(
      fc.property(randomDag(), (graph) => {
        const order = topologicalOrder(graph);
        const position = new Map(order.map((id, index) => [id, index]));
        expect([...order].sort()).toEqual(graph.stages.map((s) => s.id).sort());
        for (const e of graph.edges) expect(position.get(e.source)!).toBeLessThan(position.get(e.target)!);
      }),
    );
  });
});

describe('startStageIds, successors, predecessors', () => {
  const graph: ProcessDefinition = {
    schemaVersion: 1,
    stages: [stage('a', { start: true }), stage('b'), stage('c', { start: true })],
    edges: [edge('a', 'b', '1'), edge('a', 'b', '2'), edge('c', 'b', '3'), edge('b', 'x', '4')],
  };
  it('lists start stages in definition order', () => {
    expect(startStageIds(graph)).toEqual(['a', 'c']);
  });
  it('maps every stage to its neighbours once, leaving out missing stages', () => {
    expect(successors(graph)).toEqual(
      new Map([
        ['a', ['b']],
        ['b', []],
        ['c', ['b']],
      ]),
    );
    expect(predecessors(graph)).toEqual(
      new Map([
        ['a', []],
        ['b', ['a', 'c']],
        ['c', []],
      ]),
    );
  });
});

describe('wouldCreateCycle against checkProcessGraph', () => {
  it('agrees with the cycle check on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), fc.nat(), fc.nat(), (graph, i, j) => {
        const source = graph.stages[i % graph.stages.length]!.id;
        const target = graph.stages[j % graph.stages.length]!.id;
        const added = { ...graph, edges: [...graph.edges, edge(source, target, 'new')] };
        const problems = checkProcessGraph(added);
        const closes = problems.some((p) =>
          source === target
            ? p.code === 'self_loop' && p.edgeId === 'new'
            : p.code === 'cycle' &&
              p.params.componentStageIds.includes(source) &&
              p.params.componentStageIds.includes(target),
        );
        expect(wouldCreateCycle(graph, source, target)).toBe(closes);
      }),
    );
  });
});

describe('stageKeyFromName', () => {
  const table: [string, string][] = [
    ['Thu hoạch', 'thu_hoach'],
    ['Đóng gói & dán tem', 'dong_goi_dan_tem'],
    ['ĐẬP LÚA', 'dap_lua'],
    ['Sơ chế (lần 2)', 'so_che_lan_2'],
    ['2. Phơi khô', 's_2_phoi_kho'],
    ['  Ủ men  ', 'u_men'],
    ['Nước mắm'.normalize('NFD'), 'nuoc_mam'],
    ['Bón phân đợt một cho cánh đồng lúa phía bắc của hợp tác xã', 'bon_phan_dot_mot_cho_canh_dong_lua_phia'],
    ['Kiểm tra chất lượng sản phẩm trước khi x', 'kiem_tra_chat_luong_san_pham_truoc_khi_x'],
    ['   ', 'cong_doan'],
    ['日本茶', 'cong_doan'],
  ];
  it.each(table)('%j -> %s', (name, key) => {
    expect(stageKeyFromName(name)).toBe(key);
    expect(key).toMatch(stageKeyPattern);
  });

  it('always gives a valid key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => stageKeyPattern.test(stageKeyFromName(name))),
    );
  });
});

describe('nextStageKey', () => {
  const long = 'a'.repeat(40);
  const table: [string[], string, string][] = [
    [[], 'harvest', 'harvest'],
    [['harvest'], 'harvest', 'harvest_2'],
    [['harvest', 'harvest_2', 'harvest_3'], 'harvest', 'harvest_4'],
    [[long], long, `${'a'.repeat(38)}_2`],
    [['Thu hoạch'], 'Thu hoạch', 'thu_hoach'],
    [['thu_hoach'], 'Thu hoạch', 'thu_hoach_2'],
  ];
  it.each(table)('among %j from %j: %s', (existing, base, key) => {
    expect(nextStageKey(existing, base)).toBe(key);
  });
});

describe('stageKeyFollowsName', () => {
  const long = 'Ă'.repeat(45);
  const table: [string, string, boolean][] = [
    ['cong_doan_2', 'Công đoạn 2', true],
    ['thu_hoach', 'Thu hoạch', true],
    ['thu_hoach_3', 'Thu hoạch', true],
    [`${'a'.repeat(38)}_2`, long, true],
    ['harvest', 'Thu hoạch', false],
    ['thu_2', 'Thu hoạch', false],
    ['thu_hoach_x', 'Thu hoạch', false],
  ];
  it.each(table)('%s made from %j: %s', (key, name, follows) => {
    expect(stageKeyFollowsName(key, name)).toBe(follows);
  });
});

describe('copyStages', () => {
  const source: ProcessDefinition = {
    schemaVersion: 1,
    stages: [
      stage('s1', { key: 'harvest', start: true, position: { x: 10, y: 20 } }),
      stage('s2', { key: 'harvest_2' }),
      stage('s3', { key: 'dry', kind: 'transformation', yieldRange: { minPercent: 40, maxPercent: 60 } }),
    ],
    edges: [edge('s1', 's2', 'e1'), edge('s2', 's3', 'e2'), edge('s1', 's3', 'e3')],
  };

  it('copies the chosen stages with new ids and keys, and only the edges among them', () => {
    const copied = copyStages(source, ['s3', 's1'], counter('n'), { x: 40, y: 40 });
    expect(copied.stages.map((s) => [s.id, s.key])).toEqual([
      ['n1', 'harvest_3'],
      ['n2', 'dry_2'],
    ]);
    expect(copied.stages[0]!.position).toEqual({ x: 50, y: 60 });
    expect(copied.stages[1]!.yieldRange).toEqual({ minPercent: 40, maxPercent: 60 });
    expect(copied.edges).toEqual([{ id: 'n3', source: 'n1', target: 'n2' }]);
  });

  it('gives copies their own forms, names and yields', () => {
    const [copy] = copyStages(source, ['s3'], counter('n'), { x: 0, y: 0 }).stages;
    copy!.form.schema.title = 'changed';
    copy!.name.vi = 'changed';
    copy!.yieldRange!.minPercent = 1;
    expect(source.stages[2]!.form.schema.title).toBeUndefined();
    expect(source.stages[2]!.name.vi).toBe('Công đoạn s3');
    expect(source.stages[2]!.yieldRange!.minPercent).toBe(40);
  });

  it('gives the copies new job ids after the stages and edges, and waiting periods follow them', () => {
    const form = source.stages[0]!.form;
    const job = (id: string, waitingPeriods?: WaitingPeriod[]): StageJob => ({
      id,
      key: id,
      name: { vi: id, en: '' },
      businessStep: null,
      repeatable: false,
      required: true,
      minCount: null,
      form,
      ...(waitingPeriods && { waitingPeriods }),
    });
    const wait = (afterJobId: string): WaitingPeriod => ({
      afterJobId,
      days: 7,
      fieldKey: null,
      onBreach: 'refuse',
    });
    const care = stage('s9', {
      key: 'care',
      jobs: [job('j1', [wait('j2'), wait('elsewhere')]), job('j2')],
      waitingPeriods: [wait('j1')],
    });
    const withJobs = { ...source, stages: [...source.stages, care] };
    const [copy] = copyStages(withJobs, ['s9'], counter('n'), { x: 0, y: 0 }).stages;
    expect(copy!.id).toBe('n1');
    expect(copy!.jobs!.map((j) => j.id)).toEqual(['n2', 'n3']);
    expect(copy!.jobs![0]!.waitingPeriods!.map((p) => p.afterJobId)).toEqual(['n3', 'elsewhere']);
    expect(copy!.waitingPeriods!.map((p) => p.afterJobId)).toEqual(['n2']);
    expect(care.jobs!.map((j) => j.id)).toEqual(['j1', 'j2']);
  });

  it('copies nothing for unknown ids', () => {
    expect(copyStages(source, ['zz'], counter('n'), { x: 0, y: 0 })).toEqual({ stages: [], edges: [] });
  });

  it('yields unique ids and valid unique keys on random processes', () => {
    fc.assert(
      fc.property(randomKeyedGraph(), fc.array(fc.nat()), (graph, picks) => {
        const chosen = picks.map((i) => graph.stages[i % graph.stages.length]!.id);
        const copied = copyStages(graph, chosen, counter('new'), { x: 1, y: 1 });
        const all = [...graph.stages, ...copied.stages];
        expect(copied.stages).toHaveLength(new Set(chosen).size);
        expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
        expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
        for (const s of copied.stages) expect(s.key).toMatch(stageKeyPattern);
        const inside = graph.edges.filter((e) => chosen.includes(e.source) && chosen.includes(e.target));
        expect(copied.edges).toHaveLength(inside.length);
      }),
    );
  });
});

/** Stage ids s0..s(n-1) listed in a random order; edges only from a lower to a higher number. */
function randomDag(): fc.Arbitrary<ProcessDefinition> {
  return fc.integer({ min: 1, max: 14 }).chain((size) =>
    fc
      .record({
        order: fc.shuffledSubarray(range(size), { minLength: size, maxLength: size }),
        pairs: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 40 }),
      })
      .map(({ order, pairs }) => {
        const edges = pairs
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => `s${Math.min(a, b)}>s${Math.max(a, b)}`);
        return definition(
          order.map((i) => `s${i}`),
          edges,
        );
      }),
  );
}

/** Any edges at all: loops, self-loops, repeats. */
function randomGraph(): fc.Arbitrary<ProcessDefinition> {
  return fc.integer({ min: 1, max: 12 }).chain((size) =>
    fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 30 }).map((pairs) =>
      definition(
        range(size).map((i) => `s${i}`),
        pairs.map(([a, b]) => `s${a}>s${b}`),
      ),
    ),
  );
}

/** Unique keys that invite collisions: numbered copies and 40-character keys. */
function randomKeyedGraph(): fc.Arbitrary<ProcessDefinition> {
  const key = fc.oneof(
    fc.constantFrom('harvest', 'harvest_2', 'harvest_3', 'dry_9', 'a'.repeat(40), `${'a'.repeat(38)}_2`),
    fc.stringMatching(/^[a-z][a-z0-9_]{0,39}$/),
  );
  return fc.uniqueArray(key, { minLength: 1, maxLength: 10 }).chain((keys) =>
    fc.array(fc.tuple(fc.nat(keys.length - 1), fc.nat(keys.length - 1)), { maxLength: 20 }).map((pairs) => ({
      schemaVersion: 1 as const,
      stages: keys.map((k, i) => stage(`s${i}`, { key: k })),
      edges: pairs.map(([a, b], i) => edge(`s${a}`, `s${b}`, `e${i}`)),
    })),
  );
}

function range(size: number): number[] {
  return Array.from({ length: size }, (_, i) => i);
}
