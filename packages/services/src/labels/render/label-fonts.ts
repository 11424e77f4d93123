import { createRequire } from 'node:module';
import type { LabelFont } from '@nguon/domain';

const require = createRequire(import.meta.url);

/** Be Vietnam Pro, shipped as whole TTFs (every Vietnamese glyph, unlike pdfkit's Helvetica that cannot draw "ể"). */
export const labelFontFiles = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf'),
} as const;

export type { LabelFont } from '@nguon/domain';

/**
 * The name pdfkit knows a label font by. `mono` draws the serial: it is plain ASCII, so PDF's standard Courier
 * (no embedding, no shaping) suits it; shaping a unique serial per label with fontkit was a third of the drawing
 * time, and monospace reads better.
 */
export const pdfFontName = (font: LabelFont) => (font === 'mono' ? 'Courier' : font);

/** The font stack an SVG names: viewers without Be Vietnam Pro fall back to fonts that have Vietnamese. */
export const svgFontFamily = "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Arial, sans-serif";
export const svgMonoFontFamily = "'Courier New', Courier, 'Liberation Mono', monospace";

export function registerLabelFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(labelFontFiles)) doc.registerFont(name, file);
}
