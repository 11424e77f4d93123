import {
  ApiError,
  type CreateRecallBody,
  type RecallSeverity,
  type RecallSummary,
  type UpdateRecallBody,
} from '@nguon/contracts/client';
import type { MessageKey } from '../i18n/messages';

/** The severities in the order the form offers them (the contract's `recallSeverities`). */
export const severities: readonly RecallSeverity[] = ['high', 'medium', 'low'];

export interface ChosenLot {
  id: string;
  code: string;
}

/** What the new-recall form holds while it is typed; kept as is when the server refuses it. */
export interface RecallDraft {
  drill: boolean;
  sourceKind: 'lots' | 'catalogItem';
  lots: ChosenLot[];
  catalogId: string | null;
  itemId: string | null;
  reasonVi: string;
  reasonEn: string;
  instructionsVi: string;
  instructionsEn: string;
  contact: string;
  severity: RecallSeverity;
}

export type DraftField =
  | 'lots'
  | 'item'
  | 'reasonVi'
  | 'reasonEn'
  | 'instructionsVi'
  | 'instructionsEn'
  | 'contact';

export interface DraftProblem {
  key: MessageKey;
  params?: { max: number };
}

export function emptyDraft(drill: boolean): RecallDraft {
  return {
    drill,
    sourceKind: 'lots',
    lots: [],
    catalogId: null,
    itemId: null,
    reasonVi: '',
    reasonEn: '',
    instructionsVi: '',
    instructionsEn: '',
    contact: '',
    severity: 'high',
  };
}

/** The notice's texts with the contract's limits: required, not blank, at most so many characters. */
const textLimits: [Exclude<DraftField, 'lots' | 'item'>, number][] = [
  ['reasonVi', 1000],
  ['reasonEn', 1000],
  ['instructionsVi', 2000],
  ['instructionsEn', 2000],
  ['contact', 300],
];

/** Maximum seed lots, as the contract's `lotIds`. */
export const maxSeedLots = 500;

/** What is wrong with the notice's texts, field by field; an empty map when they may be sent. */
export function noticeProblems(draft: RecallDraft): Map<DraftField, DraftProblem> {
  const problems = new Map<DraftField, DraftProblem>();
  for (const [field, max] of textLimits) {
    const text = draft[field];
    if (text.trim() === '') problems.set(field, { key: 'common.required' });
    else if (text.length > max) problems.set(field, { key: 'recalls.form.tooLong', params: { max } });
  }
  return problems;
}

/** What is wrong with the draft, field by field, before it is sent; an empty map when it may be sent. */
export function draftProblems(draft: RecallDraft): Map<DraftField, DraftProblem> {
  const problems = new Map<DraftField, DraftProblem>();
  if (draft.sourceKind === 'lots' && (draft.lots.length === 0 || draft.lots.length > maxSeedLots))
    problems.set('lots', { key: 'recalls.form.chooseLots' });
  if (draft.sourceKind === 'catalogItem' && (!draft.catalogId || !draft.itemId))
    problems.set('item', { key: 'recalls.form.chooseItem' });
  for (const [field, problem] of noticeProblems(draft)) problems.set(field, problem);
  return problems;
}

/** A draft recall's notice and severity as the form holds them, to be edited; its source is not edited. */
export function draftOfRecall(recall: Pick<RecallSummary, 'drill' | 'notice' | 'severity'>): RecallDraft {
  const { notice } = recall;
  return {
    ...emptyDraft(recall.drill),
    reasonVi: notice.reason.vi,
    reasonEn: notice.reason.en,
    instructionsVi: notice.instructions.vi,
    instructionsEn: notice.instructions.en,
    contact: notice.contact,
    severity: recall.severity,
  };
}

const noticeOf = (draft: RecallDraft): CreateRecallBody['notice'] => ({
  reason: { vi: draft.reasonVi.trim(), en: draft.reasonEn.trim() },
  instructions: { vi: draft.instructionsVi.trim(), en: draft.instructionsEn.trim() },
  contact: draft.contact.trim(),
});

/** The body that changes a draft's notice and severity. */
export function updateRecallBody(draft: RecallDraft): UpdateRecallBody {
  return { notice: noticeOf(draft), severity: draft.severity };
}

// The notice's places in a recall body (JSON pointers, as problem+json names them) and the form's fields.
const noticePointers: Record<string, DraftField> = {
  '/notice/reason/vi': 'reasonVi',
  '/notice/reason/en': 'reasonEn',
  '/notice/instructions/vi': 'instructionsVi',
  '/notice/instructions/en': 'instructionsEn',
  '/notice/contact': 'contact',
};

/** The server's messages on the notice's fields, by the paths of its problem; empty when it names none of them. */
export function noticeErrorsOf(error: unknown): Partial<Record<DraftField, string>> {
  if (!(error instanceof ApiError)) return {};
  const { errors, path, detail } = error.problem;
  const named = errors && errors.length > 0 ? errors : path ? [{ path, message: detail }] : [];
  const found: Partial<Record<DraftField, string>> = {};
  for (const { path: pointer, message } of named) {
    const field = noticePointers[pointer];
    if (field && found[field] === undefined) found[field] = message;
  }
  return found;
}

/** The request body of a draft with no problems. */
export function createRecallBody(draft: RecallDraft): CreateRecallBody {
  return {
    source:
      draft.sourceKind === 'lots'
        ? { kind: 'lots', lotIds: draft.lots.map((lot) => lot.id) }
        : { kind: 'catalogItem', catalogId: draft.catalogId ?? '', itemId: draft.itemId ?? '' },
    notice: noticeOf(draft),
    severity: draft.severity,
    drill: draft.drill,
  };
}
