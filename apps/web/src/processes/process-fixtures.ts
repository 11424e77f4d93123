import type { ProcessDefinition, ProcessStage, StageKind } from '@nguon/domain';
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
