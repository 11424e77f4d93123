import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { builtInLabelLayouts, type LabelLayout, labelCells, qrModuleCount } from '@nguon/domain';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { labelSvg } from './label-svg';
import type { LabelPrintItem } from './label-texts';
import { writeLabelsPdf } from './labels-pdf';
import { labelSvgFileName, writeLabelsZip } from './labels-zip';
import { encodeQrInWorkers, qrWorkerThreshold } from './qr-pool';
import { qrPath } from './qr-svg';

const dir = mkdtempSync(join(tmpdir(), 'labels-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const layoutOf = (key: string): LabelLayout => {
  const found = builtInLabelLayouts.find((entry) => entry.key === key);
  if (!found) throw new Error(`no layout ${key}`);
  return found.layout;
};
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const serialOf = (seq: number) =>
  Array.from({ length: 13 }, (_, index) => alphabet[(seq * 7 + index * 13 + seq * index) % 32]).join('');
const itemOf = (
  seq: number,
  productName: string | null = 'Gạo ST25 Sóc Trăng thượng hạng túi 5 kg',
): LabelPrintItem => {
  const serial = serialOf(seq);
  return {
    seq,
    serial,
    url: `https://truyxuat.example.vn/01/08938500000010/10/LOT-2026-12/21/${serial}`,
    code: serial.replace(/(.{4})/g, '$1 ').trim(),
    productName,
  };
};
async function* itemsOf(count: number): AsyncGenerator<LabelPrintItem> {
  for (let seq = 1; seq <= count; seq++) yield itemOf(seq);
}

async function writePdf(name: string, layout: LabelLayout, count: number, qrWorkers = 0) {
  const file = join(dir, name);
  const pages: number[] = [];
  const result = await writeLabelsPdf(itemsOf(count), layout, createWriteStream(file), {
    qrWorkers,
    onPage: (done) => pages.push(done),
  });
  return { file, result, pages };
}

/** Renders page 1 at 300 dpi with poppler and decodes the QR of every label cell with jsQR. */
async function decodePageOne(file: string, layout: LabelLayout): Promise<(string | null)[]> {
  execFileSync('pdftoppm', [
    '-r',
    '300',
    '-f',
    '1',
    '-l',
    '1',
    '-png',
    '-singlefile',
    file,
    join(dir, 'page'),
  ]);
  const image = sharp(join(dir, 'page.png'));
  const pxPerMm = 300 / 25.4;
  const decoded: (string | null)[] = [];
  for (const cell of labelCells(layout)) {
    const { data, info } = await image
      .clone()
      .extract({
        left: Math.floor(cell.x * pxPerMm),
        top: Math.floor(cell.y * pxPerMm),
        width: Math.floor(cell.width * pxPerMm),
        height: Math.floor(cell.height * pxPerMm),
      })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    decoded.push(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null);
  }
  return decoded;
}

const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);

