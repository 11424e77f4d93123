import type { Writable } from 'node:stream';
import {
  type RecallReportMessageKey,
  recallReportHeading,
  recallReportKey,
  recallReportWord,
} from '@nguon/contracts';
import PDFDocument from 'pdfkit';
import { registerLabelFonts } from '../labels/render/label-fonts';
import { outputDone } from '../labels/render/stream-output';
import type { RecallReportContent } from './recall-report-content';
import { flagsText, labelRunsCell, reportTime } from './recall-report-csv';
import { drawReportTable, ensureRoom, numberPages } from './recall-report-pdf-table';

const h = (key: RecallReportMessageKey) => recallReportHeading(key);

/** An instant on paper, in Vietnam's time (UTC+7 all year): "2026-03-02 15:30 (UTC+7)". */
const paperTime = (at: Date | null): string =>
  at ? `${reportTime(at).slice(0, 16).replace('T', ' ')} (UTC+7)` : '—';

/** A stored word (status, severity, event) in both languages, or as stored when the catalogue lacks it. */
function bothWords(group: 'status' | 'lotStatus' | 'severity' | 'event', value: string): string {
  const key = recallReportKey(group, value);
  return key ? `${recallReportWord('vi', key)} / ${recallReportWord('en', key)}` : value;
}

const quantity = (value: number) => String(Math.round(value * 1000) / 1000);

function section(doc: PDFKit.PDFDocument, key: RecallReportMessageKey): void {
  ensureRoom(doc, 60);
  doc.font('bold').fontSize(11).text(h(key));
  doc.moveDown(0.3);
}

function fact(doc: PDFKit.PDFDocument, key: RecallReportMessageKey, value: string): void {
  doc
    .font('bold')
    .fontSize(8.5)
    .text(`${h(key)}: `, { continued: true })
    .font('regular')
    .text(value || '—');
}

function drawHeader(doc: PDFKit.PDFDocument, content: RecallReportContent): void {
  const { recall } = content;
  const title = recall.drill ? 'report.drillTitle' : 'report.title';
  doc
    .font('bold')
    .fontSize(15)
    .text(recallReportHeading(title, { number: recall.number }));
  doc.moveDown(0.5);
  fact(doc, 'report.tenant', recall.tenant_name);
  fact(doc, 'report.address', recall.tenant_address);
  fact(doc, 'report.status', bothWords('status', recall.status));
  fact(doc, 'report.drill', h(recall.drill ? 'report.yes' : 'report.no'));
  fact(doc, 'report.severity', bothWords('severity', recall.severity));
  fact(doc, 'report.reason', `${recall.notice.reason.vi}\n${recall.notice.reason.en}`);
  fact(doc, 'report.instructions', `${recall.notice.instructions.vi}\n${recall.notice.instructions.en}`);
  fact(doc, 'report.contact', recall.notice.contact);
  fact(doc, 'report.createdAt', paperTime(recall.created_at));
  fact(doc, 'report.createdBy', recall.created_by_name ?? '—');
  fact(doc, 'report.publishedAt', paperTime(recall.published_at));
  fact(doc, 'report.publishedBy', content.publishedBy ?? '—');
  fact(doc, 'report.closedAt', paperTime(recall.closed_at));
  if (recall.drill && recall.drill_seconds !== null)
    fact(doc, 'report.drillSeconds', quantity(recall.drill_seconds));
  fact(doc, 'report.madeAt', paperTime(content.madeAt));
  doc.font('regular').fontSize(7.5).text(h('report.times'));
  doc.moveDown(1);
}

