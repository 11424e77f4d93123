import type { LabelLayoutView } from '@nguon/contracts/client';
import type { LabelLayout } from '@nguon/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { sortProblem } from '../lots/record-problems';
import { revealFirstError } from '../lots/reveal-first-error';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { useIsMobile } from '../ui/use-is-mobile';
import { useRefreshLabels } from './label-api';
import { LabelLayoutEditor } from './label-layout-editor';
import { type LayoutDraft, type LayoutDraftField, layoutDraftOf, layoutFields } from './layout-draft';

/** What the editor opens on: a new layout copied from another (a built-in), or one of the account's to change. */
export type LayoutEditing =
  | { mode: 'copy'; from: LabelLayoutView }
  | { mode: 'edit'; layout: LabelLayoutView };

const draftFields: readonly string[] = ['name', ...layoutFields];
const isDraftField = (field: string): field is LayoutDraftField => draftFields.includes(field);

/** The server's refusal at its field (by path; a taken name by code); the notice only when no field fits. */
function refusalOnFields(error: unknown) {
  const problem = sortProblem(error, (pointer) => isDraftField(pointer.slice(1)));
  const errors: Partial<Record<LayoutDraftField, string>> = {};
  for (const [pointer, message] of problem.fieldErrors) {
    const field = pointer.slice(1);
    if (isDraftField(field)) errors[field] = message;
  }
  if (problem.code === 'LABEL_LAYOUT_NAME_TAKEN' && problem.notice) errors.name = problem.notice;
  return { errors, notice: Object.keys(errors).length > 0 ? null : problem.notice };
}

function useSaveLayout(editing: LayoutEditing, onSaved: () => void) {
  const t = useT();
  const refresh = useRefreshLabels();
  return useMutation({
    mutationFn: ({ name, layout }: { name: string; layout: LabelLayout }) =>
      editing.mode === 'edit'
        ? api.call('updateLabelLayout', { params: { id: editing.layout.id }, body: { name, ...layout } })
        : api.call('createLabelLayout', { body: { name, ...layout } }),
    onSuccess: async (saved) => {
      await refresh();
      notifySuccess(t('labels.layouts.saved', { name: saved.name.vi }));
      onSaved();
    },
  });
}

/** The layout editor in a dialog (full screen on a phone); what was typed stays through any refusal. */
export function LayoutEditorModal({ editing, onClose }: { editing: LayoutEditing; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const source = editing.mode === 'edit' ? editing.layout : editing.from;
  const sourceName = source.name[lang] || source.name.vi;
  const [draft, setDraft] = useState<LayoutDraft>(() =>
    layoutDraftOf(
      editing.mode === 'edit' ? sourceName : t('labels.layouts.copyName', { name: sourceName }),
      source.layout,
      lang,
    ),
  );
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<LayoutDraftField, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveLayout(editing, onClose);
  const reveal = () =>
    requestAnimationFrame(() => revealFirstError(document.querySelector('[data-testid="layout-save"]')));
  const change = (patch: Partial<LayoutDraft>) => {
    setDraft((old) => ({ ...old, ...patch }));
    setServerErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => !(key in patch))));
  };
  const submit = (layout: LabelLayout) => {
    setNotice(null);
    save.mutate(
      { name: draft.name.trim(), layout },
      {
        onError: (error) => {
          const refusal = refusalOnFields(error);
          setServerErrors(refusal.errors);
          setNotice(refusal.notice ?? (Object.keys(refusal.errors).length > 0 ? null : t('error.network')));
          reveal();
        },
      },
    );
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={
        editing.mode === 'edit'
          ? t('labels.layouts.editTitle', { name: sourceName })
          : t('labels.layouts.newTitle')
      }
      fullScreen={isMobile}
      size="xl"
    >
      <LabelLayoutEditor
        draft={draft}
        onChange={change}
        serverErrors={serverErrors}
        notice={notice}
        saving={save.isPending}
        showErrors={showErrors}
        onSave={submit}
        onRefused={() => {
          setShowErrors(true);
          reveal();
        }}
      />
    </AppModal>
  );
}
