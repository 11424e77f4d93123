import { type LabelDesign, type LabelSize, type LabelTextLine, labelDesign, scanHint } from '@nguon/domain';
import { createTextMeasure, fitText, type LabelFont, shrinkToFit, type TextMeasure } from './label-fonts';

/** One label to print: `code` is the grouped serial people read ("7KQM 3XWP 9D2F H"), `url` the Digital Link. */
export interface LabelPrintItem {
  seq: number;
  serial: string;
  url: string;
  code: string;
  productName: string | null;
}

/** A line of text placed on a label, in mm from its top left; `baseline` is where the glyphs sit. */
export interface LabelTextRun {
  text: string;
  font: LabelFont;
  x: number;
  baseline: number;
  fontSizeMm: number;
}

// Be Vietnam Pro's ascent is 1 em and its descent 0.265 em; a line box is 1.3 em, so the glyphs sit centred.
const ascentEm = 1;
const glyphHeightEm = 1.265;

function run(line: LabelTextLine, text: string, font: LabelFont, fontSizeMm = line.fontSizeMm): LabelTextRun {
  const baseline = line.y + (line.height - glyphHeightEm * fontSizeMm) / 2 + ascentEm * fontSizeMm;
  return { text, font, x: line.x, baseline, fontSizeMm };
}

/** The text runs of a label for one layout; product names repeat across a batch, so their fitting is cached. */
export function createLabelTexts(size: LabelSize, measure: TextMeasure = createTextMeasure()) {
  const design: LabelDesign = labelDesign(size);
  const fittedNames = new Map<string, string>();
  const fitName = (name: string, line: LabelTextLine) => {
    let fitted = fittedNames.get(name);
    if (fitted === undefined) {
      fitted = fitText(measure, name.trim(), 'bold', line.fontSizeMm, line.width);
      if (fittedNames.size < 1000) fittedNames.set(name, fitted);
    }
    return fitted;
  };
  const hintVi =
    design.scanHintVi &&
    fitText(measure, scanHint.vi, 'regular', design.scanHintVi.fontSizeMm, design.scanHintVi.width);
  const hintEn =
    design.scanHintEn &&
    fitText(measure, scanHint.en, 'regular', design.scanHintEn.fontSizeMm, design.scanHintEn.width);
  const textsOf = (item: LabelPrintItem): LabelTextRun[] => {
    const runs: LabelTextRun[] = [];
    if (design.name && item.productName)
      runs.push(run(design.name, fitName(item.productName, design.name), 'bold'));
    if (design.code) {
      const fontSize = shrinkToFit(measure, item.code, 'mono', design.code.fontSizeMm, design.code.width);
      runs.push(run(design.code, item.code, 'mono', fontSize));
    }
    if (design.scanHintVi && hintVi) runs.push(run(design.scanHintVi, hintVi, 'regular'));
    if (design.scanHintEn && hintEn) runs.push(run(design.scanHintEn, hintEn, 'regular'));
    return runs;
  };
  return { design, textsOf };
}
