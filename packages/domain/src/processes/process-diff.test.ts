import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, ProcessStage } from './process-definition';
import { diffProcessDefinitions, type FieldSummary, hasChanges } from './process-diff';
import { edge, stage } from './process-fixtures';

// The forms package would parse these from the schema; here a stage's fields sit in its schema as data.
function fieldsOf(s: ProcessStage): FieldSummary[] {
  const fields = s.form.schema.fields;
  return Array.isArray(fields) ? fields.map(toField) : [];
}

function toField(value: unknown): FieldSummary {
  const [key, type, required, isPublic] = Array.isArray(value) ? value : [];
  return {
    key: String(key),
    label: { vi: String(key), en: '' },
    type: String(type),
    required: required === true,
    public: isPublic === true,
  };
}

function withFields(s: ProcessStage, fields: [string, string, boolean, boolean][]): ProcessStage {
  return { ...s, form: { schema: { type: 'object', fields }, uiSchema: {} } };
}

const base: ProcessDefinition = {
  schemaVersion: 1,
  stages: [
    withFields(stage('s1', { key: 'harvest', start: true }), [
      ['date', 'date', true, true],
      ['kg', 'number', true, false],
    ]),
    stage('s2', { key: 'dry', kind: 'transformation', yieldRange: { minPercent: 30, maxPercent: 40 } }),
    stage('s3', { key: 'pack', kind: 'packaging' }),
  ],
  edges: [edge('s1', 's2', 'e1'), edge('s2', 's3', 'e2')],
};

function edit(change: (draft: ProcessDefinition) => void): ProcessDefinition {
  const draft = structuredClone(base);
  change(draft);
  return draft;
}

function summary(before: ProcessDefinition, after: ProcessDefinition) {
  const diff = diffProcessDefinitions(before, after, fieldsOf);
  return {
    stages: diff.stages.filter((s) => s.change !== 'unchanged').map((s) => `${s.change} ${s.key}`),
    edges: diff.edges,
    changed: hasChanges(diff),
  };
}

const noEdges = { added: [], removed: [] };

