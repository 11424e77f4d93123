import { describe, expect, it } from 'vitest';
import { builtInLabelLayouts } from './built-in-label-layouts';
import { labelDesign } from './label-design';
import { fitLabelText, labelTextRuns, labelTextWidthMm, shrinkLabelText } from './label-text-fit';

const longName = 'Chè Shan Tuyết Suối Giàng thượng hạng';

describe('labelTextWidthMm', () => {
  it.each([
    ['mono is 0.6 em a character', '7KQM 3XWP 9D2F H', 'mono', 2, 16 * 0.6 * 2],
    ['an empty text is nothing', '', 'bold', 3, 0],
    ['a decomposed letter is as wide as the composed one', 'ế'.normalize('NFD'), 'bold', 1, null],
  ] as const)('%s', (_, text, font, size, expected) => {
    const width = labelTextWidthMm(text, font, size);
    if (expected === null) expect(width).toBeCloseTo(labelTextWidthMm('ế', font, size), 6);
    else expect(width).toBeCloseTo(expected, 6);
  });

  it('bold is wider than regular, and width grows with the size', () => {
    expect(labelTextWidthMm('Chè', 'bold', 2)).toBeGreaterThan(labelTextWidthMm('Chè', 'regular', 2));
    expect(labelTextWidthMm('Chè', 'bold', 4)).toBeCloseTo(2 * labelTextWidthMm('Chè', 'bold', 2), 6);
  });
});

describe('fitLabelText', () => {
  const size = 2.7;
  const width = 30.25;
  it.each([
    ['a short name stays whole on one line', 'Chè xanh', 2, ['Chè xanh']],
    ['spaces are collapsed and trimmed', '  Chè   xanh ', 1, ['Chè xanh']],
    ['an empty name gives no line', '   ', 2, []],
    [
      'accents typed as separate marks stay with their letter',
      longName.normalize('NFD'),
      2,
      ['Chè Shan Tuyết Suối', 'Giàng thượng hạng'],
    ],
    ['a long name is cut with an ellipsis on one line', longName, 1, ['Chè Shan Tuyết Suối…']],
    [
      'a long name wraps between words on two lines',
      longName,
      2,
      ['Chè Shan Tuyết Suối', 'Giàng thượng hạng'],
    ],
    [
      'what does not fit two lines is cut on the second',
      `${longName} đặc biệt năm 2026`,
      2,
      ['Chè Shan Tuyết Suối', 'Giàng thượng hạng đ…'],
    ],
    [
      'a word longer than a line is broken',
      'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      2,
      ['Aaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaa'],
    ],
  ] as const)('%s', (_, text, lines, expected) => {
    const fitted = fitLabelText(text, 'bold', size, width, lines);
    expect(fitted).toEqual(expected);
    for (const line of fitted) expect(labelTextWidthMm(line, 'bold', size)).toBeLessThanOrEqual(width);
  });

  it('a serial shrinks instead of being cut', () => {
    expect(shrinkLabelText('7KQM 3XWP 9D2F H', 'mono', 3, 100)).toBe(3);
    expect(shrinkLabelText('7KQM 3XWP 9D2F H', 'mono', 3, 9.6)).toBeCloseTo(1, 6);
  });
});

describe('labelTextRuns', () => {
  const layout = builtInLabelLayouts.find((entry) => entry.key === 'a4-3x8-70x37')?.layout;
  if (!layout) throw new Error('no 70x37 layout');
  const design = labelDesign(layout);

  it('gives a long name two lines on a 70 x 37 mm label, where the height has room for them', () => {
    expect(design.name?.lines).toBe(2);
    const runs = labelTextRuns(design, { productName: longName, code: '7KQM 3XWP 9D2F H' });
    expect(runs.map((run) => run.text)).toEqual([
      'Chè Shan Tuyết Suối',
      'Giàng thượng hạng',
      '7KQM 3XWP 9D2F H',
      'Quét để truy xuất',
      'Scan to trace',
    ]);
    const baselines = runs.map((run) => run.baseline);
    expect([...baselines].sort((a, b) => a - b)).toEqual(baselines);
    expect(runs[2]?.font).toBe('mono');
  });

  it('puts a one-line name next to the code', () => {
    const [name, code] = labelTextRuns(design, { productName: 'Chè xanh', code: '7KQM 3XWP 9D2F H' });
    const lineHeight = (design.name?.height ?? 0) / 2;
    expect((code?.baseline ?? 0) - (name?.baseline ?? 0)).toBeCloseTo(lineHeight, 6);
  });
});
