// The part of fontkit (pdfkit's font engine, no types of its own) the SVG renderer uses to draw glyph outlines.
declare module 'fontkit' {
  interface Path {
    toSVG(): string;
  }
  interface Glyph {
    id: number;
    path: Path;
  }
  interface GlyphPosition {
    xAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }
  export interface Font {
    unitsPerEm: number;
    layout(text: string): GlyphRun;
  }
  export function openSync(file: string): Font;
}
