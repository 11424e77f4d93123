import { afterEach, describe, expect, it } from 'vitest';
import {
  nativeQrDetector,
  polyfillQrDetector,
  qrDetector,
  serialFromScan,
  zxingOverrides,
} from './label-scan';

describe('serialFromScan', () => {
  it.each([
    ['https://trace.htx.vn/01/08938500000010/21/7KQM3XWP9D2FH', '7KQM3XWP9D2FH'],
    ['https://trace.htx.vn/01/08938500000010/10/L%2F1/21/7KQM3XWP9D2FH?linkType=all', '7KQM3XWP9D2FH'],
    ['http://192.168.1.10:3000/q/7KQM3XWP9D2FH/', '7KQM3XWP9D2FH'],
    [' 7KQM 3XWP 9D2FH ', '7KQM 3XWP 9D2FH'],
  ])('reads %s as %s', (raw, serial) => {
    expect(serialFromScan(raw)).toBe(serial);
  });
});

describe('nativeQrDetector', () => {
  it('is null where the browser has no BarcodeDetector (jsdom)', async () => {
    expect(await nativeQrDetector()).toBeNull();
  });
});

/** A browser's own detector, as Chrome on Android has it: the formats it reads are the phone's. */
function nativeDetectorReading(formats: string[]) {
  return class NativeBarcodeDetector {
    static getSupportedFormats = async () => formats;
    constructor(readonly options: { formats: string[] }) {}
    detect = async () => [];
  };
}

describe('qrDetector: the phone’s own detector where it reads QR codes, else the ZXing polyfill', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'BarcodeDetector');
  });

  it('uses the native detector, for QR codes only, and never loads the polyfill', async () => {
    const Native = nativeDetectorReading(['ean_13', 'qr_code']);
    Reflect.set(globalThis, 'BarcodeDetector', Native);
    let polyfillLoaded = false;
    const detector = await qrDetector(async () => {
      polyfillLoaded = true;
      return polyfillQrDetector();
    });
    expect(detector).toBeInstanceOf(Native);
    expect(detector).toMatchObject({ options: { formats: ['qr_code'] } });
    expect(polyfillLoaded).toBe(false);
  });

  it.each([
    ['no BarcodeDetector at all (Firefox, iOS Safari before 17, Linux Chromium)', undefined],
    ['a native detector without qr_code', nativeDetectorReading(['ean_13'])],
    ['a native detector that lists no formats', nativeDetectorReading([])],
  ])('loads the polyfill with %s', async (_case, Native) => {
    if (Native) Reflect.set(globalThis, 'BarcodeDetector', Native);
    let polyfillLoaded = 0;
    const detector = await qrDetector(async () => {
      polyfillLoaded += 1;
      return polyfillQrDetector();
    });
    expect(polyfillLoaded).toBe(1);
    expect(detector).not.toBeNull();
    if (Native) expect(detector).not.toBeInstanceOf(Native);
    expect(await nativeQrDetector()).toBeNull();
  });

  it('hides the scanner (null) when the polyfill cannot be loaded, e.g. offline on first use', async () => {
    expect(
      await qrDetector(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
    ).toBeNull();
  });

  it('fetches the WebAssembly from our own origin, never from a CDN', () => {
    const located = zxingOverrides.locateFile('zxing_reader.wasm', 'https://example.invalid/');
    expect(located).not.toMatch(/jsdelivr|^https?:/);
    expect(located).toMatch(/zxing_reader.*\.wasm$/);
  });
});
