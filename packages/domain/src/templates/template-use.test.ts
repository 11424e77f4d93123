import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, ProcessStage } from '../processes/process-definition';
import { definition, job, stage } from '../processes/process-fixtures';
import {
  applyTemplateStages,
  catalogKeysOfStage,
  instantiateTemplateDefinition,
  templateStageChanges,
} from './template-use';

const noFields = () => [];
const pick = (catalog: string) => ({
  schema: { type: 'object', properties: { who: { type: 'string', 'x-catalog': catalog } } },
  uiSchema: {},
});
const named = (s: ProcessStage, vi: string): ProcessStage => ({ ...s, name: { vi, en: '' } });
const keys = (d: ProcessDefinition) => d.stages.map((s) => s.key);
const edgePairs = (d: ProcessDefinition) => d.edges.map((e) => `${e.source}>${e.target}`);

describe('instantiateTemplateDefinition', () => {
  it('renames catalog keys to ids in stage and job forms, and leaves the template unchanged', () => {
    const template: ProcessDefinition = {
      schemaVersion: 1,
      stages: [
        stage('a', { start: true, form: pick('farmers') }),
        stage('b', { jobs: [job('spray', { form: pick('inputs') })] }),
      ],
      edges: [],
    };
    const used = instantiateTemplateDefinition(template, { farmers: 'id-1', inputs: 'id-2' });
    expect(JSON.stringify(used)).toContain('"x-catalog":"id-1"');
    expect(JSON.stringify(used)).toContain('"x-catalog":"id-2"');
    expect(JSON.stringify(template)).not.toContain('id-1');
    expect(catalogKeysOfStage(template.stages[1]!)).toEqual(['inputs']);
    expect(catalogKeysOfStage(used.stages[0]!)).toEqual(['id-1']);
  });
});

// base a > b > c; latest: b renamed, c removed, d added after b
const base = definition(['a', 'b', 'c'], ['a>b', 'b>c']);
const latest: ProcessDefinition = {
  schemaVersion: 1,
  stages: [base.stages[0]!, named(base.stages[1]!, 'Mới'), stage('d', { position: { x: 9, y: 9 } })],
  edges: [base.edges[0]!, { id: 'e9', source: 'b', target: 'd' }],
};

describe('templateStageChanges', () => {
  it('lists the changed stages by key, with taken and editedHere against the draft', () => {
    const draft = { ...base, stages: base.stages.map((s) => (s.key === 'a' ? named(s, 'Của tôi') : s)) };
    const changes = templateStageChanges({ base, latest, draft }, noFields);
    expect(changes).toEqual([
      { key: 'b', change: 'changed', taken: false, editedHere: false },
      { key: 'd', change: 'added', taken: false, editedHere: false },
      { key: 'c', change: 'removed', taken: false, editedHere: false },
    ]);
  });

  it('says taken once the draft holds the newer stage, whatever its position, and editedHere for own edits', () => {
    const draft = applyTemplateStages({ base, latest, draft: base }, [{ key: 'b', change: 'changed' }]);
    const moved = { ...draft, stages: draft.stages.map((s) => ({ ...s, position: { x: 5, y: 5 } })) };
    const edited = { ...moved, stages: moved.stages.map((s) => (s.key === 'c' ? named(s, 'Sửa') : s)) };
    const changes = templateStageChanges({ base, latest, draft: edited }, noFields);
    expect(changes.find((c) => c.key === 'b')).toMatchObject({ taken: true, editedHere: false });
    expect(changes.find((c) => c.key === 'c')).toMatchObject({ taken: false, editedHere: true });
    expect(templateStageChanges({ base, latest, draft: base }, noFields, new Set(['c']))[2]).toMatchObject({
      key: 'c',
      taken: true,
    });
  });
});

