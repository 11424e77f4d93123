import type { ProcessDefinition, ProcessEdge, ProcessStage, StageJob } from './process-definition';

// Builders for tests only: exported to other packages' tests through @nguon/domain/testing.

export function stage(id: string, overrides: Partial<ProcessStage> = {}): ProcessStage {
  return {
    id,
    key: id,
    name: { vi: `Công đoạn ${id}`, en: '' },
    kind: 'stage',
    start: false,
    repeatable: false,
    businessStep: null,
    yieldRange: null,
    position: { x: 0, y: 0 },
    form: { schema: { type: 'object', properties: {} }, uiSchema: {} },
    ...overrides,
  };
}

export function edge(source: string, target: string, id = `${source}-${target}`): ProcessEdge {
  return { id, source, target };
}

/** A definition from stage ids and `a>b` edge strings; the first stage is the start stage. */
export function definition(stageIds: string[], edges: string[] = []): ProcessDefinition {
  return {
    schemaVersion: 1,
    stages: stageIds.map((id, index) => stage(id, { start: index === 0 })),
    edges: edges.map((pair, index) => {
      const [source = '', target = ''] = pair.split('>');
      return edge(source, target, `e${index}`);
    }),
  };
}

/** `s0 > s1 > ... > s(n-1)`. */
export function chain(length: number): ProcessDefinition {
  const ids = Array.from({ length }, (_, index) => `s${index}`);
  return definition(
    ids,
    ids.slice(1).map((id, index) => `s${index}>${id}`),
  );
}

/** A job of a stage: optional, once-only, with an empty form, unless overridden. */
export function job(id: string, overrides: Partial<StageJob> = {}): StageJob {
  return {
    id,
    key: id,
    name: { vi: `Việc ${id}`, en: '' },
    businessStep: null,
    repeatable: false,
    required: false,
    minCount: null,
    form: { schema: { type: 'object', properties: {} }, uiSchema: {} },
    ...overrides,
  };
}
