import '@xyflow/react/dist/style.css';
import './trace-graph.css';
import type { GenealogyNode, LotGenealogy } from '@nguon/contracts/client';
import {
  Background,
  Controls,
  type Edge,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { formatQuantity, lotQuantity, useNameOf } from '../lots/lot-text';
import { useCanvasAriaLabels } from '../processes/canvas/canvas-labels';
import { traceGraphOf } from './trace-graph-model';

type LotNode = Node<{ node: GenealogyNode; root: boolean }, 'lot'>;

/** A lot card: code, product, quantity and unit, status (recalled in red), label count. */
function LotCard({ data }: NodeProps<LotNode>) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  const { lot, labelCount } = data.node;
  return (
    <div
      className="trace-lot"
      data-status={lot.status}
      data-root={data.root || undefined}
      data-testid={`trace-node-${lot.code}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="trace-lot-code">{lot.code}</div>
      <div className="trace-lot-line">{nameOf(lot.productName)}</div>
      <div className="trace-lot-line">{formatQuantity(lotQuantity(lot), lot.unit, lang)}</div>
      <div className="trace-lot-line">
        <span className="trace-lot-status">{t(`lots.status.${lot.status}`)}</span> ·{' '}
        {t('trace.node.labels', { count: labelCount })}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

const nodeTypes = { lot: memo(LotCard) };

/** The genealogy as a read-only, auto-laid-out graph; loaded only when shown, so React Flow stays out of the lists. */
export default function TraceGraph({ genealogy, code }: { genealogy: LotGenealogy; code: string }) {
  const t = useT();
  const lang = useLang();
  const ariaLabelConfig = useCanvasAriaLabels();
  const { nodes, edges } = useMemo(() => {
    const graph = traceGraphOf(genealogy);
    const flowNodes: LotNode[] = graph.nodes.map((node) => ({
      id: node.id,
      type: 'lot',
      position: node.position,
      data: { node: node.node, root: node.root },
      draggable: false,
      connectable: false,
    }));
    const flowEdges: Edge[] = graph.edges.map((edge) => {
      const quantity = formatQuantity(edge.quantity, edge.unit, lang);
      return {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.proportional ? t('trace.edge.proportional', { quantity }) : quantity,
        markerEnd: { type: MarkerType.ArrowClosed },
      };
    });
    return { nodes: flowNodes, edges: flowEdges };
  }, [genealogy, lang, t]);
  return (
    <figure className="trace-canvas" aria-label={t('trace.graphAria', { code })} data-testid="trace-graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        ariaLabelConfig={ariaLabelConfig}
        fitView
        minZoom={0.2}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </figure>
  );
}
