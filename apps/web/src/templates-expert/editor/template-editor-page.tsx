import { Alert, Stack, Tabs } from '@mantine/core';
import type { ProcessDraftView, TemplateDraftView } from '@nguon/contracts/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ReactFlowProvider } from '@xyflow/react';
import { type ComponentProps, useCallback, useMemo, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../auth/session-context';
import { useLang } from '../../i18n/lang-store';
import { Designer, type DesignerStatus } from '../../processes/designer/designer';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { notifySuccess } from '../../ui/notify';
import { QueryState } from '../../ui/query-state';
import { TemplateCatalogsTab } from './catalogs-tab';
import { forgetDraftEdits } from './details-kept-state';
import { TemplateDetailsTab } from './details-tab';
import { useDiscardDraft } from './draft-discard';
import { newerVersion, takeUpdateBlocker } from './draft-update';
import { DraftUpdateNotice } from './draft-update-notice';
import { EditorHeader, type UnsavedTabs } from './editor-header';
import { type EditorMessageKey, useEditorT } from './editor-messages';
import type { TemplateDraftPartProps } from './editor-parts';
import { GoToPlace, WordedProblem } from './go-to-place';
import { type EditorTab, type ProblemPlace, problemPlace } from './problem-place';
import { useTemplateDraft } from './template-draft-api';
import { TemplatePublishDialog } from './template-publish-dialog';
import { useTemplateSource } from './template-source';

/** The designer under the editor's header and tabs; it keeps the app's minimum on a short screen. */
const designerHeight =
  'calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding, 0rem) - 8rem)';

/**
 * The page's copy of the draft. The designer owns the process part: the page holds the process the designer
 * last saved (publishing is sent at its revision, so another expert's newer process is refused as a conflict,
 * never published unseen); a tab's answer brings the rest, and the server's problems when it carries the
 * designer's revision (checked against the catalogs as they are now).
 */
function useEditedDraft(opened: TemplateDraftView) {
  const [draft, setDraft] = useState(opened);
  const onProcessSaved = useCallback(
    (process: ProcessDraftView) => {
      setDraft((before) => ({ ...before, process }));
      // what would refuse publishing may have changed with the process: ask again, keep the rest
      api
        .call('getTemplateDraft', { params: { id: opened.id } })
        .then((fresh) =>
          setDraft((before) => (isOlder(fresh, before) ? before : { ...before, check: fresh.check })),
        )
        .catch(() => undefined);
    },
    [opened.id],
  );
  const onPartSaved = useCallback(
    (next: TemplateDraftView) =>
      setDraft((before) => ({
        ...next,
        process: next.process.revision === before.process.revision ? next.process : before.process,
      })),
    [],
  );
  return { draft, onProcessSaved, onPartSaved };
}

/** An answer read before the page's latest process or details (answers may come back out of order). */
const isOlder = (fresh: TemplateDraftView, page: TemplateDraftView) =>
  fresh.process.revision < page.process.revision || fresh.details.revision < page.details.revision;

/** Which tabs told the page they hold unsaved edits. */
function useUnsavedTabs() {
  const [unsaved, setUnsaved] = useState<UnsavedTabs>({ details: false, catalogs: false });
  const onDetailsDirty = useCallback((details: boolean) => setUnsaved((old) => ({ ...old, details })), []);
  const onCatalogsDirty = useCallback((catalogs: boolean) => setUnsaved((old) => ({ ...old, catalogs })), []);
  return { unsaved, onDetailsDirty, onCatalogsDirty };
}

/** The draft's first problem that would refuse publishing, with the way to where it is fixed. */
function CheckNotice({
  draft,
  check,
  stages,
  onGo,
}: {
  draft: TemplateDraftView;
  check: NonNullable<TemplateDraftView['check']>;
  stages: Parameters<typeof problemPlace>[1];
  onGo: (place: ProblemPlace) => void;
}) {
  const te = useEditorT();
  const place = problemPlace(check.path, stages);
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={20} />}
      title={te('templateEditor.checkTitle')}
      mb="sm"
      data-testid="editor-check"
    >
      <Stack gap="xs" align="flex-start">
        <WordedProblem problem={check} draft={draft} />
        {place && <GoToPlace place={place} onGo={onGo} />}
      </Stack>
    </Alert>
  );
}

interface EditorTabsProps {
  tab: EditorTab;
  onTab: (tab: EditorTab) => void;
  designer: ComponentProps<typeof Designer>;
  parts: TemplateDraftPartProps;
  dirty: ReturnType<typeof useUnsavedTabs>;
}

