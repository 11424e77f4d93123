import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, ProcessStage } from './process-definition';
import { diffProcessDefinitions, type FieldSummary, hasChanges } from './process-diff';
import { definition, job } from './process-fixtures';

// a form's fields sit in its schema as data here; the forms package parses real ones
const fieldsOf = (s: ProcessStage): FieldSummary[] => {
  const fields = s.form.schema.fields;
  return Array.isArray(fields)
    ? fields.map((key) => ({
        key: String(key),
        label: { vi: String(key), en: '' },
        type: 'number',
        required: false,
        public: false,
      }))
    : [];
};
const form = (...fields: string[]) => ({ schema: { type: 'object', fields }, uiSchema: {} });

const base: ProcessDefinition = (() => {
  const def = definition(['care', 'harvest'], ['care>harvest']);
  def.stages[0] = {
    ...def.stages[0]!,
    jobs: [job('j1', { key: 'fert', form: form('kg') }), job('j2', { key: 'spray' })],
  };
  return def;
})();

function edit(change: (draft: ProcessDefinition) => void): ProcessDefinition {
  const draft = structuredClone(base);
  change(draft);
  return draft;
}

const jobsOf = (after: ProcessDefinition, stageKey: string) =>
  diffProcessDefinitions(base, after, fieldsOf).stages.find((s) => s.key === stageKey);

describe('diffProcessDefinitions: jobs', () => {
  it('finds nothing between a process with jobs and its copy', () => {
    const diff = diffProcessDefinitions(base, structuredClone(base), fieldsOf);
    expect(diff.stages.map((s) => [s.change, s.jobs])).toEqual([
      ['unchanged', []],
      ['unchanged', undefined],
    ]);
    expect(hasChanges(diff)).toBe(false);
  });

  it.each<[string, (d: ProcessDefinition) => void, string, unknown[]]>([
    [
      'a job added',
      (d) => d.stages[0]!.jobs!.push(job('j3', { key: 'weed' })),
      'care',
      [{ change: 'added', key: 'weed' }],
    ],
    ['a job removed', (d) => d.stages[0]!.jobs!.pop(), 'care', [{ change: 'removed', key: 'spray' }]],
    [
      'a job renamed, key and name',
      (d) => Object.assign(d.stages[0]!.jobs![1]!, { key: 'spray2', name: { vi: 'Phun', en: '' } }),
      'care',
      [{ change: 'changed', key: 'spray2', jobChanges: [{ property: 'key' }, { property: 'name' }] }],
    ],
    [
      'a job’s settings and waiting periods',
      (d) =>
        Object.assign(d.stages[0]!.jobs![1]!, {
          repeatable: true,
          waitingPeriods: [{ afterJobId: 'j1', days: 3, fieldKey: null, onBreach: 'warn' }],
        }),
      'care',
      [{ change: 'changed', jobChanges: [{ property: 'repeatable' }, { property: 'waitingPeriods' }] }],
    ],
    [
      'a job’s form',
      (d) => Object.assign(d.stages[0]!.jobs![0]!, { form: form('kg', 'brand') }),
      'care',
      [{ change: 'changed', key: 'fert', fields: [{ change: 'added', key: 'brand' }] }],
    ],
    [
      'a job moved to another stage is told there',
      (d) => {
        d.stages[1]!.jobs = [d.stages[0]!.jobs!.pop()!];
      },
      'harvest',
      [{ change: 'moved', key: 'spray', movedFrom: 'care' }],
    ],
  ])('%s', (_name, change, stageKey, expected) => {
    const stageDiff = jobsOf(edit(change), stageKey);
    expect(stageDiff?.change).toBe('changed');
    expect(stageDiff?.jobs).toMatchObject(expected);
  });

  it('does not call a moved job removed in the stage it left', () => {
    const after = edit((d) => {
      d.stages[1]!.jobs = [d.stages[0]!.jobs!.pop()!];
    });
    expect(jobsOf(after, 'care')?.jobs).toEqual([]);
  });

  it('tells closeWhenFollowed and a stage’s waiting periods as stage changes', () => {
    const after = edit((d) => {
      d.stages[0]!.closeWhenFollowed = true;
      d.stages[1]!.waitingPeriods = [{ afterJobId: 'j2', days: 7, fieldKey: null, onBreach: 'refuse' }];
    });
    const diff = diffProcessDefinitions(base, after, fieldsOf);
    expect(diff.stages.map((s) => s.stageChanges.map((c) => c.property))).toEqual([
      ['closeWhenFollowed'],
      ['waitingPeriods'],
    ]);
  });
});
