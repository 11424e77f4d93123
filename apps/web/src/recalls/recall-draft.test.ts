import { ApiError, type Problem } from '@nguon/contracts/client';
import { describe, expect, it } from 'vitest';
import {
  createRecallBody,
  type DraftField,
  draftOfRecall,
  draftProblems,
  emptyDraft,
  noticeErrorsOf,
  type RecallDraft,
  updateRecallBody,
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

describe('editing a draft’s notice', () => {
  const problem = (extra: Partial<Problem>): ApiError =>
    new ApiError(400, {
      type: 'about:blank',
      title: 'VALIDATION_FAILED',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Sai',
      requestId: 'r1',
      ...extra,
    });

  it('gives back the notice it was opened with, trimmed, with the severity', () => {
    const draft = draftOfRecall({
      drill: false,
      severity: 'low',
      notice: {
        reason: { vi: filled.reasonVi, en: filled.reasonEn },
        instructions: { vi: filled.instructionsVi, en: filled.instructionsEn },
        contact: filled.contact,
      },
    });
    expect(updateRecallBody({ ...draft, contact: ' 0912 345 678 ' })).toEqual({
      notice: createRecallBody(filled).notice,
      severity: 'low',
    });
  });

  it.each<[string, ApiError | Error, Partial<Record<DraftField, string>>]>([
    [
      'each named field of the notice, the first message of each',
      problem({
        errors: [
          { path: '/notice/instructions/en', message: 'A' },
          { path: '/notice/instructions/en', message: 'B' },
          { path: '/notice/contact', message: 'C' },
          { path: '/severity', message: 'D' },
        ],
      }),
      { instructionsEn: 'A', contact: 'C' },
    ],
    [
      'the one path of a problem',
      problem({ path: '/notice/reason/vi', detail: 'Quá dài' }),
      { reasonVi: 'Quá dài' },
    ],
    ['nothing for a problem about no field', problem({ code: 'RECALL_NOT_DRAFT' }), {}],
    ['nothing for a dropped connection', new Error('network'), {}],
  ])('maps the server’s problem paths to the fields: %s', (_case, error, expected) => {
    expect(noticeErrorsOf(error)).toEqual(expected);
  });
});
