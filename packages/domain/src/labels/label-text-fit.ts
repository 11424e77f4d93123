import type { LabelDesign, LabelTextLine } from './label-design';
import { scanHint } from './label-design';
import { labelFontAdvances, labelFontChars } from './label-font-metrics';

/**
 * The label's fonts: `regular` and `bold` are Be Vietnam Pro 400 and 600 (embedded in the PDF); `mono` draws the
 * serial in Courier, whose every character is 0.6 em wide.
 */
export type LabelFont = 'regular' | 'bold' | 'mono';

const monoAdvance = 600;
const indexOfChar = new Map([...labelFontChars].map((char, index) => [char, index]));

function advanceOf(char: string, font: 'regular' | 'bold'): number {
  const { advances, notdef } = labelFontAdvances[font];
  const index = indexOfChar.get(char);
  if (index !== undefined) return advances[index] ?? notdef;
  if (/\p{M}/u.test(char)) return 0;
  // a decomposed or rare accented letter: its base letter's width (combining marks take no room)
  const base = char.normalize('NFD');
  if (base !== char) return [...base].reduce((sum, part) => sum + advanceOf(part, font), 0);
  return notdef;
}

/**
 * The width in mm of `text` at `fontSizeMm`, from the fonts' advance widths without kerning. Kerning only narrows
 * Be Vietnam Pro's Vietnamese text (about 1 % on a product name), so text that fits by this measure fits in print.
 */
export function labelTextWidthMm(text: string, font: LabelFont, fontSizeMm: number): number {
  let units = 0;
  for (const char of text.normalize('NFC')) units += font === 'mono' ? monoAdvance : advanceOf(char, font);
  return (units / 1000) * fontSizeMm;
}

const ellipsis = '…';

/** The longest start of `text` that fits `widthMm` with an ellipsis after it ('' when not even one letter does). */
function cut(text: string, font: LabelFont, fontSizeMm: number, widthMm: number): string {
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = `${chars.slice(0, middle).join('').trimEnd()}${ellipsis}`;
    if (labelTextWidthMm(candidate, font, fontSizeMm) <= widthMm) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}${ellipsis}`;
}

/** The longest start of `text` that fits `widthMm` whole (at least one character, so wrapping always moves on). */
function longestStart(text: string, font: LabelFont, fontSizeMm: number, widthMm: number): number {
  const chars = [...text];
  let low = 1;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (labelTextWidthMm(chars.slice(0, middle).join(''), font, fontSizeMm) <= widthMm) low = middle;
    else high = middle - 1;
  }
  return chars.slice(0, low).join('').length;
}

/**
 * `text` on at most `maxLines` lines of `widthMm`: wrapped between words (a word longer than a line is broken),
 * and the last line cut with an ellipsis when the rest does not fit. The one rule the PDF, the SVG and the preview use.
 */
export function fitLabelText(
  text: string,
  font: LabelFont,
  fontSizeMm: number,
  widthMm: number,
  maxLines = 1,
): string[] {
  const lines: string[] = [];
  // Composed first: a name typed on a Mac may carry its accents as separate marks, never split from their letter.
  let rest = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  while (rest !== '' && lines.length < maxLines) {
    if (labelTextWidthMm(rest, font, fontSizeMm) <= widthMm) {
      lines.push(rest);
      return lines;
    }
    if (lines.length === maxLines - 1) {
      const last = cut(rest, font, fontSizeMm, widthMm);
      if (last !== '') lines.push(last);
      return lines;
    }
    const words = rest.split(' ');
    let line = words[0] ?? '';
    for (const word of words.slice(1)) {
      if (labelTextWidthMm(`${line} ${word}`, font, fontSizeMm) > widthMm) break;
      line = `${line} ${word}`;
    }
    if (labelTextWidthMm(line, font, fontSizeMm) > widthMm)
      line = line.slice(0, longestStart(line, font, fontSizeMm, widthMm));
    lines.push(line);
    rest = rest.slice(line.length).trimStart();
  }
  return lines;
}

/** The font size at which `text` fits `widthMm`, at most `fontSizeMm`: a serial is never cut, it shrinks. */
export function shrinkLabelText(text: string, font: LabelFont, fontSizeMm: number, widthMm: number): number {
  const width = labelTextWidthMm(text, font, fontSizeMm);
  return width <= widthMm ? fontSizeMm : (fontSizeMm * widthMm) / width;
}

/** A line of text placed on a label, in mm from its top left; `baseline` is where the glyphs sit. */
export interface LabelTextRun {
  text: string;
  font: LabelFont;
  x: number;
  baseline: number;
  fontSizeMm: number;
  /** The text's width by labelTextWidthMm: the preview stretches the browser's font to it. */
  widthMm: number;
}

// Be Vietnam Pro's ascent is 1 em and its descent 0.265 em; a line box is 1.3 em, so the glyphs sit centred.
const ascentEm = 1;
const glyphHeightEm = 1.265;

function run(
  line: LabelTextLine,
  index: number,
  text: string,
  font: LabelFont,
  fontSizeMm = line.fontSizeMm,
) {
  const slot = line.height / line.lines;
  const baseline = line.y + index * slot + (slot - glyphHeightEm * fontSizeMm) / 2 + ascentEm * fontSizeMm;
  return { text, font, x: line.x, baseline, fontSizeMm, widthMm: labelTextWidthMm(text, font, fontSizeMm) };
}

/** The name's lines as they print; name lines sit next to the code when the name needs fewer than it may take. */
export function labelNameRuns(line: LabelTextLine, productName: string): LabelTextRun[] {
  const lines = fitLabelText(productName, 'bold', line.fontSizeMm, line.width, line.lines);
  const first = line.lines - lines.length;
  return lines.map((text, index) => run(line, first + index, text, 'bold'));
}

export function labelCodeRun(line: LabelTextLine, code: string): LabelTextRun {
  return run(line, 0, code, 'mono', shrinkLabelText(code, 'mono', line.fontSizeMm, line.width));
}

export function labelHintRuns(design: LabelDesign): LabelTextRun[] {
  return (
    [
      [design.scanHintVi, scanHint.vi],
      [design.scanHintEn, scanHint.en],
    ] as const
  ).flatMap(([line, hint]) => {
    if (!line) return [];
    const [text] = fitLabelText(hint, 'regular', line.fontSizeMm, line.width);
    return text ? [run(line, 0, text, 'regular')] : [];
  });
}

/** Every text run of one label: the name (if any), the code, the scan hints. */
export function labelTextRuns(design: LabelDesign, label: { productName: string | null; code: string }) {
  return [
    ...(design.name && label.productName ? labelNameRuns(design.name, label.productName) : []),
    ...(design.code ? [labelCodeRun(design.code, label.code)] : []),
    ...labelHintRuns(design),
  ];
}
