import type { ProcessDefinition, ProcessStage, StageJob, StageKind } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';

/** Test data: a stage with a one-field form, placed on a grid by index. */
export function fixtureStage(key: string, index: number, kind: StageKind = 'stage'): ProcessStage {
  return {
    id: `s-${key}`,
    key,
    name: { vi: `Công đoạn ${key}`, en: `Stage ${key}` },
    kind,
    start: index === 0,
    repeatable: false,
    businessStep: null,
    yieldRange: kind === 'transformation' ? { minPercent: null, maxPercent: null } : null,
    position: { x: index * 300, y: 0 },
    form: compileFormModel({
      fields: [newFormField('text', 'ghi_chu', { vi: 'Ghi chú', en: 'Note' })],
      rules: [],
    }),
  };
}

/** Test data: stages in a chain `keys[0] -> keys[1] -> …`. */
export function fixtureChain(...keys: string[]): ProcessDefinition {
  const stages = keys.map((key, index) => fixtureStage(key, index));
  const edges = stages.slice(1).map((stage, index) => ({
    id: `e-${keys[index]}-${stage.key}`,
    source: `s-${keys[index]}`,
    target: stage.id,
  }));
  return { schemaVersion: 1, stages, edges };
}

/** Test data: a once-only required job whose form has a note and, when asked, a number field `cach_ly`. */
export function fixtureJob(key: string, overrides: Partial<StageJob> = {}, withNumber = false): StageJob {
  const fields = [newFormField('text', 'ghi_chu', { vi: 'Ghi chú', en: 'Note' })];
  if (withNumber)
    fields.push(newFormField('number', 'cach_ly', { vi: 'Thời gian cách ly (ngày)', en: 'PHI (days)' }));
  return {
    id: `j-${key}`,
    key,
    name: { vi: `Việc ${key}`, en: `Job ${key}` },
    businessStep: null,
    repeatable: false,
    required: true,
    minCount: null,
    form: compileFormModel({ fields, rules: [] }),
    ...overrides,
  };
}

/** Test data: a chain whose stage `stageKey` holds the given jobs. */
export function fixtureWithJobs(stageKey: string, jobs: StageJob[], ...keys: string[]): ProcessDefinition {
  const chain = fixtureChain(...keys);
  return {
    ...chain,
    stages: chain.stages.map((stage) => (stage.key === stageKey ? { ...stage, jobs } : stage)),
  };
}
