import type { ProcessDefinition } from '@nguon/domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import { randomId } from '../../ui/random-id';
import { noDecorations, type StageChange, type StageDecorations } from '../canvas/flow-elements';
import type { RevealRequest } from '../canvas/stage-reveal';
import { measuredSizes, useFlowElements } from '../canvas/use-flow-elements';
import { canConnect } from '../editing/definition-edits';
import { type CommandContext, designerCommands } from '../editing/designer-commands';
import type { DesignerSource } from './designer-source';
import { publishBlocker } from './publish-readiness';
import { useAutosave } from './use-autosave';
import { useDesignerHistory } from './use-designer-history';
import { type DesignerProblems, useDesignerProblems } from './use-designer-problems';
import { useLatestVersion } from './use-latest-version';

/** A published version shown read-only on the canvas instead of the draft. */
export interface ShownVersion {
  number: number;
  definition: ProcessDefinition;
}

// Not crypto.randomUUID: it is missing on a plain-HTTP LAN address, where the designer must work too.
const newId = () => randomId();

function useDecorations(
  problems: DesignerProblems | null,
  highlight: ReadonlyMap<string, StageChange> | null,
) {
  return useMemo<StageDecorations>(
    () => ({
      problemCounts: problems?.countsByStage ?? noDecorations.problemCounts,
      problemEdgeIds: problems?.edgeIds ?? noDecorations.problemEdgeIds,
      changes: highlight ?? noDecorations.changes,
    }),
    [problems?.countsByStage, problems?.edgeIds, highlight],
  );
}

/** The editing commands and the connection check, stable across renders, always on the latest draft. */
function useCommands(
  definition: ProcessDefinition,
  edit: CommandContext['edit'],
  select: CommandContext['select'],
) {
  const present = useRef(definition);
  present.current = definition;
  const commands = useMemo(
    () => designerCommands({ definition: () => present.current, edit, select, newId }),
    [edit, select],
  );
  const canConnectNow = useCallback(
    (source: string, target: string) => canConnect(present.current, source, target),
    [],
  );
  return { commands, canConnectNow };
}

/** Everything the designer screen shows and does, wired from the history, autosave, problems and canvas. */
export function useDesigner(source: DesignerSource, canManage: boolean) {
  const { process } = source;
  const history = useDesignerHistory(source.draft.definition);
  const editable = canManage && !source.archived;
  const autosave = useAutosave(source, history.present, editable);
  const problems = useDesignerProblems(history.present, autosave.saved, autosave.serverProblems);
  const latest = useLatestVersion(source, problems.checked);
  const [version, setVersion] = useState<ShownVersion | null>(null);
  const [highlight, setHighlight] = useState<ReadonlyMap<string, StageChange> | null>(null);
  const readOnly = !editable || version !== null || autosave.state === 'conflict';
  const shown = version?.definition ?? history.present;
  const flow = useFlowElements(shown, useDecorations(version ? null : problems, highlight));

  const { commands, canConnectNow } = useCommands(history.present, history.edit, flow.select);
  const selectedStage =
    flow.selection.stageIds.size === 1
      ? shown.stages.find((stage) => flow.selection.stageIds.has(stage.id))
      : undefined;
  const { focusStage, reveal } = useStageFocus(flow.select, selectedStage?.id);
  // a new object per auto-layout: the canvas then fits the whole process in view
  const [fitRequest, setFitRequest] = useState<object | null>(null);
  const layOut = () => {
    commands.layout(measuredSizes(flow.nodes));
    setFitRequest({});
  };
  const blocker = publishBlocker({
    editable: editable && version === null,
    saveState: autosave.state,
    checking: problems.checking,
    problemCount: problems.list.length,
    changed: latest.changed,
  });
  return {
    source,
    process,
    history,
    editable,
    readOnly,
    autosave,
    problems,
    latest,
    publishBlocker: blocker,
    version,
    setVersion,
    highlight,
    setHighlight,
    flow,
    commands,
    canConnect: canConnectNow,
    focusStage,
    reveal,
    fitRequest,
    layOut,
    selectedStage,
  };
}

export type DesignerModel = ReturnType<typeof useDesigner>;

/**
 * Which stage the canvas keeps in view: the selected one (so a new or tapped stage is never left under the
 * panel), zoomed in to be readable when it was focused from the problems list.
 */
function useStageFocus(select: (ids: ReadonlySet<string>) => void, selectedId: string | undefined) {
  const [focused, setFocused] = useState<RevealRequest | null>(null);
  const focusStage = useCallback(
    (stageId: string) => {
      select(new Set([stageId]));
      setFocused({ stageId, readable: true });
    },
    [select],
  );
  const selected = useMemo<RevealRequest | null>(
    () => (selectedId ? { stageId: selectedId, readable: false } : null),
    [selectedId],
  );
  const reveal = focused && focused.stageId === selectedId ? focused : selected;
  return { focusStage, reveal };
}
