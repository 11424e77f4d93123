import { describe, expect, it } from 'vitest';
import { fixtureChain } from '../process-fixtures';
import { autoLayout } from './auto-layout';
import { updateStage } from './definition-edits';
import {
  burstWindowMs,
  canRedo,
  canUndo,
  type DesignerHistory,
  historyLimit,
  designerHistoryReducer as reduce,
  startHistory,
} from './designer-history';

const rename = (vi: string) => (definition: ReturnType<typeof fixtureChain>) =>
  updateStage(definition, 's-a', { name: { vi, en: '' } });
const nameOf = (history: DesignerHistory) => history.present.stages[0]?.name.vi;

describe('designer history', () => {
  it('undoes and redoes one edit at a time, and a new edit drops the redo stack', () => {
    let history = startHistory(fixtureChain('a', 'b'));
    history = reduce(history, { type: 'edit', change: rename('Một'), at: 0 });
    history = reduce(history, { type: 'edit', change: rename('Hai'), at: 5000 });
    expect(nameOf(history)).toBe('Hai');
    history = reduce(history, { type: 'undo' });
    expect(nameOf(history)).toBe('Một');
    history = reduce(history, { type: 'undo' });
    expect(nameOf(history)).toBe('Công đoạn a');
    expect(canUndo(history)).toBe(false);
    history = reduce(history, { type: 'redo' });
    expect(nameOf(history)).toBe('Một');
    history = reduce(history, { type: 'edit', change: rename('Ba'), at: 9000 });
    expect(canRedo(history)).toBe(false);
    expect(history.past.map((definition) => definition.stages[0]?.name.vi)).toEqual(['Công đoạn a', 'Một']);
  });

  it('keeps a burst of edits to the same field as one step', () => {
    let history = startHistory(fixtureChain('a'));
    for (const [index, text] of ['T', 'Th', 'Thu', 'Thu h'].entries()) {
      history = reduce(history, {
        type: 'edit',
        change: rename(text),
        burstKey: 'name.vi:s-a',
        at: index * 300,
      });
    }
    expect(nameOf(history)).toBe('Thu h');
    expect(history.past).toHaveLength(1);
    history = reduce(history, { type: 'undo' });
    expect(nameOf(history)).toBe('Công đoạn a');
  });

  it.each([
    ['another field', 'name.en:s-a', 100],
    ['a pause longer than the window', 'name.vi:s-a', burstWindowMs + 1],
  ])('starts a new step after %s', (_case, burstKey, at) => {
    let history = startHistory(fixtureChain('a'));
    history = reduce(history, { type: 'edit', change: rename('Thu'), burstKey: 'name.vi:s-a', at: 0 });
    history = reduce(history, { type: 'edit', change: rename('Thu hoạch'), burstKey, at });
    expect(history.past).toHaveLength(2);
  });

  it('starts a new step after an undo even within the window', () => {
    let history = startHistory(fixtureChain('a'));
    history = reduce(history, { type: 'edit', change: rename('Thu'), burstKey: 'k', at: 0 });
    history = reduce(history, { type: 'edit', change: rename('Thu h'), burstKey: 'k', at: 10 });
    history = reduce(history, { type: 'undo' });
    history = reduce(history, { type: 'edit', change: rename('X'), burstKey: 'k', at: 20 });
    expect(history.past).toHaveLength(1);
    expect(nameOf(history)).toBe('X');
  });

  it('records nothing for an edit that changes nothing', () => {
    const history = startHistory(fixtureChain('a'));
    expect(reduce(history, { type: 'edit', change: (definition) => definition, at: 0 })).toBe(history);
    expect(reduce(history, { type: 'undo' })).toBe(history);
    expect(reduce(history, { type: 'redo' })).toBe(history);
  });

  it('makes an auto-layout one undoable step', () => {
    const messy = fixtureChain('a', 'b', 'c');
    const scattered = {
      ...messy,
      stages: messy.stages.map((stage, index) => ({
        ...stage,
        position: { x: 500 - index * 200, y: index * 77 },
      })),
    };
    let history = startHistory(scattered);
    history = reduce(history, { type: 'edit', change: (definition) => autoLayout(definition), at: 0 });
    expect(history.present.stages.map((stage) => stage.position)).not.toEqual(
      scattered.stages.map((stage) => stage.position),
    );
    history = reduce(history, { type: 'undo' });
    expect(history.present).toBe(scattered);
  });

  it(`keeps at most ${historyLimit} steps`, () => {
    let history = startHistory(fixtureChain('a'));
    for (let step = 0; step < historyLimit + 20; step++) {
      history = reduce(history, { type: 'edit', change: rename(`n${step}`), at: step * 10_000 });
    }
    expect(history.past).toHaveLength(historyLimit);
    expect(history.past[0]?.stages[0]?.name.vi).toBe('n19');
  });

  it('starts over from a definition loaded from the server', () => {
    let history = startHistory(fixtureChain('a'));
    history = reduce(history, { type: 'edit', change: rename('Một'), at: 0 });
    const loaded = fixtureChain('x', 'y');
    history = reduce(history, { type: 'reset', definition: loaded });
    expect(history).toEqual({ past: [], present: loaded, future: [], burst: null });
  });
});
