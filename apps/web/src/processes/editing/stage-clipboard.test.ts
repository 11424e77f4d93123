import { describe, expect, it } from 'vitest';
import { fixtureChain } from '../process-fixtures';
import { removeElements, updateStage } from './definition-edits';
import { copyToClipboard, pasteClipboard } from './stage-clipboard';

function idSource() {
  let next = 0;
  return () => `new-${++next}`;
}

describe('stage clipboard', () => {
  it('pastes copies with new ids, unused keys, their forms, moved, with the arrows among them', () => {
    const chain = fixtureChain('a', 'b', 'c');
    const clipboard = copyToClipboard(chain, new Set(['s-a', 's-b']));
    if (!clipboard) throw new Error('nothing copied');
    const pasted = pasteClipboard(chain, clipboard, idSource(), { x: 40, y: 40 });
    const copies = pasted.definition.stages.slice(3);
    expect(copies.map((stage) => [stage.id, stage.key, stage.position])).toEqual([
      ['new-1', 'a_2', { x: 40, y: 40 }],
      ['new-2', 'b_2', { x: 340, y: 40 }],
    ]);
    expect(copies[0]?.form).toEqual(chain.stages[0]?.form);
    expect(copies[0]?.form).not.toBe(chain.stages[0]?.form);
    expect(pasted.definition.edges.slice(2)).toEqual([{ id: 'new-3', source: 'new-1', target: 'new-2' }]);
    expect(pasted.stageIds).toEqual(['new-1', 'new-2']);
  });

  it('still pastes after the copied stages were deleted (a copy never takes the bare key), newest version of those kept', () => {
    const chain = fixtureChain('a', 'b');
    const clipboard = copyToClipboard(chain, new Set(['s-a', 's-b']));
    if (!clipboard) throw new Error('nothing copied');
    const edited = updateStage(removeElements(chain, new Set(['s-b']), new Set()), 's-a', {
      name: { vi: 'Mới', en: '' },
    });
    const pasted = pasteClipboard(edited, clipboard, idSource(), { x: 0, y: 0 });
    expect(pasted.definition.stages.map((stage) => [stage.key, stage.name.vi])).toEqual([
      ['a', 'Mới'],
      ['a_2', 'Mới'],
      ['b_2', 'Công đoạn b'],
    ]);
    expect(pasted.definition.edges).toEqual([{ id: 'new-3', source: 'new-1', target: 'new-2' }]);
  });

  it('copies nothing when no stage is chosen', () => {
    expect(copyToClipboard(fixtureChain('a'), new Set())).toBeNull();
  });
});