function drawTables(doc: PDFKit.PDFDocument, content: RecallReportContent): void {
  section(doc, 'report.products');
  drawReportTable(
    doc,
    [
      { heading: h('column.product'), weight: 4 },
      { heading: h('column.gtin'), weight: 2 },
      { heading: h('column.lotCount'), weight: 1 },
      { heading: h('column.quantity'), weight: 3 },
      { heading: h('column.labelCount'), weight: 1.5 },
    ],
    content.products.map((p) => [
      p.name.vi,
      p.gtin ?? '',
      String(p.lotCount),
      p.quantities.map((q) => `${quantity(q.quantity)} ${q.unit}`).join(', '),
      String(p.labelCount),
    ]),
  );
  section(doc, 'report.lots');
  drawReportTable(
    doc,
    [
      { heading: h('column.lot'), weight: 2.2 },
      { heading: h('column.product'), weight: 3 },
      { heading: h('column.quantity'), weight: 1.5 },
      { heading: h('column.status'), weight: 1.5 },
      { heading: h('column.depth'), weight: 0.8 },
      { heading: h('column.madeFrom'), weight: 3 },
      { heading: h('column.labelCount'), weight: 1 },
    ],
    content.lots.map(({ lot, madeFrom, labelCount }) => [
      lot.code,
      lot.product_name_vi,
      `${quantity(lot.quantity)} ${lot.unit}`,
      bothWords('lotStatus', lot.status),
      String(lot.depth),
      madeFrom.join(', '),
      String(labelCount),
    ]),
  );
  section(doc, 'report.labelRuns');
  const runs = content.lots.filter((entry) => entry.labelRuns.length > 0);
  if (runs.length === 0) doc.font('regular').fontSize(8.5).text(h('report.noLabels')).moveDown(1);
  else
    drawReportTable(
      doc,
      [
        { heading: h('column.lot'), weight: 1 },
        { heading: h('column.labelRuns'), weight: 3 },
        { heading: h('column.labelCount'), weight: 0.6 },
      ],
      runs.map((entry) => [entry.lot.code, labelRunsCell(entry), String(entry.labelCount)]),
    );
}

function* stageRows(content: RecallReportContent): Generator<string[]> {
  for (const { lot, stages } of content.lots) {
    if (stages.length === 0) yield [lot.code, h('report.noStages'), '', ''];
    for (const stage of stages)
      yield [
        lot.code,
        `${stage.name.vi} / ${stage.name.en}${flagsText(stage)}${flagsText(stage, 'en')}`,
        paperTime(stage.at),
        stage.by ?? '—',
      ];
  }
}

function drawStagesAndHistory(doc: PDFKit.PDFDocument, content: RecallReportContent): void {
  section(doc, 'report.stages');
  drawReportTable(
    doc,
    [
      { heading: h('column.lot'), weight: 2 },
      { heading: h('column.stage'), weight: 3 },
      { heading: h('column.time'), weight: 2 },
      { heading: h('column.by'), weight: 2 },
    ],
    stageRows(content),
  );
  section(doc, 'report.history');
  drawReportTable(
    doc,
    [
      { heading: h('column.time'), weight: 2 },
      { heading: h('column.event'), weight: 4 },
      { heading: h('column.by'), weight: 2 },
    ],
    content.events.map((event) => [
      paperTime(event.at),
      bothWords('event', event.kind),
      event.by_name ?? '—',
    ]),
  );
}

/**
 * The report as an A4 PDF: header, totals per product, lots, label runs, each lot's stages and the recall's
 * history, Vietnamese first with English beside it, the Vietnamese font embedded, pages numbered. Ends `out`.
 */
export async function writeRecallReportPdf(content: RecallReportContent, out: Writable): Promise<number> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    bufferPages: true,
    compress: true,
    info: { Title: recallReportHeading('report.title', { number: content.recall.number }) },
  });
  registerLabelFonts(doc);
  const finished = outputDone(out);
  doc.pipe(out);
  drawHeader(doc, content);
  drawTables(doc, content);
  drawStagesAndHistory(doc, content);
  numberPages(doc, (page, pages) => recallReportHeading('report.page', { page, pages }));
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await finished;
  return pages;
}
