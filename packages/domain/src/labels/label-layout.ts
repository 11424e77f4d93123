import { labelDesign, type MmBox, minQrModuleMm } from './label-design';
import { qrQuietZoneModules } from './qr-capacity';

/** A printable page of labels, every length in millimetres. A thermal roll is a page the size of one label. */
export interface LabelLayout {
  pageWidthMm: number;
  pageHeightMm: number;
  labelWidthMm: number;
  labelHeightMm: number;
  columns: number;
  rows: number;
  marginTopMm: number;
  marginLeftMm: number;
  gapXMm: number;
  gapYMm: number;
}

export type LabelLayoutField = keyof LabelLayout;

export type LabelLayoutFaultCode =
  | 'LABEL_LAYOUT_BAD_NUMBER'
  | 'LABEL_LAYOUT_BAD_GRID'
  | 'LABEL_LAYOUT_DOES_NOT_FIT'
  | 'LABEL_QR_TOO_SMALL';

/** What an owner must be told about a layout: the code, the JSON pointer of the field, the numbers. */
export interface LabelLayoutFault {
  code: LabelLayoutFaultCode;
  path: `/${LabelLayoutField}`;
  values: Record<string, number>;
}

/** Bounds of the numbers: a label under 10 mm cannot carry a readable QR; nothing we print is a metre wide. */
export const labelLayoutLimits = {
  sizeMm: { min: 10, max: 1000 },
  spacingMm: { min: 0, max: 500 },
  grid: { min: 1, max: 50 },
} as const;

const sizeFields = ['pageWidthMm', 'pageHeightMm', 'labelWidthMm', 'labelHeightMm'] as const;
const spacingFields = ['marginTopMm', 'marginLeftMm', 'gapXMm', 'gapYMm'] as const;
const gridFields = ['columns', 'rows'] as const;
// Millimetre sums of decimals such as 3 * 63.5 + 2 * 2.5 must not fail on float rounding.
const epsilonMm = 1e-6;

function numberFault(layout: LabelLayout): LabelLayoutFault | null {
  const ranges = [
    ...sizeFields.map((field) => [field, labelLayoutLimits.sizeMm] as const),
    ...spacingFields.map((field) => [field, labelLayoutLimits.spacingMm] as const),
  ];
  for (const [field, { min, max }] of ranges) {
    const value = layout[field];
    if (!Number.isFinite(value) || value < min || value > max)
      return { code: 'LABEL_LAYOUT_BAD_NUMBER', path: `/${field}`, values: { value, min, max } };
  }
  for (const field of gridFields) {
    const value = layout[field];
    const { min, max } = labelLayoutLimits.grid;
    if (!Number.isInteger(value) || value < min || value > max)
      return { code: 'LABEL_LAYOUT_BAD_GRID', path: `/${field}`, values: { value, min, max } };
  }
  return null;
}

/** Millimetres the labels take along one axis: margin + n labels + (n - 1) gaps. */
const extentMm = (margin: number, count: number, size: number, gap: number) =>
  margin + count * size + (count - 1) * gap;

function fitFault(layout: LabelLayout): LabelLayoutFault | null {
  const width = extentMm(layout.marginLeftMm, layout.columns, layout.labelWidthMm, layout.gapXMm);
  if (width > layout.pageWidthMm + epsilonMm)
    return {
      code: 'LABEL_LAYOUT_DOES_NOT_FIT',
      path: '/columns',
      values: { neededMm: round2(width), pageMm: layout.pageWidthMm },
    };
  const height = extentMm(layout.marginTopMm, layout.rows, layout.labelHeightMm, layout.gapYMm);
  if (height > layout.pageHeightMm + epsilonMm)
    return {
      code: 'LABEL_LAYOUT_DOES_NOT_FIT',
      path: '/rows',
      values: { neededMm: round2(height), pageMm: layout.pageHeightMm },
    };
  return null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The module size in mm of a QR of `qrModules` modules drawn in this layout's label design. */
export function qrModuleMm(layout: LabelLayout, qrModules: number): number {
  return labelDesign(layout).qr.width / (qrModules + 2 * qrQuietZoneModules);
}

/**
 * The first thing wrong with a layout, or null: numbers out of range, a grid that is not 1..50, labels that
 * overflow the page, or a QR of `qrModules` modules whose modules would print under 0.4 mm (phones miss them).
 */
export function labelLayoutFault(layout: LabelLayout, qrModules: number): LabelLayoutFault | null {
  const fault = numberFault(layout) ?? fitFault(layout);
  if (fault) return fault;
  const moduleMm = qrModuleMm(layout, qrModules);
  if (moduleMm < minQrModuleMm)
    return {
      code: 'LABEL_QR_TOO_SMALL',
      path: layout.labelWidthMm < layout.labelHeightMm ? '/labelWidthMm' : '/labelHeightMm',
      values: {
        moduleMm: Math.floor(moduleMm * 100) / 100,
        minModuleMm: minQrModuleMm,
        qrSideMm: round2(labelDesign(layout).qr.width),
        neededSideMm: round2(minQrModuleMm * (qrModules + 2 * qrQuietZoneModules)),
      },
    };
  return null;
}

export function labelsPerPage(layout: LabelLayout): number {
  return layout.columns * layout.rows;
}

/** The labels of one page in print order (row by row, left to right), in mm from the page's top left. */
export function labelCells(layout: LabelLayout): MmBox[] {
  const cells: MmBox[] = [];
  for (let row = 0; row < layout.rows; row++)
    for (let column = 0; column < layout.columns; column++)
      cells.push({
        x: layout.marginLeftMm + column * (layout.labelWidthMm + layout.gapXMm),
        y: layout.marginTopMm + row * (layout.labelHeightMm + layout.gapYMm),
        width: layout.labelWidthMm,
        height: layout.labelHeightMm,
      });
  return cells;
}
