import { builtInLabelLayouts, type LabelLayout } from '@nguon/domain';
import { describe, expect, it } from 'vitest';
import { labelPreviewGeometry, modulesPath, placeholderQrModules } from './label-preview-geometry';

const sheet = (key: string): LabelLayout => {
  const found = builtInLabelLayouts.find((entry) => entry.key === key);
  if (!found) throw new Error(`no built-in layout ${key}`);
  return found.layout;
};

describe('labelPreviewGeometry', () => {
  it('draws every cell of a sheet inside the page, row by row', () => {
    const geometry = labelPreviewGeometry(sheet('a4-3x7-63.5x38.1'));
    expect(geometry?.cells).toHaveLength(21);
    expect(geometry?.cells[1]).toMatchObject({ x: 7.25 + 63.5 + 2.5, y: 15.15, width: 63.5, height: 38.1 });
    expect(geometry?.cells[3]?.y).toBeCloseTo(15.15 + 38.1);
    expect(geometry?.overflowing).toEqual([]);
  });

  it('marks the cells past the page edge when the grid does not fit', () => {
    const layout = { ...sheet('a4-3x7-63.5x38.1'), columns: 4 };
    const geometry = labelPreviewGeometry(layout);
    expect(geometry?.overflowing).toEqual([3, 7, 11, 15, 19, 23, 27]);
  });

  it('a thermal roll is one cell the size of the page', () => {
    const geometry = labelPreviewGeometry(sheet('roll-50x30'));
    expect(geometry?.page).toEqual({ width: 50, height: 30 });
    expect(geometry?.cells).toEqual([{ x: 0, y: 0, width: 50, height: 30 }]);
    expect(geometry?.design.arrangement).toBe('beside');
  });

  it.each([
    ['an empty width', { labelWidthMm: Number.NaN }],
    ['a zero height', { pageHeightMm: 0 }],
    ['a negative gap', { gapXMm: -1 }],
    ['a fractional column count', { columns: 2.5 }],
    ['a grid over 2,500 cells', { columns: 60, rows: 60 }],
  ])('draws nothing for %s', (_, patch) => {
    expect(labelPreviewGeometry({ ...sheet('a4-3x7-63.5x38.1'), ...patch })).toBeNull();
  });
});

describe('placeholder QR', () => {
  it('has the three finder squares and is the same for the same text', () => {
    const modules = placeholderQrModules('https://x.vn/q/7KQM3XWP9D2FH', 29);
    expect(modules).toHaveLength(29);
    // finder: dark outer ring, light ring, dark 3x3 core, light separator
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => modules[0]?.[c])).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(modules[1]?.[1]).toBe(false);
    expect(modules[3]?.[3]).toBe(true);
    expect(modules[28]?.[0]).toBe(true);
    expect(modules[0]?.[28]).toBe(true);
    expect(placeholderQrModules('https://x.vn/q/7KQM3XWP9D2FH', 29)).toEqual(modules);
    expect(placeholderQrModules('https://x.vn/q/other', 29)).not.toEqual(modules);
  });

  it('merges a run of dark modules into one rectangle', () => {
    expect(modulesPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });
});
