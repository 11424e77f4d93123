/** A rectangle in canvas-pane pixels. */
export interface PaneRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PanShift {
  x: number;
  y: number;
}

/** A stage to bring into view; a new object each time, so focusing the same stage twice pans twice. */
export interface RevealRequest {
  stageId: string;
  /** Also zoom in when the cards are too small to read. */
  readable: boolean;
}

/** Room left around a revealed card: its "+" button sticks out 38 px on the right. */
export const revealMargin = 48;

function shiftAlong(start: number, end: number, areaStart: number, areaEnd: number, margin: number): number {
  const room = areaEnd - areaStart - 2 * margin;
  if (end - start > room) return (areaStart + areaEnd) / 2 - (start + end) / 2;
  if (start < areaStart + margin) return areaStart + margin - start;
  if (end > areaEnd - margin) return areaEnd - margin - end;
  return 0;
}

const overlap = (a: PaneRect, b: PaneRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * How far to pan so `card` lies inside `area` (the part of the canvas no panel covers) and clear of
 * `obstacle` (the palette in its corner): not at all when it already does, just enough when it is near,
 * centred when it cannot fit.
 */
export function revealShift(
  card: PaneRect,
  area: PaneRect,
  obstacle: PaneRect | null = null,
  margin = revealMargin,
): PanShift {
  const x = shiftAlong(card.left, card.right, area.left, area.right, margin);
  const y = shiftAlong(card.top, card.bottom, area.top, area.bottom, margin);
  const moved = { left: card.left + x, right: card.right + x, top: card.top + y, bottom: card.bottom + y };
  if (!obstacle || !overlap(moved, obstacle)) return { x, y };
  // beside the obstacle when there is room on its right, under it otherwise
  const besideX = x + obstacle.right + margin / 2 - moved.left;
  if (moved.right + besideX - x <= area.right - margin) return { x: besideX, y };
  return { x, y: y + obstacle.bottom + margin / 2 - moved.top };
}
