import type { StageKind } from '@nguon/domain';
import { type FinalConnectionState, useReactFlow } from '@xyflow/react';
import { type DragEvent, type RefObject, useCallback, useState } from 'react';
import type { DesignerCommands, StageLink } from '../editing/designer-commands';
import { draggedStageKind } from './stage-palette';

/** A connection dropped on empty canvas, waiting for the person to pick the new stage's kind. */
export interface PendingStage {
  link: StageLink;
  at: { x: number; y: number };
  /** Where the menu shows, relative to the canvas box. */
  left: number;
  top: number;
}

const cardWidth = 240;
const cardHalfHeight = 36;

/** The ways of adding a stage on the canvas: dropping a palette item, tapping one, or dropping a connection. */
export function useCanvasAdding(
  commands: DesignerCommands,
  readOnly: boolean,
  box: RefObject<HTMLDivElement | null>,
  coverWidth: number,
) {
  const { screenToFlowPosition } = useReactFlow();
  const [pending, setPending] = useState<PendingStage | null>(null);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const bounds = box.current?.getBoundingClientRect();
      if (readOnly || connection.isValid || connection.toNode || !connection.fromNode || !point || !bounds)
        return;
      const side = connection.fromHandle?.type === 'target' ? 'before' : 'after';
      const at = screenToFlowPosition({ x: point.clientX, y: point.clientY });
      setPending({
        link: { stageId: connection.fromNode.id, side },
        at: { x: side === 'after' ? at.x : at.x - cardWidth, y: at.y - cardHalfHeight },
        left: point.clientX - bounds.left,
        top: point.clientY - bounds.top,
      });
    },
    [readOnly, screenToFlowPosition, box],
  );

  const onDragOver = (event: DragEvent) => {
    if (readOnly) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };

  const onDrop = (event: DragEvent) => {
    const kind = draggedStageKind(event);
    if (readOnly || !kind) return;
    event.preventDefault();
    const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    commands.addStageAt(kind, { x: at.x - cardWidth / 2, y: at.y - cardHalfHeight });
  };

  const addInView = (kind: StageKind) => {
    const bounds = box.current?.getBoundingClientRect();
    // the middle of what is not under the floating stage panel
    const centre = bounds
      ? screenToFlowPosition({
          x: bounds.left + Math.max(bounds.width - coverWidth, 0) / 2,
          y: bounds.top + bounds.height / 2,
        })
      : { x: 0, y: 0 };
    commands.addStageNear(kind, { x: centre.x - cardWidth / 2, y: centre.y - cardHalfHeight });
  };

  const pick = (kind: StageKind) => {
    if (pending) commands.addLinkedStage(kind, pending.at, pending.link);
    setPending(null);
  };

  return { pending, onConnectEnd, onDragOver, onDrop, addInView, pick, closeMenu: () => setPending(null) };
}
