import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInLabelLayouts, labelDesign, labelTextRuns, labelTextWidthMm } from '@nguon/domain';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { registerLabelFonts } from './label-fonts';
import type { LabelPrintItem } from './label-texts';
import { writeLabelsPdf } from './labels-pdf';

const dir = mkdtempSync(join(tmpdir(), 'label-text-fit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const layout = builtInLabelLayouts.find((entry) => entry.key === 'a4-3x8-70x37')?.layout;
if (!layout) throw new Error('no 70x37 layout');
const longName = 'Chè Shan Tuyết Suối Giàng thượng hạng đặc biệt';
const item: LabelPrintItem = {
  seq: 1,
  serial: '7KQM3XWP9D2FH',
  url: 'https://truyxuat.example.vn/q/7KQM3XWP9D2FH',
  code: '7KQM 3XWP 9D2F H',
  productName: longName,
};

describe('the printed text is the preview’s text', () => {
  it('prints a long Vietnamese name on the lines the domain (and so the web preview) gives', async () => {
    const file = join(dir, 'long-name.pdf');
    await writeLabelsPdf(
      (async function* () {
        yield item;
      })(),
      layout,
      createWriteStream(file),
      { qrWorkers: 0 },
    );
    const printed = execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', file, '-'])
      .toString()
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const expected = labelTextRuns(labelDesign(layout), item).map((run) => run.text);
    expect(expected.slice(0, 2)).toEqual(['Chè Shan Tuyết Suối', 'Giàng thượng hạng đ…']);
    expect(printed).toEqual(expected);
  });

  it('measures as pdfkit does with the embedded fonts, kerning aside (never narrower than print)', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    registerLabelFonts(doc);
    for (const font of ['regular', 'bold'] as const) {
      doc.font(font).fontSize(10);
      for (const char of 'aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢẠẤỆỮỹ0123456789 …') {
        expect(labelTextWidthMm(char, font, 10)).toBeCloseTo(doc.widthOfString(char), 6);
      }
      for (const text of [longName, 'Gạo ST25 Sóc Trăng thượng hạng túi 5 kg', 'Quét để truy xuất']) {
        const printed = doc.widthOfString(text);
        expect(labelTextWidthMm(text, font, 10)).toBeGreaterThanOrEqual(printed - 1e-6);
        expect(labelTextWidthMm(text, font, 10)).toBeLessThan(printed * 1.03);
      }
    }
    doc.font('Courier').fontSize(10);
    expect(labelTextWidthMm(item.code, 'mono', 10)).toBeCloseTo(doc.widthOfString(item.code), 6);
  });
});
