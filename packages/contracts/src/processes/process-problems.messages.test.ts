import {
  checkProcessGraph,
  type ProcessDefinition,
  type ProcessProblem,
  processProblemCodes,
} from '@nguon/domain';
import { definition, job, stage } from '@nguon/domain/testing';
import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import {
  processProblemCatalogues,
  processProblemMessage,
  stageDisplayName,
} from './process-problems.messages';

const careLabel = { id: 'care', key: 'care', name: { vi: 'Chăm sóc', en: 'Care' } };
const sprayLabel = { id: 'j-spray', key: 'spray', name: { vi: 'Phun thuốc', en: 'Spraying' } };
const wait = { afterJobId: 'gone', days: 7, fieldKey: null, onBreach: 'refuse' as const };
const withJobs: ProcessDefinition = {
  schemaVersion: 1,
  stages: [
    stage('care', {
      start: true,
      name: careLabel.name,
      lotQuantityField: 'kg',
      jobs: [
        job('j-spray', { key: 'spray', name: sprayLabel.name, minCount: 2, waitingPeriods: [wait] }),
        job('j-spray', { key: 'spray', name: { vi: '', en: '' } }),
        job('j-x', { key: 'Bad key' }),
      ],
    }),
    stage('dry', { kind: 'transformation', jobs: [job('j-dry')], waitingPeriods: [wait] }),
  ],
  edges: [],
};
// form checks of the services, worded here like the rest
const formJobProblems: ProcessProblem[] = [
  {
    code: 'empty_job_form',
    stageId: 'care',
    edgeId: null,
    jobId: 'j-spray',
    params: { stage: careLabel, job: sprayLabel },
  },
  {
    code: 'waiting_field_not_number',
    stageId: 'harvest',
    edgeId: null,
    jobId: null,
    params: {
      stage: { id: 'harvest', key: 'harvest', name: { vi: 'Thu hoạch', en: 'Harvest' } },
      job: null,
      afterJob: sprayLabel,
      fieldKey: 'phi',
    },
  },
];

function named(ids: string[], edges: string[] = []): ProcessDefinition {
  const names: Record<string, [string, string]> = {
    a: ['Gieo hạt', 'Seeding'],
    b: ['Thu hoạch', 'Harvesting'],
    c: ['Phơi sấy', ''],
  };
  const graph = definition(ids, edges);
  for (const s of graph.stages) {
    const [vi, en] = names[s.id] ?? [s.name.vi, ''];
    s.name = { vi, en };
  }
  return graph;
}

function only(graph: ProcessDefinition): ProcessProblem {
  const [problem, ...rest] = checkProcessGraph(graph);
  expect(rest).toEqual([]);
  if (!problem) throw new Error('expected one problem');
  return problem;
}

const transformation = (yieldRange: { minPercent: number | null; maxPercent: number | null }) => ({
  schemaVersion: 1 as const,
  stages: [stage('c', { start: true, kind: 'transformation', name: { vi: 'Phơi sấy', en: '' }, yieldRange })],
  edges: [],
});

describe('process problem catalogues', () => {
  it('agree in Vietnamese and English', () => {
    expect(catalogueProblems(processProblemCatalogues)).toEqual([]);
  });
});

