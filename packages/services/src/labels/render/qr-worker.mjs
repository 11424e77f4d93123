// Worker thread for qr-pool.ts. Plain JavaScript so that node, tsx and vitest all load it without a TS loader;
// it must build exactly the path qrPath in qr-svg.ts builds (a test compares them).
import { parentPort } from 'node:worker_threads';
import QRCode from 'qrcode';

const quietZone = 4;
const utf8 = new TextEncoder();

function qrPath(text) {
  const { size, data } = QRCode.create([{ data: utf8.encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  }).modules;
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
      const x = start + quietZone;
      const y = row + quietZone;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      rects += `${x} ${y} ${run} 1 re\n`;
    }
  }
  return { path, rects, modules: size, side: size + 2 * quietZone };
}

parentPort?.on('message', ({ id, urls }) => {
  try {
    parentPort?.postMessage({ id, paths: urls.map(qrPath) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
