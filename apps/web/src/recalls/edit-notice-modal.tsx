import { Alert, Button, Group, Stack } from '@mantine/core';
import type { RecallSummary } from '@nguon/contracts/client';
import { useState } from 'react';
import { ProblemAlert } from '../auth/problem-alert';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { useUpdateRecall } from './recall-api';
import {
  type DraftField,
  draftOfRecall,
  noticeErrorsOf,
  noticeProblems,
  type RecallDraft,
  updateRecallBody,
} from './recall-draft';
import { RecallNoticeFields } from './recall-notice-fields';

/** The edit's state: what was typed (kept on a refusal), the client's and the server's word per field, saving. */
function useNoticeEdit(recall: RecallSummary, onSaved: () => void) {
  const t = useT();
  const update = useUpdateRecall(recall.id);
  const [draft, setDraft] = useState<RecallDraft>(() => draftOfRecall(recall));
  const [shown, setShown] = useState(false);
  // the server's word on a field holds until that field is typed in again
  const [serverErrors, setServerErrors] = useState<Partial<Record<DraftField, string>>>({});
  const problems = noticeProblems(draft);
  const change = (next: Partial<RecallDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setServerErrors((current) => {
      const kept = { ...current };
      for (const field of Object.keys(next)) Reflect.deleteProperty(kept, field);
      return kept;
    });
  };
  const errorOf = (field: DraftField) => {
    const problem = shown ? problems.get(field) : undefined;
    return problem ? t(problem.key, problem.params) : serverErrors[field];
  };
  const save = () => {
    setShown(true);
    if (problems.size > 0) return;
    update.mutate(updateRecallBody(draft), {
      onSuccess: () => {
        notifySuccess(t('recalls.editSaved'));
        onSaved();
      },
      onError: (error) => setServerErrors(noticeErrorsOf(error)),
    });
  };
  return { draft, change, errorOf, save, update };
}

/** A draft's notice and severity, edited with the new-recall form's fields; a refused save keeps what was typed. */
export function EditNoticeModal({ recall, onClose }: { recall: RecallSummary; onClose: () => void }) {
  const t = useT();
  const { draft, change, errorOf, save, update } = useNoticeEdit(recall, onClose);
  return (
    <AppModal opened onClose={onClose} title={t('recalls.editTitle')} size="xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        data-testid="recall-edit-form"
      >
        <Stack gap="md">
          <RecallNoticeFields draft={draft} change={change} errorOf={errorOf} />
          {update.error && (
            <Stack gap={4}>
              <Alert color="red" variant="outline" data-testid="recall-edit-kept">
                {t('recalls.editFailed')}
              </Alert>
              <ProblemAlert error={update.error} testId="recall-edit-problem" />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="md" loading={update.isPending} data-testid="recall-edit-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
