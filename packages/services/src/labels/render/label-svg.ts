import type { LabelLayout } from '@nguon/domain';
import { svgFontFamily, svgMonoFontFamily } from './label-fonts';
import { createLabelTexts, type LabelPrintItem } from './label-texts';
import { type QrPath, qrPath } from './qr-svg';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char]};`,
  );

const fontAttributes = {
  regular: '',
  bold: ' font-weight="600"',
  mono: ` font-family="${escapeXml(svgMonoFontFamily)}"`,
} as const;

const mm = (value: number) => Number(value.toFixed(3));

/** Renders labels of one layout as standalone SVG documents, sized in mm. */
export function createLabelSvgRenderer(layout: LabelLayout) {
  const { design, textsOf } = createLabelTexts(layout);
  const { labelWidthMm: width, labelHeightMm: height } = layout;
  return (item: LabelPrintItem, qr: QrPath = qrPath(item.url)): string => {
    const scale = design.qr.width / qr.side;
    const texts = textsOf(item).map(
      (text) =>
        `<text x="${mm(text.x)}" y="${mm(text.baseline)}" font-size="${mm(text.fontSizeMm)}"${fontAttributes[text.font]}>${escapeXml(text.text)}</text>`,
    );
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}">`,
      `<rect width="${width}" height="${height}" fill="#fff"/>`,
      `<path transform="translate(${mm(design.qr.x)} ${mm(design.qr.y)}) scale(${scale})" fill="#000" shape-rendering="crispEdges" d="${qr.path}"/>`,
      texts.length ? `<g font-family="${escapeXml(svgFontFamily)}" fill="#000">${texts.join('')}</g>` : '',
      '</svg>',
    ].join('');
  };
}

/** One label as a standalone SVG document (for a single label; batches use createLabelSvgRenderer once). */
export function labelSvg(item: LabelPrintItem, layout: LabelLayout): string {
  return createLabelSvgRenderer(layout)(item);
}
