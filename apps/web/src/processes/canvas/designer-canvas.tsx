import '@xyflow/react/dist/style.css';
import './designer-canvas.css';
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
import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import type { DesignerCommands } from '../designer/designer-commands';
import { CanvasActionsContext } from './canvas-context';
import { useCanvasAriaLabels } from './canvas-labels';
import type { StageEdge, StageNode } from './flow-elements';
import { NewStageMenu } from './new-stage-menu';
import { minimapColors } from './stage-kinds';
import { nodeTypes } from './stage-node';
import { StagePalette } from './stage-palette';
import { useCanvasAdding } from './use-canvas-adding';
import type { useFlowElements } from './use-flow-elements';

interface DesignerCanvasProps {
  flow: ReturnType<typeof useFlowElements>;
  readOnly: boolean;
  commands: DesignerCommands;
  canConnect: (source: string, target: string) => boolean;
  /** Panels over the canvas: the selection toolbar, banners. */
  children?: ReactNode;
}

const defaultEdgeOptions = { type: 'smoothstep', markerEnd: { type: MarkerType.ArrowClosed } };
const minimapColor = (node: StageNode) => minimapColors[node.data.stage.kind];
const fitViewOptions = { maxZoom: 1 };
const boxStyle = { position: 'relative', width: '100%', height: '100%' } as const;

/** The process graph: stage cards, arrows, palette, minimap and zoom controls. */
export function DesignerCanvas({ flow, readOnly, commands, canConnect, children }: DesignerCanvasProps) {
  const ariaLabels = useCanvasAriaLabels();
  const box = useRef<HTMLDivElement>(null);
  const adding = useCanvasAdding(commands, readOnly, box);
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
        ref={box}
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
          fitViewOptions={fitViewOptions}
          minZoom={0.1}
          ariaLabelConfig={ariaLabels}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
          <MiniMap<StageNode> nodeColor={minimapColor} pannable zoomable />
          {!readOnly && (
            <Panel position="top-left">
              <StagePalette onAdd={adding.addInView} />
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
