import type { Writable } from 'node:stream';
import { type LabelLayout, labelCells, labelsPerPage } from '@nguon/domain';
import PDFDocument from 'pdfkit';
import { pdfFontName, registerLabelFonts } from './label-fonts';
import { createLabelTexts, type LabelPrintItem } from './label-texts';
import { type EncodedLabel, encodeQrInline, encodeQrInWorkers } from './qr-pool';
import { drained, outputDone } from './stream-output';

export interface LabelsPdfOptions {
  signal?: AbortSignal;
  onPage?(pagesDone: number): void;
  /** QR encoding threads beside the drawing one; by default 1 (drawing and encoding share 2 cores). 0: inline. */
  qrWorkers?: number;
}

const ptPerMm = 72 / 25.4;

async function* pagesOf<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let page: T[] = [];
  for await (const item of items) {
    page.push(item);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

function pageDrawer(doc: PDFKit.PDFDocument, layout: LabelLayout) {
  const cells = labelCells(layout);
  const { design, textsOf } = createLabelTexts(layout);
  return (labels: readonly EncodedLabel[]) => {
    doc.addPage({ size: [layout.pageWidthMm * ptPerMm, layout.pageHeightMm * ptPerMm], margin: 0 });
    doc.save();
    doc.scale(ptPerMm);
    labels.forEach(({ item, qr }, index) => {
      const cell = cells[index];
      if (!cell) return;
      const scale = design.qr.width / qr.side;
      doc.save();
      doc.transform(scale, 0, 0, scale, cell.x + design.qr.x, cell.y + design.qr.y);
      doc.addContent(`0 g\n${qr.rects}f`);
      doc.restore();
      doc.fillColor('black');
      for (const text of textsOf(item))
        doc
          .font(pdfFontName(text.font))
          .fontSize(text.fontSizeMm)
          .text(text.text, cell.x + text.x, cell.y + text.baseline, {
            lineBreak: false,
            baseline: 'alphabetic',
          });
    });
    doc.restore();
  };
}

/**
 * Streams a PDF of labels to `out`, one page at a time: items are read a page ahead, QR codes drawn as vector
 * rectangles, the Vietnamese font embedded. Resolves when `out` has the whole file; rejects on abort.
 */
export async function writeLabelsPdf(
  items: AsyncIterable<LabelPrintItem>,
  layout: LabelLayout,
  out: Writable,
  options: LabelsPdfOptions = {},
): Promise<{ pages: number; labels: number }> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, compress: true, info: { Title: 'Labels' } });
  registerLabelFonts(doc);
  const finished = outputDone(out);
  doc.pipe(out);
  const drawPage = pageDrawer(doc, layout);
  const workers = options.qrWorkers ?? 1;
  const encoded = workers > 0 ? encodeQrInWorkers(items, workers, options.signal) : encodeQrInline(items);
  let pages = 0;
  let labels = 0;
  for await (const page of pagesOf(encoded, labelsPerPage(layout))) {
    options.signal?.throwIfAborted();
    drawPage(page);
    pages++;
    labels += page.length;
    // pdfkit writes a page out when the next begins; wait for a slow reader instead of buffering pages.
    await drained(out);
    options.onPage?.(pages);
  }
  options.signal?.throwIfAborted();
  doc.end();
  await finished;
  return { pages, labels };
}
