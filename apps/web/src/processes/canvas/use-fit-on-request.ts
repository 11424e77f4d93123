import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect, useRef } from 'react';

/** Room kept clear of cards when fitting: the palette's column on the left, a floating panel on the right. */
export interface FitRoom {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Below this, stage names cannot be read: a long process is shown from its start instead of whole. */
const readableZoom = 0.5;
const fitDuration = 300;

/** Pixel padding for React Flow's fitView (its plain numbers would be fractions of the canvas). */
export function fitViewOptions(room: FitRoom) {
  const px = (value: number) => `${value}px` as const;
  return {
    maxZoom: 1,
    padding: { top: px(room.top), right: px(room.right), bottom: px(room.bottom), left: px(room.left) },
  };
}

/**
 * Fits every stage into the part of the canvas left clear, once the request's edit has reached React Flow;
 * when that would make the cards too small to read, shows the selected stage (or the process's left end)
 * at a readable zoom instead.
 */
export function useFitOnRequest(
  request: object | null,
  box: RefObject<HTMLElement | null>,
  room: FitRoom,
  selectedId: string | null,
) {
  const { fitView, getNode, getNodes, getNodesBounds, setViewport } = useReactFlow();
  const latestRoom = useRef(room);
  latestRoom.current = room;
  const latestSelected = useRef(selectedId);
  latestSelected.current = selectedId;
  useEffect(() => {
    if (!request) return;
    const frame = requestAnimationFrame(() => {
      const clear = latestRoom.current;
      const size = box.current?.getBoundingClientRect();
      const bounds = getNodesBounds(getNodes());
      if (!size || bounds.width === 0) return;
      const width = size.width - clear.left - clear.right;
      const height = size.height - clear.top - clear.bottom;
      const fitZoom = Math.min(width / bounds.width, height / bounds.height, 1);
      if (fitZoom >= readableZoom) {
        void fitView({ ...fitViewOptions(clear), duration: fitDuration });
        return;
      }
      const zoom = readableZoom;
      const selected = latestSelected.current ? getNode(latestSelected.current) : undefined;
      const top = clear.top + Math.max((height - bounds.height * zoom) / 2, 0);
      const x = selected
        ? clear.left + (width - (selected.measured?.width ?? 0) * zoom) / 2 - selected.position.x * zoom
        : clear.left - bounds.x * zoom;
      void setViewport({ zoom, x, y: top - bounds.y * zoom }, { duration: fitDuration });
    });
    return () => cancelAnimationFrame(frame);
  }, [request, box, fitView, getNode, getNodes, getNodesBounds, setViewport]);
}
