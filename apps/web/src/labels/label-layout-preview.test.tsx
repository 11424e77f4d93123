import { builtInLabelLayouts, labelDesign, labelTextRuns } from '@nguon/domain';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app-providers';
import { LabelLayoutPreview } from './label-layout-preview';

const layout = builtInLabelLayouts.find((entry) => entry.key === 'a4-3x8-70x37')?.layout;
if (!layout) throw new Error('no 70x37 layout');
const sample = {
  url: 'https://truyxuat.example.vn/q/7KQM3XWP9D2FH',
  code: '7KQM 3XWP 9D2F H',
  productName: 'Chè Shan Tuyết Suối Giàng thượng hạng đặc biệt',
};

describe('LabelLayoutPreview', () => {
  it('shows the enlarged label with the printed lines: the name wrapped and cut as the PDF does, the code in mono', () => {
    render(
      <AppProviders>
        <LabelLayoutPreview layout={layout} sample={sample} />
      </AppProviders>,
    );
    const texts = [...screen.getByTestId('label-preview-label').querySelectorAll('text')];
    expect(texts.map((text) => text.textContent)).toEqual([
      'Chè Shan Tuyết Suối',
      'Giàng thượng hạng đ…',
      '7KQM 3XWP 9D2F H',
      'Quét để truy xuất',
      'Scan to trace',
    ]);
    // the same runs the PDF renderer draws (services' label-text-fit.render.test compares them with pdftotext)
    const runs = labelTextRuns(labelDesign(layout), sample);
    texts.forEach((text, index) => {
      expect(Number(text.getAttribute('y'))).toBeCloseTo(runs[index]?.baseline ?? 0, 6);
      expect(Number(text.getAttribute('textLength'))).toBeCloseTo(runs[index]?.widthMm ?? 0, 6);
    });
    expect(texts[2]?.getAttribute('font-family')).toContain('Courier');
    expect(texts[0]?.getAttribute('font-weight')).toBe('600');
  });
});