describe('qrPath', () => {
  it('draws the size qrModuleCount predicts, as merged runs', () => {
    const url = itemOf(1).url;
    const qr = qrPath(url);
    expect(qr.modules).toBe(qrModuleCount(url));
    expect(qr.side).toBe(qr.modules + 8);
    expect(qr.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(qr.path.match(/M/g)?.length).toBe(qr.rects.split('\n').length - 1);
  });

  it('gives the same paths, in order, from the worker threads', async () => {
    const seen: string[] = [];
    for await (const { item, qr } of encodeQrInWorkers(itemsOf(qrWorkerThreshold + 150), 2)) {
      expect(qr).toEqual(qrPath(item.url));
      seen.push(item.serial);
    }
    expect(seen).toEqual(Array.from({ length: qrWorkerThreshold + 150 }, (_, index) => serialOf(index + 1)));
  });
});

describe('writeLabelsPdf', () => {
  it('prints a sheet whose every label on page 1 scans to its URL, in print order', async () => {
    const layout = layoutOf('a4-3x7-63.5x38.1');
    const { file, result, pages } = await writePdf('sheet.pdf', layout, 50);
    expect(result).toEqual({ pages: 3, labels: 50 });
    expect(pages).toEqual([1, 2, 3]);
    expect(pdfPages(file)).toBe(3);
    const decoded = await decodePageOne(file, layout);
    expect(decoded).toEqual(Array.from({ length: 21 }, (_, index) => itemOf(index + 1).url));
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString();
    expect(text).toContain('Quét để truy xuất');
    expect(text).toContain('Scan to trace');
    expect(text).toContain(itemOf(1).code);
    expect(text).toContain('Gạo ST25');
  });

  it.each(['a4-5x13-38.1x21.2', 'a4-4x10-48.5x25.4'])(
    'scans every label of the small sheet %s',
    async (key) => {
      const layout = layoutOf(key);
      const { file } = await writePdf(`${key}.pdf`, layout, 70);
      expect(
        (await decodePageOne(file, layout)).filter((url, index) => url === itemOf(index + 1).url),
      ).toHaveLength(labelCells(layout).length);
    },
  );

  it('prints a thermal roll one label a page, with worker threads past the threshold', async () => {
    const layout = layoutOf('roll-50x30');
    const { file, result } = await writePdf('roll.pdf', layout, qrWorkerThreshold + 3, 1);
    expect(result.pages).toBe(qrWorkerThreshold + 3);
    expect(pdfPages(file)).toBe(qrWorkerThreshold + 3);
    expect(await decodePageOne(file, layout)).toEqual([itemOf(1).url]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const out = createWriteStream(join(dir, 'aborted.pdf'));
    const writing = writeLabelsPdf(itemsOf(500), layoutOf('a4-3x7-63.5x38.1'), out, {
      signal: controller.signal,
      qrWorkers: 0,
      onPage: (done) => done === 2 && controller.abort(new Error('stopped by the owner')),
    });
    await expect(writing).rejects.toThrow('stopped by the owner');
    out.destroy();
  });
});

describe('a reader that goes away', () => {
  it('fails the PDF instead of waiting for it forever', async () => {
    // Never acknowledges a chunk: a stalled client, then gone.
    const out = new Writable({ highWaterMark: 1024, write: () => undefined });
    const writing = writeLabelsPdf(itemsOf(300), layoutOf('a4-3x7-63.5x38.1'), out, {
      qrWorkers: 0,
      onPage: (done) => done === 1 && setTimeout(() => out.destroy(), 20),
    });
    await expect(writing).rejects.toThrow(/closed before the labels were written|Premature close/);
  });
});

describe('labelSvg', () => {
  it('is a standalone SVG in mm whose QR scans, with its texts escaped', async () => {
    const item = itemOf(7, 'Mắm <Ngon> & "Nhỉ"');
    const svg = labelSvg(item, layoutOf('a4-3x8-70x37'));
    expect(svg).toMatch(/^<svg [^>]*width="70mm" height="37mm" viewBox="0 0 70 37"/);
    expect(svg).toContain('Mắm &lt;Ngon&gt; &amp; &quot;Nhỉ&quot;');
    expect(svg).toContain('Quét để truy xuất');
    const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
      .flatten({ background: '#fff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(item.url);
  });

  it('leaves out a missing product name', () => {
    const svg = labelSvg(itemOf(1, null), layoutOf('a4-3x8-70x37'));
    // the hints are regular glyph outlines ("r…"), the serial the one <text>; no bold (name) glyph at all
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).not.toMatch(/id="b\d+"/);
    expect(svg).toMatch(/id="r\d+"/);
  });

  it('draws Be Vietnam Pro as glyph outlines, each glyph defined once, so no viewer substitutes a font', () => {
    const svg = labelSvg(itemOf(1, 'Chè Shan Tuyết Suối Giàng'), layoutOf('a4-3x8-70x37'));
    expect(svg).not.toContain('Be Vietnam Pro');
    const defined = [...svg.matchAll(/<path id="([br]\d+)"/g)].map((match) => match[1]);
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set([...svg.matchAll(/xlink:href="#([br]\d+)"/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual([...defined].sort());
    expect(svg).toContain('<title>Chè Shan Tuyết Suối · Giàng');
    expect(svg).toMatch(/<text [^>]*font-family="[^"]*Courier New[^"]*">\w{4} \w{4} \w{4} \w<\/text>/);
    // bounded: two name lines, the serial, two hints and the QR stay under 24 kB
    expect(svg.length).toBeLessThan(24_000);
  });
});

describe('writeLabelsZip', () => {
  it('streams one SVG per label, named in print order', async () => {
    const file = join(dir, 'labels.zip');
    expect(await writeLabelsZip(itemsOf(12), layoutOf('roll-40x25'), createWriteStream(file))).toEqual({
      labels: 12,
    });
    const names = execFileSync('unzip', ['-Z1', file]).toString().trim().split('\n');
    expect(names).toEqual(Array.from({ length: 12 }, (_, index) => labelSvgFileName(itemOf(index + 1))));
    expect(names[0]).toBe(`0000001-${serialOf(1)}.svg`);
    const first = execFileSync('unzip', ['-p', file, names[0] ?? '']).toString();
    expect(first).toContain(itemOf(1).url.length > 0 ? '<path' : '');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});
