import { describe, expect, it } from 'vitest';
import { type PaneRect, revealShift } from './stage-reveal';

const area: PaneRect = { left: 0, top: 0, right: 600, bottom: 400 };
const card = (left: number, top: number, width = 240, height = 80): PaneRect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('revealShift', () => {
  it.each([
    ['inside: no pan', card(100, 100), { x: 0, y: 0 }],
    ['right of the area (under a side panel)', card(700, 100), { x: -372, y: 0 }],
    ['above and left', card(-300, -50), { x: 332, y: 82 }],
    ['below', card(100, 390), { x: 0, y: -102 }],
    ['wider than the area: centred', card(900, 100, 700), { x: -950, y: 0 }],
  ])('%s', (_name, rect, expected) => {
    expect(revealShift(rect, area, null, 32)).toEqual(expected);
  });

  const palette: PaneRect = { left: 0, top: 0, right: 250, bottom: 200 };
  it.each([
    ['clear of the palette: no pan', card(300, 100), { x: 0, y: 0 }],
    ['under the palette: beside it', card(40, 60), { x: 226, y: 0 }],
    ['under the palette, no room beside it: below it', card(40, 60, 340), { x: 0, y: 156 }],
  ])('%s', (_name, rect, expected) => {
    expect(revealShift(rect, area, palette, 32)).toEqual(expected);
  });
});
