import type { LabelLayout } from './label-layout';

export interface BuiltInLabelLayout {
  key: string;
  name: { vi: string; en: string };
  layout: LabelLayout;
}

const a4 = { pageWidthMm: 210, pageHeightMm: 297 } as const;

/** One label per page, as thermal printers take it: the page is the label. */
const roll = (labelWidthMm: number, labelHeightMm: number): LabelLayout => ({
  pageWidthMm: labelWidthMm,
  pageHeightMm: labelHeightMm,
  labelWidthMm,
  labelHeightMm,
  columns: 1,
  rows: 1,
  marginTopMm: 0,
  marginLeftMm: 0,
  gapXMm: 0,
  gapYMm: 0,
});

/**
 * Common A4 label sheets (dimensions of the usual 24-, 40-, 14-, 21- and 65-up sheets, margins centring the grid)
 * and thermal rolls. Each keeps QR modules >= 0.4 mm for the longest URL we print (see the test).
 */
export const builtInLabelLayouts: readonly BuiltInLabelLayout[] = [
  {
    key: 'a4-3x8-70x37',
    name: { vi: 'A4, 24 tem 70 × 37 mm (3 × 8)', en: 'A4, 24 labels 70 × 37 mm (3 × 8)' },
    layout: {
      ...a4,
      labelWidthMm: 70,
      labelHeightMm: 37,
      columns: 3,
      rows: 8,
      marginTopMm: 0.5,
      marginLeftMm: 0,
      gapXMm: 0,
      gapYMm: 0,
    },
  },
  {
    key: 'a4-4x10-48.5x25.4',
    name: { vi: 'A4, 40 tem 48,5 × 25,4 mm (4 × 10)', en: 'A4, 40 labels 48.5 × 25.4 mm (4 × 10)' },
    layout: {
      ...a4,
      labelWidthMm: 48.5,
      labelHeightMm: 25.4,
      columns: 4,
      rows: 10,
      marginTopMm: 21.5,
      marginLeftMm: 8,
      gapXMm: 0,
      gapYMm: 0,
    },
  },
  {
    key: 'a4-2x7-99.1x38.1',
    name: { vi: 'A4, 14 tem 99,1 × 38,1 mm (2 × 7)', en: 'A4, 14 labels 99.1 × 38.1 mm (2 × 7)' },
    layout: {
      ...a4,
      labelWidthMm: 99.1,
      labelHeightMm: 38.1,
      columns: 2,
      rows: 7,
      marginTopMm: 15.15,
      marginLeftMm: 4.65,
      gapXMm: 2.5,
      gapYMm: 0,
    },
  },
  {
    key: 'a4-3x7-63.5x38.1',
    name: { vi: 'A4, 21 tem 63,5 × 38,1 mm (3 × 7)', en: 'A4, 21 labels 63.5 × 38.1 mm (3 × 7)' },
    layout: {
      ...a4,
      labelWidthMm: 63.5,
      labelHeightMm: 38.1,
      columns: 3,
      rows: 7,
      marginTopMm: 15.15,
      marginLeftMm: 7.25,
      gapXMm: 2.5,
      gapYMm: 0,
    },
  },
  {
    key: 'a4-5x13-38.1x21.2',
    name: { vi: 'A4, 65 tem 38,1 × 21,2 mm (5 × 13)', en: 'A4, 65 labels 38.1 × 21.2 mm (5 × 13)' },
    layout: {
      ...a4,
      labelWidthMm: 38.1,
      labelHeightMm: 21.2,
      columns: 5,
      rows: 13,
      marginTopMm: 10.7,
      marginLeftMm: 4.75,
      gapXMm: 2.5,
      gapYMm: 0,
    },
  },
  {
    key: 'roll-50x30',
    name: { vi: 'Cuộn nhiệt, tem 50 × 30 mm', en: 'Thermal roll, 50 × 30 mm labels' },
    layout: roll(50, 30),
  },
  {
    key: 'roll-40x25',
    name: { vi: 'Cuộn nhiệt, tem 40 × 25 mm', en: 'Thermal roll, 40 × 25 mm labels' },
    layout: roll(40, 25),
  },
];
