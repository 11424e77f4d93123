import { type LabelDesign, type LabelLayout, labelCells, labelDesign, type MmBox } from '@nguon/domain';

/** What the preview draws for one layout, in millimetres: the page, its label cells and one label's design. */
export interface LabelPreviewGeometry {
  page: { width: number; height: number };
  cells: MmBox[];
  design: LabelDesign;
  /** Cells reaching past the page edge: drawn, and marked, so the owner sees where the sheet overflows. */
  overflowing: number[];
}

const maxCells = 50 * 50;

const positive = (value: number) => Number.isFinite(value) && value > 0;
const nonNegative = (value: number) => Number.isFinite(value) && value >= 0;

/** Null while the typed numbers cannot be drawn (empty, zero, negative or an absurd grid); else the geometry. */
export function labelPreviewGeometry(layout: LabelLayout): LabelPreviewGeometry | null {
  const sizes = [layout.pageWidthMm, layout.pageHeightMm, layout.labelWidthMm, layout.labelHeightMm];
  const spacings = [layout.marginTopMm, layout.marginLeftMm, layout.gapXMm, layout.gapYMm];
  const grid = [layout.columns, layout.rows];
  if (!sizes.every(positive) || !spacings.every(nonNegative)) return null;
  if (!grid.every((n) => Number.isInteger(n) && n >= 1) || layout.columns * layout.rows > maxCells)
    return null;
  const cells = labelCells(layout);
  // a hundredth of a millimetre of float rounding is not an overflow
  const tolerance = 0.01;
  const overflowing = cells.flatMap((cell, index) =>
    cell.x + cell.width > layout.pageWidthMm + tolerance ||
    cell.y + cell.height > layout.pageHeightMm + tolerance
      ? [index]
      : [],
  );
  return {
    page: { width: layout.pageWidthMm, height: layout.pageHeightMm },
    cells,
    design: labelDesign(layout),
    overflowing,
  };
}

/** FNV-1a: a stable seed from the sample URL, so the placeholder pattern does not flicker between renders. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash || 1;
}

function isFinderModule(row: number, column: number, size: number): boolean | null {
  const corners: [number, number][] = [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ];
  for (const [top, left] of corners) {
    const r = row - top;
    const c = column - left;
    if (r >= -1 && r <= 7 && c >= -1 && c <= 7) {
      if (r < 0 || r > 6 || c < 0 || c > 6) return false;
      const ring = Math.min(r, c, 6 - r, 6 - c);
      return ring !== 1;
    }
  }
  return null;
}

/** The dark modules of a QR-like placeholder of `size` modules: real finder squares, random-looking data. */
export function placeholderQrModules(text: string, size: number): boolean[][] {
  let state = seedOf(text);
  const next = () => {
    // xorshift32: cheap and deterministic; this is a drawing, not a code
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % 2 === 0;
  };
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (__, column) => isFinderModule(row, column, size) ?? next()),
  );
}

/** One SVG path for the dark modules, one unit per module; runs along a row merge into one rectangle. */
export function modulesPath(modules: boolean[][]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if ((!dark || x === row.length - 1) && start >= 0) {
        const end = dark ? x + 1 : x;
        parts.push(`M${start} ${y}h${end - start}v1h${start - end}z`);
        start = -1;
      }
    });
  });
  return parts.join('');
}
