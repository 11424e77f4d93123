import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { builtInLabelLayouts } from './built-in-label-layouts';
import { labelDesign, type MmBox, minQrModuleMm, qrTextGapMm } from './label-design';
import { type LabelLayout, labelCells, labelLayoutFault, labelsPerPage, qrModuleMm } from './label-layout';
import { qrModuleCount } from './qr-capacity';

const sheet: LabelLayout = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  labelWidthMm: 63.5,
  labelHeightMm: 38.1,
  columns: 3,
  rows: 7,
  marginTopMm: 15.15,
  marginLeftMm: 7.25,
  gapXMm: 2.5,
  gapYMm: 0,
};
// The longest URL printed: a host, then /01/{gtin}/10/{20-char lot}/21/{13-char serial}.
const longestUrl = 'https://truyxuat.example.vn/01/08938500000010/10/ABCDEFGHIJ0123456789/21/7KQM3XWP9D2FH';
const modules = qrModuleCount(longestUrl) ?? 0;

describe('labelLayoutFault', () => {
  it.each<[string, Partial<LabelLayout>, string | null, string | null]>([
    ['a valid sheet', {}, null, null],
    ['a zero label width', { labelWidthMm: 0 }, 'LABEL_LAYOUT_BAD_NUMBER', '/labelWidthMm'],
    ['a negative margin', { marginTopMm: -1 }, 'LABEL_LAYOUT_BAD_NUMBER', '/marginTopMm'],
    ['an absurd page', { pageHeightMm: 1e6 }, 'LABEL_LAYOUT_BAD_NUMBER', '/pageHeightMm'],
    ['a NaN gap', { gapXMm: Number.NaN }, 'LABEL_LAYOUT_BAD_NUMBER', '/gapXMm'],
    ['a fractional column count', { columns: 2.5 }, 'LABEL_LAYOUT_BAD_GRID', '/columns'],
    ['zero rows', { rows: 0 }, 'LABEL_LAYOUT_BAD_GRID', '/rows'],
    ['51 rows', { rows: 51 }, 'LABEL_LAYOUT_BAD_GRID', '/rows'],
    ['one column too many', { columns: 4 }, 'LABEL_LAYOUT_DOES_NOT_FIT', '/columns'],
    ['a top margin pushing the last row off', { marginTopMm: 31 }, 'LABEL_LAYOUT_DOES_NOT_FIT', '/rows'],
    ['a gap pushing the last column off', { gapXMm: 10 }, 'LABEL_LAYOUT_DOES_NOT_FIT', '/columns'],
    ['exactly the page (float sums)', { marginLeftMm: 14.5 }, null, null],
    ['a label too short for the QR', { labelHeightMm: 15 }, 'LABEL_QR_TOO_SMALL', '/labelHeightMm'],
    [
      'a label too narrow for the QR',
      { labelWidthMm: 12, labelHeightMm: 30 },
      'LABEL_QR_TOO_SMALL',
      '/labelWidthMm',
    ],
  ])('%s', (_name, change, code, path) => {
    const fault = labelLayoutFault({ ...sheet, ...change }, modules);
    expect(fault?.code ?? null).toBe(code);
    expect(fault?.path ?? null).toBe(path);
  });

  it('names the numbers an owner needs', () => {
    expect(labelLayoutFault({ ...sheet, columns: 4 }, modules)?.values).toEqual({
      neededMm: 268.75,
      pageMm: 210,
    });
    const small = labelLayoutFault({ ...sheet, labelHeightMm: 15 }, modules)?.values;
    expect(small?.minModuleMm).toBe(0.4);
    expect(small?.moduleMm).toBeLessThan(0.4);
    expect(small?.neededSideMm).toBe(0.4 * (modules + 8));
  });
});

describe('built-in layouts', () => {
  it.each(builtInLabelLayouts.map((entry) => [entry.key, entry.layout] as const))(
    '%s is valid',
    (_key, layout) => {
      expect(labelLayoutFault(layout, modules)).toBeNull();
      expect(qrModuleMm(layout, modules)).toBeGreaterThanOrEqual(minQrModuleMm);
    },
  );

  it('has unique keys and thermal rolls of one label a page', () => {
    expect(new Set(builtInLabelLayouts.map((entry) => entry.key)).size).toBe(builtInLabelLayouts.length);
    const rolls = builtInLabelLayouts.filter((entry) => entry.key.startsWith('roll-'));
    expect(rolls.map((entry) => labelsPerPage(entry.layout))).toEqual([1, 1]);
  });
});

describe('labelCells', () => {
  it('lists the labels row by row, left to right', () => {
    const cells = labelCells(sheet);
    expect(cells).toHaveLength(labelsPerPage(sheet));
    expect(cells[0]).toEqual({ x: 7.25, y: 15.15, width: 63.5, height: 38.1 });
    expect(cells[1]?.x).toBeCloseTo(7.25 + 63.5 + 2.5);
    expect(cells[3]).toMatchObject({ x: 7.25 });
    expect(cells[3]?.y).toBeCloseTo(15.15 + 38.1);
    const last = cells[20];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(210);
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(297);
  });
});

const inside = (box: MmBox, width: number, height: number) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 1e-9 && box.y + box.height <= height + 1e-9;

describe('labelDesign', () => {
  it.each<[string, number, number, string]>([
    ['wide sheet label', 63.5, 38.1, 'beside'],
    ['thermal 50 x 30', 50, 30, 'beside'],
    ['thermal 40 x 25', 40, 25, 'qrOnly'],
    ['tall tag', 30, 60, 'below'],
    ['square 20 mm', 20, 20, 'qrOnly'],
  ])(
    '%s: %s x %s mm -> %s, inside the label, text 3 mm from the modules',
    (_n, width, height, arrangement) => {
      const design = labelDesign({ labelWidthMm: width, labelHeightMm: height });
      expect(design.arrangement).toBe(arrangement);
      expect(inside(design.qr, width, height)).toBe(true);
      const quietZone = 4 * minQrModuleMm;
      for (const line of [design.name, design.code, design.scanHintVi, design.scanHintEn]) {
        if (!line) continue;
        expect(inside(line, width, height)).toBe(true);
        const gap =
          arrangement === 'beside'
            ? line.x - (design.qr.x + design.qr.width)
            : line.y - (design.qr.y + design.qr.height);
        expect(gap + quietZone).toBeGreaterThanOrEqual(qrTextGapMm - 1e-9);
      }
    },
  );

  it('keeps the code before the name when room runs out', () => {
    const design = labelDesign({ labelWidthMm: 38.1, labelHeightMm: 12 });
    expect(design.code).not.toBeNull();
  });
});

describe('qrModuleCount', () => {
  it('matches the qrcode library in byte mode at level M for 1..300 bytes', () => {
    for (let length = 1; length <= 300; length++) {
      const text = 'https://x.vn/01/'.concat('7KQM3XWP9D2FH'.repeat(25)).slice(0, length);
      const symbol = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
        errorCorrectionLevel: 'M',
      });
      expect(qrModuleCount(text), `length ${length}`).toBe(symbol.modules.size);
    }
  });

  it('counts UTF-8 bytes and refuses what no version holds', () => {
    expect(qrModuleCount('ể'.repeat(4))).toBe(21);
    expect(qrModuleCount('ể'.repeat(5))).toBe(25);
    expect(qrModuleCount('x'.repeat(2331))).toBe(177);
    expect(qrModuleCount('x'.repeat(2332))).toBeNull();
  });
});
