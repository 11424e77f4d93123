import type { CreateRecallBody, RecallSeverity } from '@nguon/contracts/client';
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

/** What is wrong with the draft, field by field, before it is sent; an empty map when it may be sent. */
export function draftProblems(draft: RecallDraft): Map<DraftField, DraftProblem> {
  const problems = new Map<DraftField, DraftProblem>();
  if (draft.sourceKind === 'lots' && (draft.lots.length === 0 || draft.lots.length > maxSeedLots))
    problems.set('lots', { key: 'recalls.form.chooseLots' });
  if (draft.sourceKind === 'catalogItem' && (!draft.catalogId || !draft.itemId))
    problems.set('item', { key: 'recalls.form.chooseItem' });
  for (const [field, max] of textLimits) {
    const text = draft[field];
    if (text.trim() === '') problems.set(field, { key: 'common.required' });
    else if (text.length > max) problems.set(field, { key: 'recalls.form.tooLong', params: { max } });
  }
  return problems;
}

/** The request body of a draft with no problems. */
export function createRecallBody(draft: RecallDraft): CreateRecallBody {
  return {
    source:
      draft.sourceKind === 'lots'
        ? { kind: 'lots', lotIds: draft.lots.map((lot) => lot.id) }
        : { kind: 'catalogItem', catalogId: draft.catalogId ?? '', itemId: draft.itemId ?? '' },
    notice: {
      reason: { vi: draft.reasonVi.trim(), en: draft.reasonEn.trim() },
      instructions: { vi: draft.instructionsVi.trim(), en: draft.instructionsEn.trim() },
      contact: draft.contact.trim(),
    },
    severity: draft.severity,
    drill: draft.drill,
  };
}
