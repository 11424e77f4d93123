import { Alert, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { notifySuccess } from '../../ui/notify';
import {
  type DetailsEdits,
  detailsProblems,
  hasEdits,
  isDetailsEdits,
  mergeDetails,
  noEdits,
  pointerPart,
  productValue,
  textFields,
} from './details-form';
import { draftEditsKey, useKeptState } from './details-kept-state';
import { productPointers, SampleProductFields } from './details-product-section';
import { DetailsRefusalAlert } from './details-refusal';
import { detailsOf, errorsByField, useDetailsSave } from './details-save';
import { SaveBar, scrollToFirstError } from './details-save-bar';
import { ProcessFacts, StageNotes, TemplateFacts } from './details-sections';
import { useDraftTabsT } from './editor-messages';
import type { TemplateDraftPartProps } from './editor-parts';

/** The fields this tab shows, by pointer into the details part: where a server error lands. */
function fieldPointers(stages: TemplateDraftPartProps['stages']): string[] {
  return [
    '/productType',
    '/keywords',
    ...textFields.flatMap((field) => [`/${field}/vi`, `/${field}/en`]),
    ...stages.flatMap((stage) => ['vi', 'en'].map((lang) => `/stageNotes/${pointerPart(stage.id)}/${lang}`)),
    ...Object.values(productPointers),
  ];
}

type DetailsSaver = ReturnType<typeof useDetailsSave>;

/**
 * The fields' errors: the tab's own check's and the server's, by the field that shows them (what no field shows is
 * kept apart); an edit clears the errors of the fields it touches.
 */
function useFieldErrors(saver: DetailsSaver, stages: TemplateDraftPartProps['stages']) {
  const [checked, setChecked] = useState<Record<string, string>>({});
  const refused =
    saver.refusal?.kind === 'fields' ? errorsByField(saver.refusal.errors, fieldPointers(stages)) : null;
  const forget = (touched: string[]) => {
    const keep = (found: Record<string, string>) =>
      Object.fromEntries(Object.entries(found).filter(([pointer]) => !touched.includes(pointer)));
    setChecked(keep);
    if (
      refused &&
      touched.some((pointer) => pointer in refused.byField) &&
      saver.refusal?.kind === 'fields'
    ) {
      const left = saver.refusal.errors.filter((error) => !touched.some((p) => error.path.startsWith(p)));
      saver.setRefusal(left.length > 0 ? { ...saver.refusal, errors: left } : null);
    }
  };
  const errors = { ...refused?.byField, ...checked };
  return { errors, unplaced: refused?.unplaced ?? [], checked, setChecked, forget };
}

/** The tab's edits over the draft's details, checked here first, then saved; what was typed meanwhile stays. */
function useDetailsTab(props: TemplateDraftPartProps) {
  const t = useDraftTabsT();
  const details = detailsOf(props.draft);
  const saver = useDetailsSave(props);
  const [edits, setEdits] = useKeptState(`${draftEditsKey(props.draft)}:details`, noEdits, isDetailsEdits);
  const root = useRef<HTMLDivElement>(null);
  const fieldErrors = useFieldErrors(saver, props.stages);
  const change = (touched: string[], update: (old: DetailsEdits) => DetailsEdits) => {
    setEdits(update);
    fieldErrors.forget(touched);
  };
  const save = () => {
    const merged = mergeDetails(details, edits);
    const problems = detailsProblems(merged, productValue(details, edits));
    const found = Object.fromEntries(
      Object.entries(problems).map(([pointer, problem]) => [pointer, t(problem.key, problem.params)]),
    );
    fieldErrors.setChecked(found);
    if (Object.keys(found).length > 0) return scrollToFirstError(root.current);
    const sent = edits;
    saver.send(
      merged,
      () => {
        // what was typed while the save was on its way stays an edit
        setEdits((current) => (current === sent ? noEdits() : current));
        notifySuccess(t('templateDraftDetails.saved'));
      },
      () => scrollToFirstError(root.current),
    );
  };
  const reload = async () => {
    if (await saver.reload()) notifySuccess(t('templateDraftDetails.reloaded'));
  };
  const sections = { details, edits, errors: fieldErrors.errors, readOnly: props.readOnly, change };
  return { saver, root, fieldErrors, sections, save, reload, dirty: hasEdits(edits) };
}

/** The template's names, guide, process name, stage notes and sample product, saved with one button. */
export function TemplateDetailsTab(props: TemplateDraftPartProps) {
  const t = useDraftTabsT();
  const { saver, root, fieldErrors, sections, save, reload, dirty } = useDetailsTab(props);
  const { onDirty } = props;
  useEffect(() => onDirty?.(dirty), [onDirty, dirty]);
  return (
    <Stack ref={root} gap="md" pb={80} data-testid="template-details-tab">
      <DetailsRefusalAlert
        refusal={saver.refusal}
        unplaced={fieldErrors.unplaced}
        draft={props.draft}
        onReload={reload}
        reloading={saver.reloading}
      />
      {Object.keys(fieldErrors.checked).length > 0 && (
        <Alert color="red" role="alert" data-testid="details-fix">
          {t('templateDraftDetails.fixErrors')}
        </Alert>
      )}
      <TemplateFacts {...sections} />
      <ProcessFacts {...sections} />
      <StageNotes stages={props.stages} {...sections} />
      <SampleProductFields {...sections} />
      {!props.readOnly && (
        <SaveBar
          dirty={dirty}
          state={{ dirty: t('templateDraftDetails.unsaved'), clean: t('templateDraftDetails.allSaved') }}
          saveLabel={t('common.save')}
          onSave={save}
          pending={saver.pending}
          testId="details"
        />
      )}
    </Stack>
  );
}
