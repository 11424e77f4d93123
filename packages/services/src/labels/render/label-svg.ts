import type { LabelLayout } from '@nguon/domain';
import { svgMonoFontFamily } from './label-fonts';
import { createGlyphOutlines } from './label-glyphs';
import { createLabelTexts, type LabelPrintItem, type LabelTextRun } from './label-texts';
import { type QrPath, qrPath } from './qr-svg';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char]};`,
  );

const mm = (value: number) => Number(value.toFixed(3));

/**
 * Renders labels of one layout as standalone SVG documents, sized in mm. As in the PDF, the name and the scan hints
 * are Be Vietnam Pro (here its glyph outlines, defined once per SVG), so no viewer substitutes a font that lacks
 * "ể"; the serial is plain ASCII in Courier, as the PDF's, named rather than embedded. The texts are kept as the
 * SVG's <title>, so the file stays searchable.
 */
export function createLabelSvgRenderer(layout: LabelLayout, glyphs = createGlyphOutlines()) {
  const { design, textsOf } = createLabelTexts(layout);
  const { labelWidthMm: width, labelHeightMm: height } = layout;
  const draw = (text: LabelTextRun, used: Set<string>): string => {
    if (text.font === 'mono')
      return `<text x="${mm(text.x)}" y="${mm(text.baseline)}" font-size="${mm(text.fontSizeMm)}" font-family="${escapeXml(svgMonoFontFamily)}">${escapeXml(text.text)}</text>`;
    const font = text.font;
    const scale = text.fontSizeMm / 1000;
    const uses = glyphs.layout(font, text.text).glyphs.map((glyph) => {
      const id = `${font[0]}${glyph.id}`;
      used.add(id);
      return `<use xlink:href="#${id}" x="${glyph.x}"${glyph.y ? ` y="${glyph.y}"` : ''}/>`;
    });
    return `<g transform="translate(${mm(text.x)} ${mm(text.baseline)}) scale(${Number(scale.toPrecision(6))} ${-Number(scale.toPrecision(6))})">${uses.join('')}</g>`;
  };
  return (item: LabelPrintItem, qr: QrPath = qrPath(item.url)): string => {
    const scale = design.qr.width / qr.side;
    const texts = textsOf(item);
    const used = new Set<string>();
    const drawn = texts.map((text) => draw(text, used)).join('');
    const defs = [...used]
      .map(
        (id) =>
          `<path id="${id}" d="${glyphs.pathOf(id[0] === 'b' ? 'bold' : 'regular', Number(id.slice(1)))}"/>`,
      )
      .join('');
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}">`,
      texts.length ? `<title>${escapeXml(texts.map((text) => text.text).join(' · '))}</title>` : '',
      defs ? `<defs>${defs}</defs>` : '',
      `<rect width="${width}" height="${height}" fill="#fff"/>`,
      `<path transform="translate(${mm(design.qr.x)} ${mm(design.qr.y)}) scale(${scale})" fill="#000" shape-rendering="crispEdges" d="${qr.path}"/>`,
      drawn ? `<g fill="#000">${drawn}</g>` : '',
      '</svg>',
    ].join('');
  };
}

/** One label as a standalone SVG document (for a single label; batches use createLabelSvgRenderer once). */
export function labelSvg(item: LabelPrintItem, layout: LabelLayout): string {
  return createLabelSvgRenderer(layout)(item);
}
