import { useReactFlow } from '@xyflow/react';
import { type RefObject, useCallback } from 'react';
import { defaultStageSize } from '../editing/auto-layout';
import type { StageEdge, StageNode } from './flow-elements';
import { revealShift } from './stage-reveal';

/** Where the palette column sits in the canvas, in pane pixels; null when there is none (read-only). */
function toolsRect(box: HTMLElement | null, bounds: DOMRect) {
  const tools = box?.querySelector('.designer-tools')?.getBoundingClientRect();
  if (!tools) return null;
  return {
    left: tools.left - bounds.left,
    top: tools.top - bounds.top,
    right: tools.right - bounds.left,
    bottom: tools.bottom - bounds.top,
  };
}

/** The least zoom a focused stage is shown at (a problem clicked while the whole process is zoomed out). */
const readableZoom = 0.75;
const panDuration = 250;

/**
 * Pans the canvas so a stage's card is fully in the part of the canvas not covered by `coverWidth` px on the
 * right (the stage panel floating over it); `readable` also zooms in when the cards are too small to read.
 */
export function useStageReveal(box: RefObject<HTMLElement | null>, coverWidth: number) {
  const { getNode, getViewport, setViewport } = useReactFlow<StageNode, StageEdge>();
  return useCallback(
    (stageId: string, readable = false) => {
      const node = getNode(stageId);
      const bounds = box.current?.getBoundingClientRect();
      if (!node || !bounds) return;
      const area = { left: 0, top: 0, right: Math.max(bounds.width - coverWidth, 0), bottom: bounds.height };
      const viewport = getViewport();
      const zoom = readable ? Math.max(viewport.zoom, readableZoom) : viewport.zoom;
      // the viewport as it would be at the new zoom, keeping the card's top-left where it is on screen
      const x = viewport.x + node.position.x * (viewport.zoom - zoom);
      const y = viewport.y + node.position.y * (viewport.zoom - zoom);
      const width = (node.measured?.width ?? defaultStageSize.width) * zoom;
      const height = (node.measured?.height ?? defaultStageSize.height) * zoom;
      const left = x + node.position.x * zoom;
      const top = y + node.position.y * zoom;
      const card = { left, top, right: left + width, bottom: top + height };
      const shift = revealShift(card, area, toolsRect(box.current, bounds));
      if (shift.x === 0 && shift.y === 0 && zoom === viewport.zoom) return;
      void setViewport({ x: x + shift.x, y: y + shift.y, zoom }, { duration: panDuration });
    },
    [box, coverWidth, getNode, getViewport, setViewport],
  );
}
