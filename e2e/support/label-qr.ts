import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

/** The printed page of a batch, in millimetres, as GET /api/v1/label-batches/{id} gives it. */
export interface SheetLayout {
  labelWidthMm: number;
  labelHeightMm: number;
  columns: number;
  rows: number;
  marginTopMm: number;
  marginLeftMm: number;
  gapXMm: number;
  gapYMm: number;
}

/** An image as jsQR reads it: RGBA, 4 bytes a pixel. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Reads a binary PGM (P5, 8-bit) as pdftoppm -gray writes it, into RGBA. */
function readPgm(file: string): RgbaImage {
  const bytes = readFileSync(file);
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at] ?? 0x20))) at++;
    if (bytes[at] === 0x23) {
      while (bytes[at] !== 0x0a) at++; // a comment to the end of its line
      continue;
    }
    let field = '';
    while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at] ?? 0x20)))
      field += String.fromCharCode(bytes[at++] ?? 0);
    fields.push(field);
  }
  at++; // the single whitespace after the maximum value
  const [magic, w, h, max] = fields;
  if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit PGM: ${fields.join(' ')}`);
  const width = Number(w);
  const height = Number(h);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const grey = bytes[at + i] ?? 255;
    data.set([grey, grey, grey, 255], i * 4);
  }
  return { width, height, data };
}

/** Page `page` of a PDF rendered by poppler's pdftoppm at `dpi`, in grey. */
export function renderPdfPage(pdf: string, page: number, dpi: number, outPrefix: string): RgbaImage {
  const args = ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', '-singlefile'];
  execFileSync('pdftoppm', [...args, pdf, outPrefix]);
  return readPgm(`${outPrefix}.pgm`);
}

/** The same page as a PNG to look at. */
export function pdfPagePng(pdf: string, page: number, dpi: number, outPrefix: string): void {
  const args = ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile'];
  execFileSync('pdftoppm', [...args, pdf, outPrefix]);
}

function crop(image: RgbaImage, left: number, top: number, width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((top + y) * image.width + left) * 4;
    data.set(image.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/** The text of the QR code in an image, by jsQR (not our encoder), or null when it finds none. */
export function decodeQr(image: RgbaImage): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Decodes the QR of every label cell of one rendered sheet, in print order (row by row, left to right). */
export function decodeSheet(image: RgbaImage, layout: SheetLayout, dpi: number): (string | null)[] {
  const px = (mm: number) => Math.floor((mm * dpi) / 25.4);
  const decoded: (string | null)[] = [];
  for (let row = 0; row < layout.rows; row++)
    for (let column = 0; column < layout.columns; column++) {
      const x = layout.marginLeftMm + column * (layout.labelWidthMm + layout.gapXMm);
      const y = layout.marginTopMm + row * (layout.labelHeightMm + layout.gapYMm);
      const width = Math.min(px(layout.labelWidthMm), image.width - px(x));
      const height = Math.min(px(layout.labelHeightMm), image.height - px(y));
      decoded.push(decodeQr(crop(image, px(x), px(y), width, height)));
    }
  return decoded;
}

/**
 * Draws an SVG on a white canvas in a blank tab of the browser, `scale` device pixels per CSS pixel, and returns its pixels
 * and a PNG of it: the way a browser or a printing house's RIP rasterises the file, not our own code.
 */
export async function rasteriseSvg(
  page: Page,
  svg: string,
  scale: number,
): Promise<{ image: RgbaImage; png: Buffer }> {
  // a blank page of the same browser: the app's content security policy allows no blob: images
  const viewer = await page.context().newPage();
  const drawn = await viewer.evaluate(
    async ({ svg, scale }) => {
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.naturalWidth * scale);
      canvas.height = Math.round(img.naturalHeight * scale);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < pixels.length; i += 0x8000)
        binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
      return {
        width: canvas.width,
        height: canvas.height,
        rgba: btoa(binary),
        png: canvas.toDataURL('image/png').split(',')[1] ?? '',
      };
    },
    { svg, scale },
  );
  await viewer.close();
  return {
    image: {
      width: drawn.width,
      height: drawn.height,
      data: new Uint8ClampedArray(Buffer.from(drawn.rgba, 'base64')),
    },
    png: Buffer.from(drawn.png, 'base64'),
  };
}