/** The process in the designer, the details and the catalogs; every tab stays mounted (the designer's history). */
function EditorTabs({ tab, onTab, designer, parts, dirty }: EditorTabsProps) {
  const te = useEditorT();
  return (
    <Tabs value={tab} onChange={(value) => onTab(parseTab(value) ?? tab)} keepMounted>
      <Tabs.List mb="sm">
        {tabs.map((value) => (
          <Tabs.Tab key={value} value={value} mih={44} data-testid={`editor-tab-${value}`}>
            {te(tabLabels[value])}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="process">
        <ReactFlowProvider>
          <Designer {...designer} />
        </ReactFlowProvider>
      </Tabs.Panel>
      <Tabs.Panel value="details">
        <TemplateDetailsTab {...parts} onDirty={dirty.onDetailsDirty} />
      </Tabs.Panel>
      <Tabs.Panel value="catalogs">
        <TemplateCatalogsTab {...parts} onDirty={dirty.onCatalogsDirty} />
      </Tabs.Panel>
    </Tabs>
  );
}

/** Where the editor shows: the tab, and a stage the designer is asked to bring into view. */
function useEditorPlace() {
  const [tab, setTab] = useState<EditorTab>('process');
  const [focus, setFocus] = useState<{ stageId: string } | null>(null);
  const goTo = useCallback((place: ProblemPlace) => {
    setTab(place.tab);
    if (place.tab === 'process' && place.stage) setFocus({ stageId: place.stage.id });
  }, []);
  return { tab, setTab, focus, goTo };
}

function TemplateEditor({ opened, onReload }: { opened: TemplateDraftView; onReload: () => void }) {
  const te = useEditorT();
  const lang = useLang();
  const navigate = useNavigate();
  const { draft, onProcessSaved, onPartSaved } = useEditedDraft(opened);
  const place = useEditorPlace();
  const [status, setStatus] = useState<DesignerStatus | null>(null);
  const [publishing, setPublishing] = useState(false);
  const dirty = useUnsavedTabs();
  const { setTab } = place;
  const source = useTemplateSource({
    opened,
    catalogs: draft.details.catalogs,
    processProblems: draft.process,
    onSaved: onProcessSaved,
    onCreateCatalog: useCallback(() => setTab('catalogs'), [setTab]),
  });
  const stages = useStageRefs(status, opened);
  const name = draft.details.name[lang] || draft.details.name.vi || draft.key;
  const discard = useDiscardDraft(draft, name, onReload);
  const latest = newerVersion(draft);
  // the tabs keep their edits by draft and start: after taking a version, what they kept is the old content
  const reloadTaken = useCallback(() => {
    forgetDraftEdits(draft.id);
    onReload();
  }, [draft.id, onReload]);
  return (
    <>
      <EditorHeader
        draft={draft}
        status={status}
        unsaved={dirty.unsaved}
        onPublish={() => setPublishing(true)}
        onDiscard={() => discard.setAsking(true)}
      />
      {latest !== null && (
        <DraftUpdateNotice
          draft={draft}
          stages={stages}
          latest={latest}
          blocker={takeUpdateBlocker(status, dirty.unsaved)}
          onReload={reloadTaken}
        />
      )}
      {draft.check && <CheckNotice draft={draft} check={draft.check} stages={stages} onGo={place.goTo} />}
      <EditorTabs
        tab={place.tab}
        onTab={setTab}
        designer={{
          source,
          canManage: true,
          onReload,
          onStatus: setStatus,
          height: designerHeight,
          focus: place.focus,
        }}
        parts={{ draft, stages, readOnly: false, onSaved: onPartSaved }}
        dirty={dirty}
      />
      <TemplatePublishDialog
        opened={publishing}
        draft={draft}
        stages={stages}
        onClose={() => setPublishing(false)}
        onPublished={(template) => {
          forgetDraftEdits(draft.id);
          notifySuccess(te('templateEditor.published', { name, number: template.version.number }));
          navigate('/templates/manage');
        }}
        onGoTo={place.goTo}
        onReload={onReload}
      />
      <ConfirmDialog
        opened={discard.asking}
        title={te('templateEditor.discardTitle')}
        body={te('templateEditor.discardBody')}
        confirmLabel={te('templateEditor.discard')}
        loading={discard.pending}
        onConfirm={discard.confirm}
        onClose={() => discard.setAsking(false)}
      />
    </>
  );
}

/** The designer's stages as they are now (as the draft opened until the designer says), for places and notes. */
function useStageRefs(status: DesignerStatus | null, opened: TemplateDraftView) {
  const stages = status?.stages ?? opened.process.definition.stages;
  return useMemo(() => stages.map(({ id, key, name }) => ({ id, key, name })), [stages]);
}

const tabs: readonly EditorTab[] = ['process', 'details', 'catalogs'];
const tabLabels = {
  process: 'templateEditor.tabProcess',
  details: 'templateEditor.tabDetails',
  catalogs: 'templateEditor.tabCatalogs',
} as const satisfies Record<EditorTab, EditorMessageKey>;
const parseTab = (value: string | null): EditorTab | null => tabs.find((tab) => tab === value) ?? null;

/** `/templates/manage/drafts/:id`: a template being written, its process in the designer, the rest on tabs. */
export function TemplateEditorPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const isExpert = session.platformRoles.some((role) => role === 'expert' || role === 'admin');
  const query = useTemplateDraft(id);
  // the editor owns the draft once loaded; a reload (after a conflict) starts it again from the server's
  const [generation, setGeneration] = useState(0);
  const { refetch } = query;
  const reload = useCallback(() => {
    void refetch().then(() => setGeneration((value) => value + 1));
  }, [refetch]);
  if (!isExpert) return <Navigate to="/templates" replace />;
  if (!query.data) {
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;
  }
  return <TemplateEditor key={`${id}:${generation}`} opened={query.data} onReload={reload} />;
}
