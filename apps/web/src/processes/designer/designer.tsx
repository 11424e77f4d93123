import { Box } from '@mantine/core';
import { useElementSize, useMediaQuery } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { notifySuccess } from '../../ui/notify';
import { DesignerCanvas } from '../canvas/designer-canvas';
import { FormCatalogContext } from '../stage-panel/form-catalog-source';
import { StagePanel } from '../stage-panel/stage-panel';
import { TemplateUpdateBanner } from '../template-update/template-update-banner';
import type { DiffChoice } from '../versions/diff-section';
import { PublishDialog } from '../versions/publish-dialog';
import { VersionsDrawer } from '../versions/versions-drawer';
import { ConflictBanner } from './conflict-banner';
import { DeleteDialog } from './delete-dialog';
import { HighlightPanel, ReadOnlyNotice, SelectionToolbar, VersionBanner } from './designer-banners';
import { DesignerHeader } from './designer-header';
import type { DesignerSource } from './designer-source';
import { ProblemsPanel } from './problems-panel';
import { useCanvasEditing } from './use-canvas-editing';
import { type DesignerModel, useDesigner } from './use-designer';

/** What a page around the designer shows of it (a template's Publish button). */
export interface DesignerStatus {
  saveState: DesignerModel['autosave']['state'];
  problemCount: number;
  checking: boolean;
  stages: DesignerModel['history']['present']['stages'];
}

interface DesignerProps {
  source: DesignerSource;
  canManage: boolean;
  /** Loads the server's draft again, dropping local changes (after a conflict). */
  onReload: () => void;
  onStatus?: (status: DesignerStatus) => void;
  /** The designer's height; the whole page below the app's header by default. */
  height?: string;
  /** A stage to select and bring into view, asked from outside (a refusal's "go there"); a new object each time. */
  focus?: { stageId: string } | null;
}

/** The floating stage panel's distance from the canvas's right edge plus its borders. */
const panelInset = 10;

const fullHeight = 'calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding, 0rem))';

function Banners({ model, onReload }: { model: DesignerModel; onReload: () => void }) {
  const { autosave, version, process } = model;
  return (
    <>
      {autosave.conflictMessage !== null && (
        <ConflictBanner
          process={process}
          message={autosave.conflictMessage}
          mine={model.history.present}
          onReload={onReload}
        />
      )}
      {version && <VersionBanner number={version.number} onBack={() => model.setVersion(null)} />}
      {!model.editable && <ReadOnlyNotice archived={model.source.archived} />}
      {model.editable && process?.template?.updateAvailable && (
        <TemplateUpdateBanner
          processId={process.id}
          link={process.template}
          revision={autosave.revision}
          draftSaved={autosave.state === 'saved'}
          onTaken={onReload}
        />
      )}
    </>
  );
}

/** Panels of the versions drawer and the publish dialog, which outlive their opening. */
function useVersionPanels(model: DesignerModel) {
  const [publishing, setPublishing] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [chosenDiff, setDiff] = useState<DiffChoice>({ from: model.latest.number, to: 'draft' });
  // a process without versions when the designer opened compares its first one, once published, by default
  const latestNumber = model.latest.number;
  const diff =
    chosenDiff.from === null && latestNumber !== null ? { ...chosenDiff, from: latestNumber } : chosenDiff;
  const [highlightOn, setHighlightOn] = useState(true);
  const { setHighlight } = model;
  const clearHighlight = useCallback(() => {
    setHighlightOn(false);
    setHighlight(null);
  }, [setHighlight]);
  return {
    publishing,
    setPublishing,
    versionsOpen,
    setVersionsOpen,
    diff,
    setDiff,
    highlightOn,
    setHighlightOn,
    clearHighlight,
  };
}

type CanvasEditing = ReturnType<typeof useCanvasEditing>;
type VersionPanels = ReturnType<typeof useVersionPanels>;

