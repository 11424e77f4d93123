import { qrQuietZoneModules } from '@nguon/domain';
import QRCode from 'qrcode';

/** A QR symbol as one vector path in module units, the quiet zone included in `side`. */
export interface QrPath {
  /** SVG path data: one `M x y h n v1 h-n z` rectangle per horizontal run of dark modules. */
  path: string;
  /** The same runs as PDF rectangle operators (`x y n 1 re`), so the PDF writer does no parsing. */
  rects: string;
  /** Modules across the symbol itself. */
  modules: number;
  /** Modules across symbol and quiet zone: the path's coordinate space is `side` x `side`. */
  side: number;
}

const utf8 = new TextEncoder();

/** The QR for `text` in byte mode at level M (the size qrModuleCount predicts), merged runs, never a bitmap. */
export function qrPath(text: string): QrPath {
  const symbol = QRCode.create([{ data: utf8.encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const { size, data } = symbol.modules;
  let path = '';
  let rects = '';
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column++;
      const run = column - start;
      const x = start + qrQuietZoneModules;
      const y = row + qrQuietZoneModules;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      rects += `${x} ${y} ${run} 1 re\n`;
    }
  }
  return { path, rects, modules: size, side: size + 2 * qrQuietZoneModules };
}
