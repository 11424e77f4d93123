/** A column of a report table: its heading and its share of the page's width. */
export interface ReportColumn {
  heading: string;
  /** Relative width; the columns share the width between the margins. */
  weight: number;
}

const fontSize = 7.5;
const rowHeight = 11;
const headingHeight = 24;
const padding = 3;

const bottomOf = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  height: number,
): void {
  const top = doc.y;
  let x = doc.page.margins.left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    doc.text(cell, x + padding, top + 2, { width: width - 2 * padding, height: height - 2, ellipsis: true });
    x += width;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

/**
 * A table that runs over as many pages as it needs, its headings repeated on each; a cell too long for its
 * column is cut with an ellipsis, so every row keeps one line.
 */
export function drawReportTable(
  doc: PDFKit.PDFDocument,
  columns: readonly ReportColumn[],
  rows: Iterable<readonly string[]>,
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (width * column.weight) / total);
  const headings = () => {
    doc.font('bold').fontSize(fontSize).fillColor('black');
    drawRow(
      doc,
      columns.map((column) => column.heading),
      widths,
      headingHeight,
    );
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.5)
      .stroke();
    doc.font('regular').fontSize(fontSize);
  };
  ensureRoom(doc, headingHeight + rowHeight);
  headings();
  for (const row of rows) {
    if (doc.y + rowHeight > bottomOf(doc)) {
      doc.addPage();
      headings();
    }
    drawRow(doc, row, widths, rowHeight);
  }
  doc.moveDown(1);
}

/** Writes "page n of m" at the foot of every page, once all pages are known (the document buffers its pages). */
export function numberPages(doc: PDFKit.PDFDocument, footer: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Below the bottom margin pdfkit would start a new page: lift the margin while the foot is written.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor('black')
      .text(footer(i + 1, range.count), doc.page.margins.left, doc.page.height - bottom + 12, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