describe('diffProcessDefinitions', () => {
  it('finds nothing between a process and its copy', () => {
    const diff = diffProcessDefinitions(base, structuredClone(base), fieldsOf);
    expect(diff.stages.map((s) => s.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(hasChanges(diff)).toBe(false);
  });

  const cases: [string, ProcessDefinition, ReturnType<typeof summary>][] = [
    [
      'moving stages is not a change',
      edit((d) => {
        d.stages[0]!.position = { x: 500, y: 90 };
      }),
      { stages: [], edges: noEdges, changed: false },
    ],
    [
      'a new edge id between the same stages is not a change',
      edit((d) => {
        d.edges[0]!.id = 'other';
      }),
      { stages: [], edges: noEdges, changed: false },
    ],
    [
      'an added stage and edge',
      edit((d) => {
        d.stages.push(stage('s4', { key: 'ship' }));
        d.edges.push(edge('s3', 's4', 'e3'));
      }),
      {
        stages: ['added ship'],
        edges: { added: [{ source: 'pack', target: 'ship' }], removed: [] },
        changed: true,
      },
    ],
    [
      'a removed stage takes its edge',
      edit((d) => {
        d.stages.pop();
        d.edges.pop();
      }),
      {
        stages: ['removed pack'],
        edges: { added: [], removed: [{ source: 'dry', target: 'pack' }] },
        changed: true,
      },
    ],
    [
      'a renamed key keeps the stage and its edges',
      edit((d) => {
        d.stages[1]!.key = 'drying';
      }),
      { stages: ['changed drying'], edges: noEdges, changed: true },
    ],
    [
      'a stage rebuilt with a new id but the same key is the same stage',
      edit((d) => {
        d.stages[2]!.id = 'new3';
        d.edges[1]!.target = 'new3';
      }),
      { stages: [], edges: noEdges, changed: false },
    ],
    [
      'a rewired edge',
      edit((d) => {
        d.edges[1] = edge('s1', 's3', 'e2');
      }),
      {
        stages: [],
        edges: {
          added: [{ source: 'harvest', target: 'pack' }],
          removed: [{ source: 'dry', target: 'pack' }],
        },
        changed: true,
      },
    ],
    [
      'a form change no field summary shows',
      edit((d) => {
        d.stages[2]!.form.uiSchema = { 'ui:order': ['b', 'a'] };
      }),
      { stages: ['changed pack'], edges: noEdges, changed: true },
    ],
  ];
  it.each(cases)('%s', (_name, after, expected) => {
    expect(summary(base, after)).toEqual(expected);
  });

  it('lists what changed on a stage', () => {
    const after = edit((d) => {
      const dry = d.stages[1]!;
      Object.assign(dry, { name: { vi: 'Sấy', en: 'Drying' }, start: true, repeatable: true });
      Object.assign(dry, {
        businessStep: 'https://nguon.vn/voc/BizStep-drying',
        yieldRange: { minPercent: 30, maxPercent: 45 },
      });
    });
    const dry = diffProcessDefinitions(base, after, fieldsOf).stages[1]!;
    expect(dry.change).toBe('changed');
    expect(dry.stageChanges).toEqual([
      { property: 'name', before: { vi: 'Công đoạn s2', en: '' }, after: { vi: 'Sấy', en: 'Drying' } },
      { property: 'start', before: false, after: true },
      { property: 'repeatable', before: false, after: true },
      { property: 'businessStep', before: null, after: 'https://nguon.vn/voc/BizStep-drying' },
      {
        property: 'yieldRange',
        before: { minPercent: 30, maxPercent: 40 },
        after: { minPercent: 30, maxPercent: 45 },
      },
    ]);
  });

  it('lists the lot quantity setting, and takes an absent one as none', () => {
    const after = edit((d) => {
      d.stages[0]!.lotQuantityField = 'kg';
      d.stages[2]!.lotQuantityField = null;
    });
    const [harvest, , pack] = diffProcessDefinitions(base, after, fieldsOf).stages;
    expect(harvest?.stageChanges).toEqual([{ property: 'lotQuantityField', before: null, after: 'kg' }]);
    expect(pack?.change).toBe('unchanged');
  });

  it('lists the label binding setting, and takes an absent one as false', () => {
    const after = edit((d) => {
      d.stages[2]!.bindsLabels = true;
      d.stages[0]!.bindsLabels = false;
    });
    const [harvest, , pack] = diffProcessDefinitions(base, after, fieldsOf).stages;
    expect(pack?.stageChanges).toEqual([{ property: 'bindsLabels', before: false, after: true }]);
    expect(harvest?.change).toBe('unchanged');
  });

  it('lists added, removed and changed fields, nested keys included', () => {
    const after = edit((d) => {
      d.stages[0] = withFields(d.stages[0]!, [
        ['date', 'dateTime', true, false],
        ['sprays.product', 'catalog', false, false],
      ]);
    });
    const harvest = diffProcessDefinitions(base, after, fieldsOf).stages[0]!;
    expect(harvest.fields).toEqual([
      {
        change: 'changed',
        key: 'date',
        label: { vi: 'date', en: '' },
        changes: [
          { property: 'type', before: 'date', after: 'dateTime' },
          { property: 'public', before: true, after: false },
        ],
      },
      { change: 'added', key: 'sprays.product', label: { vi: 'sprays.product', en: '' }, changes: [] },
      { change: 'removed', key: 'kg', label: { vi: 'kg', en: '' }, changes: [] },
    ]);
  });

  it('lists the fields of added and removed stages', () => {
    const after = edit((d) => {
      d.stages.shift();
      d.edges.shift();
    });
    const removed = diffProcessDefinitions(base, after, fieldsOf).stages.find((s) => s.change === 'removed');
    expect(removed?.fields.map((f) => `${f.change} ${f.key}`)).toEqual(['removed date', 'removed kg']);
  });

  it('prefers the id match over the key match', () => {
    const after = edit((d) => {
      d.stages[0]!.key = 'dry';
      d.stages[1]!.key = 'harvest';
    });
    const diff = diffProcessDefinitions(base, after, fieldsOf);
    expect(diff.stages.map((s) => `${s.change} ${s.key}`)).toEqual([
      'changed dry',
      'changed harvest',
      'unchanged pack',
    ]);
    expect(diff.stages[0]!.stageChanges).toEqual([{ property: 'key', before: 'harvest', after: 'dry' }]);
    expect(diff.edges).toEqual(noEdges);
  });
});
