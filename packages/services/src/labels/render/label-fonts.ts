import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/** Be Vietnam Pro, shipped as whole TTFs (every Vietnamese glyph, unlike pdfkit's Helvetica that cannot draw "ể"). */
export const labelFontFiles = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf'),
} as const;

/**
 * `mono` draws the serial: it is plain ASCII, so PDF's standard Courier (no embedding, no shaping) suits it;
 * shaping a unique serial per label with fontkit was a third of the drawing time, and monospace reads better.
 */
export type LabelFont = keyof typeof labelFontFiles | 'mono';

/** The name pdfkit knows a label font by. */
export const pdfFontName = (font: LabelFont) => (font === 'mono' ? 'Courier' : font);

/** The font stack an SVG names: viewers without Be Vietnam Pro fall back to fonts that have Vietnamese. */
export const svgFontFamily = "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Arial, sans-serif";
export const svgMonoFontFamily = "'Courier New', Courier, 'Liberation Mono', monospace";

export function registerLabelFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(labelFontFiles)) doc.registerFont(name, file);
}

/** Text widths in mm for a font size in mm, from the same font files the PDF embeds. */
export interface TextMeasure {
  widthMm(text: string, font: LabelFont, fontSizeMm: number): number;
}

export function createTextMeasure(): TextMeasure {
  // A document that is never ended: pdfkit's font metrics without writing anything.
  const doc = new PDFDocument({ autoFirstPage: false });
  registerLabelFonts(doc);
  return {
    widthMm: (text, font, fontSizeMm) => doc.font(pdfFontName(font)).fontSize(fontSizeMm).widthOfString(text),
  };
}

/** The text as it fits `widthMm`: whole, or cut with an ellipsis. */
export function fitText(
  measure: TextMeasure,
  text: string,
  font: LabelFont,
  fontSizeMm: number,
  widthMm: number,
) {
  if (measure.widthMm(text, font, fontSizeMm) <= widthMm) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure.widthMm(`${text.slice(0, middle).trimEnd()}…`, font, fontSizeMm) <= widthMm) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : `${text.slice(0, low).trimEnd()}…`;
}

/** The font size at which `text` fits `widthMm`, at most `fontSizeMm` (a serial is never cut, it shrinks). */
export function shrinkToFit(
  measure: TextMeasure,
  text: string,
  font: LabelFont,
  fontSizeMm: number,
  widthMm: number,
) {
  const width = measure.widthMm(text, font, fontSizeMm);
  return width <= widthMm ? fontSizeMm : (fontSizeMm * widthMm) / width;
}