/** Canvas with its toolbars and the problems under it, and the selected stage's panel beside them. */
function Workspace({
  model,
  editing,
  panels,
}: {
  model: DesignerModel;
  editing: CanvasEditing;
  panels: VersionPanels;
}) {
  const overlay = useMediaQuery('(max-width: 74.99em)') ?? false;
  const panel = useElementSize<HTMLElement>();
  const { flow, commands, selectedStage, readOnly } = model;
  // the panel floats 8 px from the right edge; the border is outside the measured content box
  const coverWidth = overlay && selectedStage ? panel.width + panelInset : 0;
  // the job open in the panel, kept per stage: selecting another stage shows that stage's own tabs
  const [openJob, setOpenJob] = useState<{ stageId: string; jobId: string } | null>(null);
  return (
    <Box className="designer-body">
      <Box style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <Box style={{ flex: 1, minHeight: 0 }}>
          <DesignerCanvas
            flow={flow}
            readOnly={readOnly}
            commands={commands}
            canConnect={model.canConnect}
            coverWidth={coverWidth}
            reveal={model.reveal}
            fitRequest={model.fitRequest}
            tools={
              <SelectionToolbar
                selection={flow.selection}
                onDuplicate={() => commands.duplicate(flow.selection.stageIds)}
                onDelete={() => editing.requestDelete()}
              />
            }
          >
            {model.highlight && <HighlightPanel onClear={panels.clearHighlight} />}
          </DesignerCanvas>
        </Box>
        {model.version === null && (
          <ProblemsPanel
            problems={model.problems}
            definition={model.history.present}
            onFocusStage={(stageId, jobId) => {
              model.focusStage(stageId);
              setOpenJob(jobId ? { stageId, jobId } : null);
            }}
          />
        )}
      </Box>
      {selectedStage && (
        <StagePanel
          ref={panel.ref}
          key={selectedStage.id}
          stage={selectedStage}
          definition={model.version?.definition ?? model.history.present}
          readOnly={readOnly}
          keyFrozen={model.latest.publishedStageIds?.has(selectedStage.id) ?? true}
          jobKeyFrozen={(jobId) => model.latest.publishedJobIds?.has(jobId) ?? true}
          commands={commands}
          openJobId={openJob?.stageId === selectedStage.id ? openJob.jobId : null}
          onOpenJob={(jobId) => setOpenJob(jobId ? { stageId: selectedStage.id, jobId } : null)}
          overlay={overlay}
          onClose={() => flow.select(new Set())}
          onDelete={() =>
            editing.requestDelete({ stageIds: new Set([selectedStage.id]), edgeIds: new Set() })
          }
        />
      )}
    </Box>
  );
}

/** Delete confirmation, publish dialog and versions drawer. */
function Dialogs({
  model,
  editing,
  panels,
}: {
  model: DesignerModel;
  editing: CanvasEditing;
  panels: VersionPanels;
}) {
  const t = useT();
  const { process } = model;
  return (
    <>
      <DeleteDialog
        deleting={editing.deleting}
        definition={model.history.present}
        onConfirm={editing.confirmDelete}
        onClose={editing.cancelDelete}
      />
      {process && (
        <>
          <PublishDialog
            processId={process.id}
            opened={panels.publishing}
            revision={model.autosave.revision}
            nextNumber={(model.latest.number ?? 0) + 1}
            onClose={() => panels.setPublishing(false)}
            onPublished={(version) => {
              panels.setPublishing(false);
              model.latest.setNumber(version.number);
              notifySuccess(t('designer.published', { number: version.number }));
            }}
          />
          <VersionsDrawer
            model={{ ...model, process }}
            opened={panels.versionsOpen}
            onClose={() => panels.setVersionsOpen(false)}
            diff={panels.diff}
            onDiff={panels.setDiff}
            highlightOn={panels.highlightOn}
            onHighlightOn={panels.setHighlightOn}
          />
        </>
      )}
    </>
  );
}

/** Tells the page around the designer what it needs to know whenever that changes, and takes its focus requests. */
function useReportStatus(
  model: DesignerModel,
  onStatus: DesignerProps['onStatus'],
  focus: DesignerProps['focus'],
) {
  const { focusStage } = model;
  useEffect(() => {
    if (focus) focusStage(focus.stageId);
  }, [focus, focusStage]);
  const saveState = model.autosave.state;
  const problemCount = model.problems.list.length;
  const checking = model.problems.checking;
  const stages = model.history.present.stages;
  useEffect(() => {
    onStatus?.({ saveState, problemCount, checking, stages });
  }, [onStatus, saveState, problemCount, checking, stages]);
}

/**
 * The process designer: header, canvas with palette and problems, the selected stage's panel, and for an
 * owner's process its versions; the same for a template's process, with its own catalogs in the forms.
 */
export function Designer(props: DesignerProps) {
  const { source, canManage, onReload, height = fullHeight } = props;
  const model = useDesigner(source, canManage);
  const editing = useCanvasEditing(model);
  const panels = useVersionPanels(model);
  useReportStatus(model, props.onStatus, props.focus);
  return (
    <FormCatalogContext value={source.formCatalogs}>
      <Box h={height} mih={480} style={{ display: 'flex', flexDirection: 'column' }}>
        <DesignerHeader
          model={model}
          onPublish={() => panels.setPublishing(true)}
          onVersions={() => panels.setVersionsOpen(true)}
        />
        <Banners model={model} onReload={onReload} />
        <Workspace model={model} editing={editing} panels={panels} />
        <Dialogs model={model} editing={editing} panels={panels} />
      </Box>
    </FormCatalogContext>
  );
}
