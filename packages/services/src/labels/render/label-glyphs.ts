import { createRequire } from 'node:module';
import { labelFontFiles } from './label-fonts';

/** The part of fontkit (pdfkit's font engine, which ships no types) used to draw glyph outlines. */
interface Font {
  layout(text: string): {
    glyphs: { id: number; path: { toSVG(): string } }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
}
const { openSync } = createRequire(import.meta.url)('fontkit') as { openSync(file: string): Font };

type OutlinedFont = keyof typeof labelFontFiles;

const join = (numbers: number[]) => numbers.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');

/**
 * fontkit's absolute path data, compacted: whole font units (a thousandth of an em: under 4 µm on a label) and
 * relative commands, about half the bytes.
 */
export function compactPath(d: string): string {
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const out: string[] = [];
  for (const [, command, args] of d.matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
    if (command === 'Z') {
      out.push('z');
      x = startX;
      y = startY;
      continue;
    }
    const numbers = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((n) => Math.round(Number(n)));
    const relative: number[] = [];
    for (let index = 0; index < numbers.length; index += 2) {
      relative.push((numbers[index] ?? 0) - x, (numbers[index + 1] ?? 0) - y);
    }
    out.push(`${command?.toLowerCase()}${join(relative)}`);
    x = numbers[numbers.length - 2] ?? x;
    y = numbers[numbers.length - 1] ?? y;
    if (command === 'M') {
      startX = x;
      startY = y;
    }
  }
  return out.join('');
}

/** One run of text laid out as glyph outlines: glyph ids with their x offsets, in font units (1000 an em). */
export interface GlyphRunOutline {
  glyphs: { id: number; x: number; y: number }[];
}

/**
 * The label fonts' glyph outlines, for SVGs that must look like the PDF on a computer without Be Vietnam Pro:
 * text is drawn as the glyphs' paths (the PDF embeds the same font), each glyph defined once per SVG and reused.
 * Layout (kerning included) is fontkit's, as pdfkit's is for the PDF.
 */
export function createGlyphOutlines() {
  const fonts = new Map<OutlinedFont, Font>();
  const fontOf = (font: OutlinedFont) => {
    let opened = fonts.get(font);
    if (!opened) {
      opened = openSync(labelFontFiles[font]);
      fonts.set(font, opened);
    }
    return opened;
  };
  const paths = new Map<string, string>();
  const runs = new Map<string, GlyphRunOutline>();
  return {
    /** The glyphs of `text`, positioned; cached, since names and hints repeat across a batch. */
    layout(font: OutlinedFont, text: string): GlyphRunOutline {
      const key = `${font}\u0000${text}`;
      let run = runs.get(key);
      if (!run) {
        const laid = fontOf(font).layout(text);
        let x = 0;
        const glyphs = laid.glyphs.map((glyph, index) => {
          const position = laid.positions[index];
          const placed = {
            id: glyph.id,
            x: Math.round(x + (position?.xOffset ?? 0)),
            y: position?.yOffset ?? 0,
          };
          x += position?.xAdvance ?? 0;
          const pathKey = `${font}:${glyph.id}`;
          if (!paths.has(pathKey)) paths.set(pathKey, compactPath(glyph.path.toSVG()));
          return placed;
        });
        run = { glyphs };
        if (runs.size < 1000) runs.set(key, run);
      }
      return run;
    },
    /** The SVG path data of one glyph, in font units with y up. */
    pathOf(font: OutlinedFont, glyphId: number): string {
      return paths.get(`${font}:${glyphId}`) ?? '';
    },
  };
}