describe('applyTemplateStages', () => {
  it('replaces a changed stage keeping its id and position, and leaves the others as the owner left them', () => {
    const draft: ProcessDefinition = {
      ...base,
      stages: base.stages.map((s) =>
        s.key === 'b'
          ? { ...s, id: 'own-b', position: { x: 3, y: 4 } }
          : s.key === 'a'
            ? named(s, 'Của tôi')
            : s,
      ),
      edges: [
        { id: 'x1', source: 'a', target: 'own-b' },
        { id: 'x2', source: 'own-b', target: 'c' },
      ],
    };
    const taken = applyTemplateStages({ base, latest, draft }, [{ key: 'b', change: 'changed' }]);
    const b = taken.stages.find((s) => s.key === 'b');
    expect(b).toMatchObject({ id: 'own-b', position: { x: 3, y: 4 }, name: { vi: 'Mới' } });
    expect(taken.stages.find((s) => s.key === 'a')?.name.vi).toBe('Của tôi');
    expect(taken.edges).toEqual(draft.edges);
  });

  it('adds a stage with the newer edges to stages present, and removes one with its edges', () => {
    const added = applyTemplateStages({ base, latest, draft: base }, [{ key: 'd', change: 'added' }]);
    expect(keys(added)).toEqual(['a', 'b', 'c', 'd']);
    expect(added.stages[3]?.position).toEqual({ x: 9, y: 9 });
    expect(edgePairs(added)).toEqual(['a>b', 'b>c', 'b>d']);
    const removed = applyTemplateStages({ base, latest, draft: added }, [{ key: 'c', change: 'removed' }]);
    expect(keys(removed)).toEqual(['a', 'b', 'd']);
    expect(edgePairs(removed)).toEqual(['a>b', 'b>d']);
  });

  it('gives an added stage a free id when the owner already used its id', () => {
    const draft = { ...base, stages: [...base.stages, stage('d', { key: 'own_d' })] };
    const added = applyTemplateStages({ base, latest, draft }, [{ key: 'd', change: 'added' }]);
    const d = added.stages.find((s) => s.key === 'd');
    expect(d?.id).toBe('d_2');
    expect(added.edges.at(-1)).toMatchObject({ source: 'b', target: 'd_2' });
  });

  it('taking every change of the newer version gives its stages and edges', () => {
    const all = templateStageChanges({ base, latest, draft: base }, noFields);
    const taken = applyTemplateStages({ base, latest, draft: base }, all);
    expect(templateStageChanges({ base, latest, draft: taken }, noFields).every((c) => c.taken)).toBe(true);
    expect(new Set(edgePairs(taken))).toEqual(new Set(edgePairs(latest)));
  });

  it('offers a change of arrows alone under both stages, and taking one stage takes its arrows', () => {
    // base a > b > c; newer: a > c directly, b after c (the stages themselves unchanged)
    const arrowsOnly = definition(['a', 'b', 'c'], ['a>c', 'c>b']);
    const changes = templateStageChanges({ base, latest: arrowsOnly, draft: base }, noFields);
    expect(changes.map((c) => c.key).sort()).toEqual(['a', 'b', 'c']);
    expect(changes.every((c) => c.change === 'changed' && !c.taken && !c.editedHere)).toBe(true);
    const ownArrow = { ...base, edges: [...base.edges, { id: 'own', source: 'a', target: 'c' }] };
    const taken = applyTemplateStages({ base, latest: arrowsOnly, draft: ownArrow }, [
      { key: 'c', change: 'changed' },
    ]);
    // c's arrows as the newer version has them; a > b (not at c) stays as the owner has it
    expect(new Set(edgePairs(taken))).toEqual(new Set(['a>b', 'a>c', 'c>b']));
    const after = templateStageChanges({ base, latest: arrowsOnly, draft: taken }, noFields);
    expect(after.find((c) => c.key === 'c')?.taken).toBe(true);
  });

  it("never removes an owner's own stage that reuses a removed stage's key", () => {
    const draft = {
      ...base,
      stages: base.stages.map((s) => (s.key === 'c' ? { ...named(s, 'Của tôi'), id: 'own-c' } : s)),
    };
    const taken = applyTemplateStages({ base, latest, draft }, [{ key: 'c', change: 'removed' }]);
    expect(keys(taken)).toEqual(['a', 'b', 'c']);
  });
});
