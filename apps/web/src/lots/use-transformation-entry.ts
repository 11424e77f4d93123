import type { LotSummary, StageEntryView } from '@nguon/contracts/client';
import { typedNumberText } from '@nguon/forms';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { notifySuccess } from '../ui/notify';
import { eventBody } from './event-fields';
import { useRefreshLots } from './lot-api';
import { lotPath } from './lot-paths';
import { useNameOf } from './lot-text';
import {
  draftProblems,
  newOutputRow,
  type TransformationDraft,
  transformationBody,
  yieldOf,
} from './transformation-draft';
import { useRecordForm } from './use-record-form';
import { useRowErrors } from './use-row-errors';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isRowPointer = (pointer: string) => /^\/(inputs|outputs)\/\d+\//.test(pointer);

/** The opening lot taken whole, one output row in its unit. */
function firstDraft(lot: LotSummary, lang: 'vi' | 'en'): TransformationDraft {
  return {
    inputs: [{ lotId: lot.id, quantity: typedNumberText(lot.remaining, lang), unit: lot.unit }],
    outputs: [newOutputRow(lot.unit)],
  };
}

/**
 * A transformation being declared: input and output rows with their messages (the server's, the quantity
 * rules, blanks), the live yield, the stage's own form, and one keyed submission.
 */
export function useTransformationEntry(entry: StageEntryView, lots: readonly LotSummary[]) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  const navigate = useNavigate();
  const refreshLots = useRefreshLots();
  const record = useRecordForm();
  const [draft, setDraft] = useState<TransformationDraft>(() => firstDraft(entry.lot, lang));
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const [checked, setChecked] = useState(false);
  const yieldResult = yieldOf(draft, lots, entry.stage.yieldRange);
  const rowErrors = useRowErrors(draft, yieldResult, checked, serverErrors);
  const ready = draft.inputs.length > 0 && draftProblems(draft).size === 0 && yieldResult?.ok === true;

  const onDraft = (update: (old: TransformationDraft) => TransformationDraft) => {
    setDraft(update);
    setServerErrors(new Map());
  };

  const save = async (data: unknown) => {
    setChecked(true);
    if (!isObject(data) || !record.event.valid || !ready) return;
    const body = {
      ...transformationBody(draft, entry.stage.stageId, data),
      ...eventBody(record.event.draft),
    };
    const send = (idempotencyKey: string) => api.call('createTransformation', { body }, { idempotencyKey });
    const result = await record.send(send, isRowPointer);
    if (!result) return;
    if (!result.ok) {
      setServerErrors(result.problem.fieldErrors);
      return record.reveal();
    }
    await refreshLots();
    const { outputs } = result.value;
    notifySuccess(t('lots.transform.done', { stage: nameOf(entry.stage.name), count: outputs.length }));
    navigate(outputs[0] ? lotPath(outputs[0].lot.id) : '/lots');
  };

  const submit = () => {
    setChecked(true);
    record.requestSubmit();
  };

  return {
    record,
    draft,
    onDraft,
    rowErrors,
    yieldResult,
    save,
    submit,
    missingInput: checked && draft.inputs.length === 0,
  };
}