describe('processProblemMessage', () => {
  const table: [string, ProcessDefinition, string, string][] = [
    ['no_stages', named([]), 'Quy trình chưa có công đoạn nào.', 'The process has no stages yet.'],
    [
      'cycle',
      named(['a', 'b', 'c'], ['a>b', 'b>c', 'c>b']),
      'Các công đoạn tạo thành vòng lặp: “Thu hoạch” → “Phơi sấy” → “Thu hoạch”.',
      'These stages form a loop: “Harvesting” → “Phơi sấy” → “Harvesting”.',
    ],
    [
      'unreachable_stage',
      named(['a', 'b']),
      'Công đoạn “Thu hoạch” không nối được từ công đoạn bắt đầu nào.',
      'Stage “Harvesting” cannot be reached from any start stage.',
    ],
    [
      'dangling_edge',
      named(['a'], ['a>x']),
      'Một liên kết từ công đoạn “Gieo hạt” trỏ tới công đoạn không tồn tại.',
      'A connection from stage “Seeding” points to a stage that does not exist.',
    ],
    [
      'duplicate_edge',
      named(['a', 'b'], ['a>b', 'a>b']),
      'Liên kết từ công đoạn “Gieo hạt” tới “Thu hoạch” bị lặp lại.',
      'The connection from stage “Seeding” to “Harvesting” appears more than once.',
    ],
    [
      'yield_range_invalid',
      transformation({ minPercent: 120.5, maxPercent: 80 }),
      'Tỷ lệ thu hồi của công đoạn “Phơi sấy” không hợp lệ: mức tối thiểu 120,5 % lớn hơn mức tối đa 80 %.',
      'The yield range of stage “Phơi sấy” is invalid: the minimum 120.5 % is above the maximum 80 %.',
    ],
    [
      'waiting_unknown_job',
      {
        schemaVersion: 1,
        stages: [
          stage('care', {
            start: true,
            name: { vi: 'Chăm sóc', en: 'Care' },
            jobs: [
              job('j1', { key: 'spray', name: { vi: 'Phun thuốc', en: 'Spraying' }, waitingPeriods: [wait] }),
            ],
          }),
        ],
        edges: [],
      },
      'Công việc “Phun thuốc” của công đoạn “Chăm sóc” chờ sau một công việc không có trong quy trình (“gone”).',
      'Job “Spraying” of stage “Care” waits after a job that is not in the process (“gone”).',
    ],
    [
      'missing_stage_name',
      {
        schemaVersion: 1,
        stages: [stage('x', { start: true, key: 'drying', name: { vi: ' ', en: '' } })],
        edges: [],
      },
      'Công đoạn “drying” chưa có tên tiếng Việt.',
      'Stage “drying” has no Vietnamese name.',
    ],
  ];
  it.each(table)('words %s', (code, graph, vi, en) => {
    const problem = only(graph);
    expect(problem.code).toBe(code);
    expect(processProblemMessage(problem, 'vi')).toBe(vi);
    expect(processProblemMessage(problem, 'en')).toBe(en);
  });

  it('gives every code a distinct message in each language', () => {
    const samples = sampleOfEveryCode();
    expect(new Set(samples.map((p) => p.code))).toEqual(new Set(processProblemCodes));
    for (const lang of ['vi', 'en'] as const) {
      const messages = samples.map((problem) => processProblemMessage(problem, lang));
      expect(new Set(messages).size).toBe(messages.length);
      for (const message of messages) expect(message).toMatch(/^\S.*\.$/);
    }
  });
});

describe('stageDisplayName', () => {
  const table: [string, string, string, 'vi' | 'en', string][] = [
    ['Thu hoạch', 'Harvest', 'k', 'vi', '“Thu hoạch”'],
    ['Thu hoạch', 'Harvest', 'k', 'en', '“Harvest”'],
    ['Thu hoạch', ' ', 'k', 'en', '“Thu hoạch”'],
    ['', '', 'k', 'en', '“k”'],
    ['ạ'.repeat(50), '', 'k', 'vi', `“${'ạ'.repeat(39)}…”`],
  ];
  it.each(table)('shows %j / %j / %j in %s as %s', (vi, en, key, lang, shown) => {
    expect(stageDisplayName({ id: 'id', key, name: { vi, en } }, lang)).toBe(shown);
  });
});

function sampleOfEveryCode(): ProcessProblem[] {
  const graphs: ProcessDefinition[] = [
    named([]),
    { schemaVersion: 1, stages: [stage('a')], edges: [] },
    definition(Array.from({ length: 501 }, (_, i) => `s${i}`)),
    definition(
      ['a', 'b'],
      Array.from({ length: 2001 }, () => 'a>b'),
    ),
    {
      schemaVersion: 1,
      stages: [
        stage('a', { start: true, key: 'Bad key', businessStep: 'urn:nope' }),
        stage('a', { key: 'Bad key', name: { vi: '', en: 'x'.repeat(121) } }),
        stage('t', {
          kind: 'transformation',
          yieldRange: { minPercent: -1, maxPercent: null },
          bindsLabels: true,
        }),
        stage('u', { yieldRange: { minPercent: 1, maxPercent: 2 } }),
        stage('w', { kind: 'packaging', lotQuantityField: 'kg' }),
        stage('x', { lotQuantityField: 'kg' }),
      ],
      edges: [
        { id: 'e', source: 'a', target: 'a' },
        { id: 'e', source: 'a', target: 'zz' },
      ],
    },
    named(['a', 'b', 'c'], ['a>b', 'b>a']),
    withJobs,
  ];
  const all = [...graphs.flatMap(checkProcessGraph), ...formJobProblems];
  // one sample per code is enough; the many duplicate-edge problems would repeat one message
  return processProblemCodes.flatMap((code) => all.filter((problem) => problem.code === code).slice(0, 1));
}
