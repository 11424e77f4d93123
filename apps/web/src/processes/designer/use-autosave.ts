import { ApiError, type ProcessDraftView, type ProcessProblemView } from '@nguon/contracts/client';
import type { ProcessDefinition } from '@nguon/domain';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type SaveState, saveDelayMs, saveStateOf } from '../editing/save-state';
import type { DesignerSource } from './designer-source';

interface SavedDraft {
  revision: number;
  /** The object last sent and accepted: `present === saved` means nothing to save. */
  saved: ProcessDefinition;
  serverProblems: ProcessProblemView[];
  conflict: string | null;
  failure: unknown;
  /** A definition the server refused as bad input (4xx): not sent again until the person edits it. */
  refused: ProcessDefinition | null;
}

export interface Autosave {
  state: SaveState;
  revision: number;
  saved: ProcessDefinition;
  serverProblems: readonly ProcessProblemView[];
  /** The server's message when someone else saved the draft first; autosave has stopped. */
  conflictMessage: string | null;
  failure: unknown;
  /** A draft the server answered with (a restored version) becomes the saved one. */
  acceptDraft: (draft: ProcessDraftView, definition: ProcessDefinition) => void;
}

/** What autosave needs of the designer's source. */
type DraftTarget = Pick<
  DesignerSource,
  'id' | 'draft' | 'saveDraft' | 'conflictCode' | 'onSaved' | 'serverProblems'
>;

/** The same body would be refused again (archived, too large, invalid); a timeout or throttle is worth retrying. */
const isRefusal = (error: unknown) =>
  error instanceof ApiError &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 408 &&
  error.status !== 429;

/**
 * Saves the draft a second after the last change, against the revision it was read at. A conflict stops
 * saving for good (the person decides what to do); any other failure is retried after a pause.
 */
export function useAutosave(target: DraftTarget, present: ProcessDefinition, enabled: boolean): Autosave {
  const initial = target.draft;
  // the source's functions may be new objects each render; the latest ones are called
  const source = useRef(target);
  source.current = target;
  const [draft, setDraft] = useState<SavedDraft>(() => ({
    revision: initial.revision,
    saved: initial.definition,
    serverProblems: initial.problems,
    conflict: null,
    failure: null,
    refused: null,
  }));
  const save = useMutation({
    mutationFn: (body: { revision: number; definition: ProcessDefinition }) => source.current.saveDraft(body),
  });
  const inFlight = save.isPending;

  useEffect(() => {
    if (
      !enabled ||
      draft.conflict !== null ||
      inFlight ||
      present === draft.saved ||
      present === draft.refused
    )
      return;
    const timer = setTimeout(
      () => {
        save.mutate(
          { revision: draft.revision, definition: present },
          {
            onSuccess: (answer) => {
              setDraft({
                revision: answer.revision,
                saved: present,
                serverProblems: answer.problems,
                conflict: null,
                failure: null,
                refused: null,
              });
              source.current.onSaved?.(answer);
            },
            onError: (error) =>
              setDraft((before) =>
                error instanceof ApiError && error.code === source.current.conflictCode
                  ? { ...before, conflict: error.problem.detail }
                  : { ...before, failure: error, refused: isRefusal(error) ? present : null },
              ),
          },
        );
      },
      saveDelayMs(draft.failure !== null),
    );
    return () => clearTimeout(timer);
  }, [enabled, draft, inFlight, present, save.mutate]);

  useNewerServerProblems(target.serverProblems, setDraft);
  useFlushOnLeave(source, present, draft, enabled && !inFlight);
  const state = saveStateOf({
    present,
    saved: draft.saved,
    inFlight,
    conflict: draft.conflict !== null,
    failed: draft.failure !== null,
  });
  useBeforeUnload(enabled && state !== 'saved');
  const acceptDraft = useCallback(
    (answer: ProcessDraftView, definition: ProcessDefinition) =>
      setDraft({
        revision: answer.revision,
        saved: definition,
        serverProblems: answer.problems,
        conflict: null,
        failure: null,
        refused: null,
      }),
    [],
  );
  return { state, ...draft, conflictMessage: draft.conflict, acceptDraft };
}

/** The server's later problems for the revision autosave holds (not for an older or newer one) replace its own. */
function useNewerServerProblems(
  offered: DraftTarget['serverProblems'],
  setDraft: (update: (before: SavedDraft) => SavedDraft) => void,
): void {
  useEffect(() => {
    if (!offered) return;
    setDraft((before) =>
      before.revision === offered.revision && before.serverProblems !== offered.problems
        ? { ...before, serverProblems: offered.problems }
        : before,
    );
  }, [offered, setDraft]);
}

/** Asks the browser to warn before the tab is closed or reloaded while changes are not saved. */
function useBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

/** Leaving the designer inside the app (another menu entry) sends the last changes instead of dropping them. */
function useFlushOnLeave(
  source: { current: DraftTarget },
  present: ProcessDefinition,
  draft: SavedDraft,
  canSave: boolean,
): void {
  const latest = useRef({ present, draft, canSave });
  latest.current = { present, draft, canSave };
  useEffect(
    () => () => {
      const { present: last, draft: saved, canSave: allowed } = latest.current;
      if (!allowed || saved.conflict !== null || last === saved.saved) return;
      const target = source.current;
      target
        .saveDraft({ revision: saved.revision, definition: last })
        .then((answer) => target.onSaved?.(answer))
        .catch(() => undefined);
    },
    [source],
  );
}
