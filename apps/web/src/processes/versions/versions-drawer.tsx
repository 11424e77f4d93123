import { Divider, Drawer, Stack } from '@mantine/core';
import type { ProcessDraftView, ProcessView } from '@nguon/contracts/client';
import type { ProcessDefinition } from '@nguon/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../../ui/notify';
import { QueryState } from '../../ui/query-state';
import { useIsMobile } from '../../ui/use-is-mobile';
import type { StageChange } from '../canvas/flow-elements';
import { useFetchProcessVersion, useProcessVersions, useRestoreVersion } from '../designer-api';
import type { DefinitionChange } from '../editing/designer-history';
import type { SaveState } from '../editing/save-state';
import { jobDisplayName } from '../jobs/job-names';
import { DiffJobNames } from './diff-parts';
import { type DiffChoice, DiffSection } from './diff-section';
import { VersionList } from './version-list';

/** What the drawer uses of the designer's model; the designer passes its own, so versions never import it. */
export interface VersionsModel {
  process: ProcessView;
  editable: boolean;
  autosave: {
    revision: number;
    state: SaveState;
    acceptDraft: (draft: ProcessDraftView, definition: ProcessDefinition) => void;
  };
  history: { edit: (change: DefinitionChange) => void; present: ProcessDefinition };
  setVersion: (version: { number: number; definition: ProcessDefinition } | null) => void;
  setHighlight: (changes: ReadonlyMap<string, StageChange> | null) => void;
}

interface VersionsDrawerProps {
  model: VersionsModel;
  opened: boolean;
  onClose: () => void;
  diff: DiffChoice;
  onDiff: (choice: DiffChoice) => void;
  highlightOn: boolean;
  onHighlightOn: (on: boolean) => void;
}

/** Restores a version into the draft as one undoable step, once the person confirmed. */
function useRestore(model: VersionsModel, onDone: () => void) {
  const t = useT();
  const restore = useRestoreVersion(model.process.id);
  const run = (number: number) =>
    restore.mutate(
      { number, revision: model.autosave.revision },
      {
        onSuccess: (draft) => {
          model.autosave.acceptDraft(draft, draft.definition);
          model.history.edit(() => draft.definition);
          model.setVersion(null);
          notifySuccess(t('designer.restored', { number }));
          onDone();
        },
        onError: (error) => notifyProblem(error, t),
      },
    );
  return { run, isPending: restore.isPending };
}

/** The draft's job names by id, for the waiting periods a diff shows. */
function useDraftJobNames(definition: ProcessDefinition): ReadonlyMap<string, string> {
  const lang = useLang();
  return useMemo(
    () =>
      new Map(
        definition.stages.flatMap((stage) =>
          (stage.jobs ?? []).map((job) => [job.id, jobDisplayName(job, lang)]),
        ),
      ),
    [definition, lang],
  );
}

/** Published versions: view one read-only, compare any two (or with the draft), restore one into the draft. */
export function VersionsDrawer({
  model,
  opened,
  onClose,
  diff,
  onDiff,
  highlightOn,
  onHighlightOn,
}: VersionsDrawerProps) {
  const t = useT();
  const isMobile = useIsMobile();
  const versions = useProcessVersions(model.process.id, opened);
  const fetchVersion = useFetchProcessVersion(model.process.id);
  const [restoring, setRestoring] = useState<number | null>(null);
  const restore = useRestore(model, () => {
    setRestoring(null);
    onClose();
  });
  const view = (number: number) =>
    fetchVersion(number).then(
      (version) => {
        model.setVersion({ number, definition: version.definition });
        onClose();
      },
      (error: unknown) => notifyProblem(error, t),
    );
  const items = versions.data?.items ?? [];
  const jobNames = useDraftJobNames(model.history.present);
  let body: ReactNode = (
    <QueryState isPending={versions.isPending} error={versions.error} onRetry={() => versions.refetch()} />
  );
  if (versions.data) {
    body = (
      <Stack gap="lg">
        <VersionList
          versions={items}
          canRestore={model.editable && model.autosave.state === 'saved'}
          onView={view}
          onCompare={(number) => onDiff({ from: number, to: 'draft' })}
          onRestore={setRestoring}
        />
        {items.length > 0 && (
          <>
            <Divider />
            <DiffJobNames value={jobNames}>
              <DiffSection
                processId={model.process.id}
                versions={items}
                choice={diff}
                onChoice={onDiff}
                draftRevision={model.autosave.revision}
                highlightOn={highlightOn}
                onHighlightOn={onHighlightOn}
                onChanges={model.setHighlight}
              />
            </DiffJobNames>
          </>
        )}
      </Stack>
    );
  }
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={isMobile ? '100%' : 520}
      title={t('designer.versions')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      withOverlay={false}
      data-testid="designer-versions-drawer"
    >
      {body}
      <ConfirmDialog
        opened={restoring !== null}
        title={t('designer.restoreTitle', { number: restoring ?? 0 })}
        body={t('designer.restoreBody', { number: restoring ?? 0 })}
        confirmLabel={t('designer.versionRestore')}
        loading={restore.isPending}
        onConfirm={() => restoring !== null && restore.run(restoring)}
        onClose={() => setRestoring(null)}
      />
    </Drawer>
  );
}
