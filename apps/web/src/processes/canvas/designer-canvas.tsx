import '@xyflow/react/dist/style.css';
import './designer-canvas.css';
import { useElementSize } from '@mantine/hooks';
import {
  Background,
  type Connection,
  Controls,
  type Edge,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
} from '@xyflow/react';
import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import type { DesignerCommands } from '../editing/designer-commands';
import { CanvasActionsContext } from './canvas-context';
import { useCanvasAriaLabels } from './canvas-labels';
import type { StageEdge, StageNode } from './flow-elements';
import { NewStageMenu } from './new-stage-menu';
import { minimapColors } from './stage-kinds';
import { nodeTypes } from './stage-node';
import { StagePalette } from './stage-palette';
import type { RevealRequest } from './stage-reveal';
import { useCanvasAdding } from './use-canvas-adding';
import { fitViewOptions, useFitOnRequest } from './use-fit-on-request';
import type { useFlowElements } from './use-flow-elements';
import { useStageReveal } from './use-stage-reveal';

interface DesignerCanvasProps {
  flow: ReturnType<typeof useFlowElements>;
  readOnly: boolean;
  commands: DesignerCommands;
  canConnect: (source: string, target: string) => boolean;
  /** Width in px of what floats over the canvas's right side (the stage panel on tablets), 0 when nothing. */
  coverWidth: number;
  /** Kept in the uncovered part of the canvas: whenever it changes and whenever the canvas resizes. */
  reveal: RevealRequest | null;
  /** Fits the whole process in view whenever it changes (a new object after auto-layout). */
  fitRequest: object | null;
  /** Under the palette: the selection toolbar, so it never covers the palette or a panel. */
  tools?: ReactNode;
  /** Panels over the canvas: banners. */
  children?: ReactNode;
}

/** The minimap needs this much uncovered width beside the palette and zoom buttons. */
const minimapRoom = 560;

const defaultEdgeOptions = { type: 'smoothstep', markerEnd: { type: MarkerType.ArrowClosed } };
const minimapColor = (node: StageNode) => minimapColors[node.data.stage.kind];
/** Room kept clear of cards when fitting: the palette's column, and a little at every edge. */
const paletteRoom = 264;
const edgeRoom = 24;
const boxStyle = { position: 'relative', width: '100%', height: '100%' } as const;

/** The process graph: stage cards, arrows, palette, minimap and zoom controls. */
export function DesignerCanvas({
  flow,
  readOnly,
  commands,
  canConnect,
  coverWidth,
  reveal,
  fitRequest,
  tools,
  children,
}: DesignerCanvasProps) {
  const ariaLabels = useCanvasAriaLabels();
  const box = useRef<HTMLDivElement>(null);
  const size = useElementSize<HTMLDivElement>();
  const sizeRef = size.ref;
  const setBox = useCallback(
    (element: HTMLDivElement | null) => {
      box.current = element;
      sizeRef(element);
    },
    [sizeRef],
  );
  const adding = useCanvasAdding(commands, readOnly, box, coverWidth);
  useKeptInView(useStageReveal(box, coverWidth), reveal, size.width, size.height);
  const room = useMemo(
    () => ({
      top: edgeRoom,
      bottom: edgeRoom,
      left: readOnly ? edgeRoom : paletteRoom,
      right: coverWidth + edgeRoom,
    }),
    [readOnly, coverWidth],
  );
  const fitOptions = useMemo(() => fitViewOptions(room), [room]);
  useFitOnRequest(fitRequest, box, room, reveal?.stageId ?? null);
  const actions = useMemo(() => ({ readOnly, addNextStage: commands.addNextStage }), [readOnly, commands]);
  const isValidConnection = useCallback(
    (connection: Connection | Edge) => canConnect(connection.source, connection.target),
    [canConnect],
  );
  // stable handlers: React Flow passes them to every node and edge
  const onConnect = useCallback(
    (connection: Connection) => commands.connect(connection.source, connection.target),
    [commands],
  );
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: StageNode, moved: StageNode[]) =>
      commands.moveStages(new Map(moved.map((node) => [node.id, node.position]))),
    [commands],
  );
  return (
    <CanvasActionsContext value={actions}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the palette's drop target; its buttons add stages without dragging */}
      <div
        ref={setBox}
        style={boxStyle}
        onDragOver={adding.onDragOver}
        onDrop={adding.onDrop}
        data-testid="designer-canvas"
      >
        <ReactFlow<StageNode, StageEdge>
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          onNodesChange={flow.onNodesChange}
          onEdgesChange={flow.onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={adding.onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeDragStop={onNodeDragStop}
          onPaneClick={adding.closeMenu}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={null}
          defaultEdgeOptions={defaultEdgeOptions}
          onlyRenderVisibleElements
          fitView
          fitViewOptions={fitOptions}
          minZoom={0.1}
          ariaLabelConfig={ariaLabels}
        >
          <Background gap={24} />
          <Controls showInteractive={false} fitViewOptions={fitOptions} />
          {size.width - coverWidth >= minimapRoom && (
            <MiniMap<StageNode> nodeColor={minimapColor} pannable zoomable style={{ right: coverWidth }} />
          )}
          {!readOnly && (
            <Panel position="top-left" className="designer-tools">
              <StagePalette onAdd={adding.addInView} />
              {tools}
            </Panel>
          )}
          {children}
        </ReactFlow>
        {adding.pending && (
          <NewStageMenu
            left={adding.pending.left}
            top={adding.pending.top}
            onClose={adding.closeMenu}
            onPick={adding.pick}
          />
        )}
      </div>
    </CanvasActionsContext>
  );
}

/** Pans to the requested stage once the canvas has laid out, and again whenever the canvas changes size. */
function useKeptInView(
  revealStage: ReturnType<typeof useStageReveal>,
  request: RevealRequest | null,
  width: number,
  height: number,
) {
  useEffect(() => {
    if (!request || width === 0 || height === 0) return;
    // a frame later: a card added in this render is in React Flow's store by then
    const frame = requestAnimationFrame(() => revealStage(request.stageId, request.readable));
    return () => cancelAnimationFrame(frame);
  }, [revealStage, request, width, height]);
}
