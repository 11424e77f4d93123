import { describe, expect, it } from 'vitest';
import { type SaveFacts, type SaveState, saveDelayMs, saveStateOf } from '../editing/save-state';
import { fixtureChain } from '../process-fixtures';
import { type PublishBlocker, type PublishFacts, publishBlocker } from './publish-readiness';
import { shortcutOf } from './use-designer-shortcuts';

const saved = fixtureChain('a');
const edited = fixtureChain('a');

describe('saveStateOf', () => {
  const base: SaveFacts = { present: saved, saved, inFlight: false, conflict: false, failed: false };
  it.each<[string, Partial<SaveFacts>, SaveState]>([
    ['nothing changed', {}, 'saved'],
    ['an edit waiting', { present: edited }, 'dirty'],
    ['a save in flight', { present: edited, inFlight: true }, 'saving'],
    ['a failed save with changes left', { present: edited, failed: true }, 'error'],
    ['a failure then undo back to the saved draft', { failed: true }, 'saved'],
    ['a conflict, whatever else', { present: edited, inFlight: true, conflict: true }, 'conflict'],
  ])('%s -> %s', (_case, facts, state) => {
    expect(saveStateOf({ ...base, ...facts })).toBe(state);
  });

  it('waits longer after a failure', () => {
    expect(saveDelayMs(true)).toBeGreaterThan(saveDelayMs(false));
  });
});

describe('publishBlocker', () => {
  const ready: PublishFacts = {
    editable: true,
    saveState: 'saved',
    checking: false,
    problemCount: 0,
    changed: true,
  };
  it.each<[string, Partial<PublishFacts>, PublishBlocker | null]>([
    ['a saved, sound, changed draft', {}, null],
    ['a viewer or an archived process', { editable: false }, 'readOnly'],
    ['changes not saved yet', { saveState: 'dirty' }, 'unsaved'],
    ['a conflict', { saveState: 'conflict' }, 'unsaved'],
    ['a check waiting', { checking: true }, 'checking'],
    ['the latest version still loading', { changed: null }, 'checking'],
    ['problems left', { problemCount: 2 }, 'problems'],
    ['nothing new since the latest version', { changed: false }, 'unchanged'],
  ])('%s -> %s', (_case, facts, blocker) => {
    expect(publishBlocker({ ...ready, ...facts })).toBe(blocker);
  });
});

describe('shortcutOf', () => {
  const key = (keyName: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
    key: keyName,
    ctrlKey: modifiers.ctrl ?? false,
    metaKey: modifiers.meta ?? false,
    shiftKey: modifiers.shift ?? false,
  });
  it.each([
    [key('z', { ctrl: true }), false, 'undo'],
    [key('z', { meta: true }), true, 'undo'],
    [key('Z', { ctrl: true, shift: true }), false, 'redo'],
    [key('y', { ctrl: true }), true, 'redo'],
    [key('c', { ctrl: true }), false, 'copy'],
    [key('c', { ctrl: true }), true, null],
    [key('v', { meta: true }), false, 'paste'],
    [key('Delete'), false, 'remove'],
    [key('Backspace'), false, 'remove'],
    [key('Backspace'), true, null],
    [key('a'), false, null],
  ])('%o while typing=%s -> %s', (event, typing, shortcut) => {
    expect(shortcutOf(event, typing)).toBe(shortcut);
  });
});
