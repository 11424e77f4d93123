import { ApiError, type TemplateDraftDetails, type TemplateDraftView } from '@nguon/contracts/client';
import { useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { notifyProblem } from '../../ui/notify';
import type { TemplateDraftPartProps } from './editor-parts';
import { useSaveTemplateDraftDetails } from './template-draft-api';

/** The details part of a draft as the save body takes it: without its revision and who changed it last. */
export function detailsOf(view: TemplateDraftView): TemplateDraftDetails {
  const { revision: _revision, updatedAt: _at, updatedBy: _by, ...details } = view.details;
  return details;
}

/** Why the last save was refused: someone else saved first, or values the server names by path. */
export type DetailsRefusal =
  | { kind: 'conflict'; message: string }
  | { kind: 'fields'; message: string; errors: ReadonlyArray<{ path: string; message: string }> }
  | { kind: 'other' };

const detailsPrefix = '/details';

/** A refusal's field errors, with paths into the details part (`/name/vi`), not the body (`/details/name/vi`). */
export function refusalOf(error: unknown): DetailsRefusal {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  if (error.code === 'TEMPLATE_DRAFT_CONFLICT') return { kind: 'conflict', message: error.problem.detail };
  const listed = error.problem.errors ?? [];
  const found =
    listed.length > 0
      ? listed
      : error.problem.path
        ? [{ path: error.problem.path, message: error.problem.detail }]
        : [];
  const errors = found.map((item) => ({
    path: item.path.startsWith(`${detailsPrefix}/`) ? item.path.slice(detailsPrefix.length) : item.path,
    message: item.message,
  }));
  if (errors.length === 0) return { kind: 'other' };
  return { kind: 'fields', message: error.problem.detail, errors };
}

/**
 * Field errors keyed by the nearest field a tab shows (`/sampleProduct/netQuantity/value` goes to
 * `/sampleProduct/netQuantity`); what matches no field is kept apart, to show above the fields.
 */
export function errorsByField(
  errors: ReadonlyArray<{ path: string; message: string }>,
  fields: readonly string[],
): { byField: Record<string, string>; unplaced: Array<{ path: string; message: string }> } {
  const byField: Record<string, string> = {};
  const unplaced: Array<{ path: string; message: string }> = [];
  for (const error of errors) {
    const field = fields
      .filter((pointer) => error.path === pointer || error.path.startsWith(`${pointer}/`))
      .sort((a, b) => b.length - a.length)[0];
    if (field === undefined) unplaced.push(error);
    else if (!(field in byField)) byField[field] = error.message;
  }
  return { byField, unplaced };
}

/**
 * Saves the whole details part at the revision the tab was given and hands the answer to the page; a refusal
 * stays until the next save, and the caller keeps what was typed. `reload` takes the latest draft (after a
 * conflict) without touching the tab's own edits.
 */
export function useDetailsSave({ draft, onSaved }: Pick<TemplateDraftPartProps, 'draft' | 'onSaved'>) {
  const t = useT();
  const save = useSaveTemplateDraftDetails(draft.id);
  const [refusal, setRefusal] = useState<DetailsRefusal | null>(null);

  const send = (
    details: TemplateDraftDetails,
    onDone?: (saved: TemplateDraftView) => void,
    onRefused?: () => void,
  ) => {
    setRefusal(null);
    save.mutate(
      { revision: draft.details.revision, details },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          onDone?.(saved);
        },
        onError: (error) => {
          const found = refusalOf(error);
          if (found.kind === 'other') notifyProblem(error, t);
          setRefusal(found.kind === 'other' ? null : found);
          onRefused?.();
        },
      },
    );
  };

  const { reload, reloading } = useReloadDraft(draft.id, (latest) => {
    onSaved(latest);
    setRefusal(null);
  });
  return { send, pending: save.isPending, refusal, setRefusal, reload, reloading };
}

/** Takes the server's latest draft (after a conflict); resolves whether it came. */
function useReloadDraft(id: string, onLoaded: (draft: TemplateDraftView) => void) {
  const t = useT();
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      onLoaded(await api.call('getTemplateDraft', { params: { id } }));
      return true;
    } catch (error) {
      notifyProblem(error, t);
      return false;
    } finally {
      setReloading(false);
    }
  };
  return { reload, reloading };
}
