/** A rectangle inside a label, in mm from the label's top left. */
export interface MmBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A text line (or, for the name, up to `lines` lines of 1.3 em each): its box, and the font size (em, in mm) that
 * fits it; the text sits on a baseline inside each line.
 */
export interface LabelTextLine extends MmBox {
  fontSizeMm: number;
  lines: number;
}

/**
 * Where things go on a label, shared by the PDF, the SVG and the web's preview.
 * `beside`: text right of the QR; `below`: text under it (tall labels); `qrOnly`: no room for text.
 * Lines that do not fit are null: small labels keep the code first, then the scan hint, then the name.
 */
export interface LabelDesign {
  arrangement: 'beside' | 'below' | 'qrOnly';
  /** The QR square, its 4-module quiet zone included. */
  qr: MmBox;
  name: LabelTextLine | null;
  code: LabelTextLine | null;
  scanHintVi: LabelTextLine | null;
  scanHintEn: LabelTextLine | null;
}

export const scanHint = { vi: 'Quét để truy xuất', en: 'Scan to trace' } as const;

/** Phones misread QR modules under 0.4 mm on paper labels. */
export const minQrModuleMm = 0.4;
/** The space kept between QR modules and text (STACK.md); the quiet zone counts towards it. */
export const qrTextGapMm = 3;
// The quiet zone is 4 modules of at least 0.4 mm, so 1.4 mm beyond it keeps text 3 mm from any module.
const gapBeyondQuietZoneMm = qrTextGapMm - 4 * minQrModuleMm;

const lineHeightEm = 1.3;
const maxFontMm = 3.5;
// Text smaller than ~3.7 pt (1.3 mm em) is not readable from a printed label.
const minFontMm = 1.3;
/** Widest text we reserve, in em: a grouped 13-char serial ("7KQM 3XWP 9D2F H") at ~0.7 em a character. */
const codeEm = 16 * 0.7;
const hintEm = 17 * 0.55;

export interface LabelSize {
  labelWidthMm: number;
  labelHeightMm: number;
}

type LineKind = 'name' | 'code' | 'scanHintVi' | 'scanHintEn';
// Which lines to show with 4, 3, 2 and 1 line(s) of room: the code is what a person can type in by hand.
const linesByRoom: readonly (readonly LineKind[])[] = [
  ['name', 'code', 'scanHintVi', 'scanHintEn'],
  ['code', 'scanHintVi', 'scanHintEn'],
  ['code', 'scanHintVi'],
  ['code'],
];

// The QR's own quiet zone (>= 1.6 mm) is white already, so the QR needs only a cutting tolerance from the edge.
const qrInsetMm = 0.5;
const paddingMm = (size: LabelSize) =>
  Math.min(2, Math.max(1, Math.min(size.labelWidthMm, size.labelHeightMm) * 0.05));

/** The largest font for `count` lines in a box of text, or null under the readable minimum. */
function fontFor(box: MmBox, count: number): number | null {
  const font = Math.min(maxFontMm, box.height / (count * lineHeightEm), box.width / Math.max(codeEm, hintEm));
  return font >= minFontMm ? font : null;
}

function placeLines(box: MmBox): Pick<LabelDesign, LineKind> | null {
  for (const kinds of linesByRoom) {
    const font = fontFor(box, kinds.length);
    if (font === null) continue;
    // A long product name takes a second line when the box is tall enough for it at the same font size.
    const nameLines = kinds[0] === 'name' && (fontFor(box, kinds.length + 1) ?? 0) >= font ? 2 : 1;
    const lineHeight = font * lineHeightEm;
    const count = kinds.length - 1 + (kinds[0] === 'name' ? nameLines : 1);
    let y = box.y + (box.height - lineHeight * count) / 2;
    const lines: Pick<LabelDesign, LineKind> = { name: null, code: null, scanHintVi: null, scanHintEn: null };
    for (const kind of kinds) {
      const n = kind === 'name' ? nameLines : 1;
      lines[kind] = { x: box.x, y, width: box.width, height: lineHeight * n, fontSizeMm: font, lines: n };
      y += lineHeight * n;
    }
    return lines;
  }
  return null;
}

const noLines = { name: null, code: null, scanHintVi: null, scanHintEn: null } as const;

/** The arrangement of a label: text beside the QR on wide labels, below it on tall ones, none on tiny ones. */
export function labelDesign(size: LabelSize): LabelDesign {
  const pad = paddingMm(size);
  const { labelWidthMm: width, labelHeightMm: height } = size;
  if (height > width * 1.2) {
    // Tall: the QR spans the width; text takes what is left underneath, up to 40 % of the height.
    const side = Math.max(0, Math.min(width - 2 * qrInsetMm, height * 0.6 - qrInsetMm));
    const qr = { x: (width - side) / 2, y: qrInsetMm, width: side, height: side };
    const textTop = qrInsetMm + side + gapBeyondQuietZoneMm;
    const lines = placeLines({ x: pad, y: textTop, width: width - 2 * pad, height: height - textTop - pad });
    return lines
      ? { arrangement: 'below', qr, ...lines }
      : { arrangement: 'qrOnly', qr: centred(size), ...noLines };
  }
  const side = Math.max(0, Math.min(height, width) - 2 * qrInsetMm);
  const qr = { x: qrInsetMm, y: (height - side) / 2, width: side, height: side };
  const textLeft = qrInsetMm + side + gapBeyondQuietZoneMm;
  const lines = placeLines({ x: textLeft, y: pad, width: width - textLeft - pad, height: height - 2 * pad });
  return lines
    ? { arrangement: 'beside', qr, ...lines }
    : { arrangement: 'qrOnly', qr: centred(size), ...noLines };
}

function centred(size: LabelSize): MmBox {
  const side = Math.max(0, Math.min(size.labelWidthMm, size.labelHeightMm) - 2 * qrInsetMm);
  return { x: (size.labelWidthMm - side) / 2, y: (size.labelHeightMm - side) / 2, width: side, height: side };
}
