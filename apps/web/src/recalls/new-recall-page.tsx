import { Alert, Button, Paper, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../auth/problem-alert';
import { useCatalogItemLots } from '../catalogs/catalog-api';
import { useT } from '../i18n/use-t';
import { BackLink } from '../lots/lot-header';
import { PageHeader } from '../ui/page-header';
import { randomId } from '../ui/random-id';
import { useCanManageRecalls, useCreateRecall, useSeedLot } from './recall-api';
import {
  createRecallBody,
  type DraftField,
  draftProblems,
  emptyDraft,
  type RecallDraft,
} from './recall-draft';
import { RecallNoticeFields } from './recall-notice-fields';
import { recallPath, recallStartOf, recallsPath } from './recall-paths';
import { RecallSourceFields } from './recall-source-fields';

/** The draft's state, started from the address (a drill, a lot, a catalog item) and kept across failed submits. */
function useRecallDraft() {
  const [search] = useSearchParams();
  const start = recallStartOf(search);
  const [draft, setDraft] = useState<RecallDraft>(() => ({
    ...emptyDraft(start.drill ?? false),
    ...(start.catalogId && start.itemId
      ? { sourceKind: 'catalogItem' as const, catalogId: start.catalogId, itemId: start.itemId }
      : {}),
  }));
  const startLot = useSeedLot(start.lotId).data?.lot;
  const startItem = useCatalogItemLots(start.catalogId ?? '', start.itemId ?? '');
  // The lot the form was opened from joins the seeds once its code is known.
  useEffect(() => {
    if (startLot)
      setDraft((current) =>
        current.lots.some((chosen) => chosen.id === startLot.id)
          ? current
          : { ...current, lots: [...current.lots, { id: startLot.id, code: startLot.code }] },
      );
  }, [startLot]);
  const change = (next: Partial<RecallDraft>) => setDraft((current) => ({ ...current, ...next }));
  return { draft, change, itemLabel: start.itemId ? startItem.data?.item.label : undefined };
}

/** Sends a draft with no problems (saying them otherwise), then opens the recall made. */
function useSubmitDraft(draft: RecallDraft) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateRecall();
  const [shown, setShown] = useState(false);
  // One key per draft content sent: a retry after a lost answer does not make a second recall.
  const key = useRef({ body: '', key: '' });
  const problems = draftProblems(draft);
  const errorOf = (field: DraftField) => {
    const problem = shown ? problems.get(field) : undefined;
    return problem ? t(problem.key, problem.params) : undefined;
  };
  const submit = () => {
    setShown(true);
    if (problems.size > 0) return;
    const body = createRecallBody(draft);
    const text = JSON.stringify(body);
    if (key.current.body !== text) key.current = { body: text, key: randomId() };
    create.mutate(
      { body, key: key.current.key },
      { onSuccess: (detail) => navigate(recallPath(detail.recall.id)) },
    );
  };
  return { create, errorOf, submit };
}

/** `/recalls/new`: an owner starts a recall or a drill; creating it makes a draft and opens its preview. */
export function NewRecallPage() {
  const t = useT();
  const canManage = useCanManageRecalls();
  const { draft, change, itemLabel } = useRecallDraft();
  const { create, errorOf, submit } = useSubmitDraft(draft);
  if (!canManage) return <Alert color="gray">{t('recalls.readOnly')}</Alert>;
  return (
    <>
      <BackLink to={recallsPath} label={t('recalls.title')} />
      <PageHeader
        title={t(draft.drill ? 'recalls.form.drillTitle' : 'recalls.form.title')}
        description={draft.drill ? t('recalls.form.drillNote') : undefined}
      />
      <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }} maw={880}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          data-testid="recall-form"
        >
          <Stack gap="md">
            <RecallSourceFields
              draft={draft}
              change={change}
              lotsError={errorOf('lots')}
              itemError={errorOf('item')}
              knownItemLabel={itemLabel}
            />
            <RecallNoticeFields draft={draft} change={change} errorOf={errorOf} />
            {create.error && (
              <Stack gap={4}>
                <Alert color="red" variant="outline" data-testid="recall-form-kept">
                  {t('recalls.form.failed')}
                </Alert>
                <ProblemAlert error={create.error} testId="recall-form-problem" />
              </Stack>
            )}
            <Button type="submit" size="md" loading={create.isPending} data-testid="recall-submit">
              {t('recalls.form.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
