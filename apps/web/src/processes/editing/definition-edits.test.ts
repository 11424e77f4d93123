import { describe, expect, it } from 'vitest';
import { fixtureChain } from '../process-fixtures';
import {
  addStage,
  canConnect,
  connectStages,
  moveStages,
  newStage,
  removeElements,
  updateStage,
} from './definition-edits';

const form = { schema: { type: 'object' }, uiSchema: {} };

describe('definition edits', () => {
  it('makes a new stage with an unused key from its name; only the first stage starts', () => {
    const chain = fixtureChain('cong_doan_3');
    const stage = newStage(chain, {
      id: 'n1',
      kind: 'transformation',
      name: { vi: 'Công đoạn 3', en: 'Stage 3' },
      position: { x: 1, y: 2 },
      form,
    });
    expect(stage).toMatchObject({
      key: 'cong_doan_3_2',
      start: false,
      yieldRange: { minPercent: null, maxPercent: null },
    });
    const first = newStage(
      { schemaVersion: 1, stages: [], edges: [] },
      { ...stage, name: { vi: 'Gieo hạt', en: '' } },
    );
    expect(first).toMatchObject({ key: 'gieo_hat', start: true });
  });

  it('adds a stage and its arrow as one change', () => {
    const chain = fixtureChain('a');
    const stage = newStage(chain, {
      id: 'n1',
      kind: 'stage',
      name: { vi: 'Thu hoạch', en: '' },
      position: { x: 0, y: 0 },
      form,
    });
    const next = addStage(chain, stage, { id: 'e1', source: 's-a', target: 'n1' });
    expect(next.stages.map((candidate) => candidate.key)).toEqual(['a', 'thu_hoach']);
    expect(next.edges).toEqual([{ id: 'e1', source: 's-a', target: 'n1' }]);
  });

  it.each([
    ['a self-loop', 's-a', 's-a', false],
    ['a duplicate arrow', 's-a', 's-b', false],
    ['an arrow closing a cycle', 's-c', 's-a', false],
    ['a shortcut forward', 's-a', 's-c', true],
  ])('%s: allowed %s', (_case, source, target, allowed) => {
    const chain = fixtureChain('a', 'b', 'c');
    expect(canConnect(chain, source, target)).toBe(allowed);
    const connected = connectStages(chain, { id: 'new', source, target });
    expect(connected === chain).toBe(!allowed);
  });

  it('removes stages with the arrows touching them, and chosen arrows', () => {
    const chain = fixtureChain('a', 'b', 'c', 'd');
    const next = removeElements(chain, new Set(['s-b']), new Set(['e-c-d']));
    expect(next.stages.map((stage) => stage.key)).toEqual(['a', 'c', 'd']);
    expect(next.edges).toEqual([]);
    expect(removeElements(chain, new Set(['nope']), new Set())).toBe(chain);
  });

  it('moves only the stages whose rounded position changed, keeping the other objects', () => {
    const chain = fixtureChain('a', 'b');
    const moved = moveStages(
      chain,
      new Map([
        ['s-a', { x: 10.4, y: 20.6 }],
        ['s-b', { x: 300, y: 0 }],
      ]),
    );
    expect(moved.stages[0]?.position).toEqual({ x: 10, y: 21 });
    expect(moved.stages[1]).toBe(chain.stages[1]);
    expect(moveStages(chain, new Map([['s-a', { x: 0.2, y: 0 }]]))).toBe(chain);
  });

  it('drops the yield range when a transformation becomes an ordinary stage, and adds it back', () => {
    const chain = fixtureChain('a');
    const transformed = updateStage(chain, 's-a', { kind: 'transformation' });
    expect(transformed.stages[0]?.yieldRange).toEqual({ minPercent: null, maxPercent: null });
    expect(updateStage(transformed, 's-a', { kind: 'packaging' }).stages[0]?.yieldRange).toBeNull();
    expect(updateStage(chain, 's-a', { repeatable: false })).toBe(chain);
  });

  it('drops the lot quantity field when an ordinary stage becomes a transformation', () => {
    const weighed = updateStage(fixtureChain('a'), 's-a', { lotQuantityField: 'kg' });
    expect(weighed.stages[0]?.lotQuantityField).toBe('kg');
    const transformed = updateStage(weighed, 's-a', { kind: 'transformation' }).stages[0];
    expect([transformed?.lotQuantityField, transformed?.yieldRange]).toEqual([
      null,
      { minPercent: null, maxPercent: null },
    ]);
  });

  it('keeps label binding on a packing stage and drops it when the stage becomes a transformation', () => {
    const binding = updateStage(fixtureChain('a'), 's-a', { bindsLabels: true });
    expect(updateStage(binding, 's-a', { kind: 'packaging' }).stages[0]?.bindsLabels).toBe(true);
    expect(updateStage(binding, 's-a', { kind: 'transformation' }).stages[0]?.bindsLabels).toBe(false);
  });
});
