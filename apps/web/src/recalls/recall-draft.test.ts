import { describe, expect, it } from 'vitest';
import {
  createRecallBody,
  type DraftField,
  draftProblems,
  emptyDraft,
  type RecallDraft,
} from './recall-draft';

const lotId = '00000000-0000-4000-8000-0000000000b1';
const filled: RecallDraft = {
  ...emptyDraft(false),
  lots: [{ id: lotId, code: 'R26-1' }],
  reasonVi: 'Nhiễm nấm mốc',
  reasonEn: 'Mould found',
  instructionsVi: 'Ngừng sử dụng, mang trả nơi mua.',
  instructionsEn: 'Stop using it and return it where bought.',
  contact: '0912 345 678',
};

describe('draftProblems', () => {
  const table: [string, Partial<RecallDraft>, [DraftField, string][]][] = [
    ['a filled draft', {}, []],
    ['no lot chosen', { lots: [] }, [['lots', 'recalls.form.chooseLots']]],
    [
      'a catalog item source with no item',
      { sourceKind: 'catalogItem', catalogId: lotId },
      [['item', 'recalls.form.chooseItem']],
    ],
    [
      'a catalog item source does not need lots',
      { sourceKind: 'catalogItem', lots: [], catalogId: lotId, itemId: lotId },
      [],
    ],
    ['blank reason in Vietnamese', { reasonVi: '   ' }, [['reasonVi', 'common.required']]],
    ['no English instructions', { instructionsEn: '' }, [['instructionsEn', 'common.required']]],
    ['a contact past 300 characters', { contact: 'x'.repeat(301) }, [['contact', 'recalls.form.tooLong']]],
    ['a reason of exactly 1000 characters', { reasonEn: 'x'.repeat(1000) }, []],
  ];
  it.each(table)('%s', (_case, change, expected) => {
    const problems = draftProblems({ ...filled, ...change });
    expect([...problems].map(([field, problem]) => [field, problem.key])).toEqual(expected);
  });

  it('says how long a text may be', () => {
    expect(draftProblems({ ...filled, contact: 'x'.repeat(301) }).get('contact')?.params).toEqual({
      max: 300,
    });
  });
});

describe('createRecallBody', () => {
  it('sends the chosen lots and the trimmed notice', () => {
    expect(createRecallBody({ ...filled, reasonVi: ' Nhiễm nấm mốc ', drill: true })).toEqual({
      source: { kind: 'lots', lotIds: [lotId] },
      notice: {
        reason: { vi: 'Nhiễm nấm mốc', en: 'Mould found' },
        instructions: { vi: filled.instructionsVi, en: filled.instructionsEn },
        contact: '0912 345 678',
      },
      severity: 'high',
      drill: true,
    });
  });

  it('sends a catalog item instead of lots', () => {
    const body = createRecallBody({ ...filled, sourceKind: 'catalogItem', catalogId: lotId, itemId: lotId });
    expect(body.source).toEqual({ kind: 'catalogItem', catalogId: lotId, itemId: lotId });
  });
});
