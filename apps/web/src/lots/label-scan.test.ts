import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cameraProblemOf,
  nativeQrDetector,
  openBackCamera,
  polyfillQrDetector,
  problemOf,
  QrReaderUnavailable,
  qrDetector,
  readerReady,
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

  it('answers QrReaderUnavailable when the polyfill cannot be loaded, e.g. offline on first use', async () => {
    const answer = await qrDetector(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    expect(answer).toBeInstanceOf(QrReaderUnavailable);
  });

  it('loads the reader again on the next try after a failed load (offline, then back online)', async () => {
    let loads = 0;
    const detector = await polyfillQrDetector(async () => {
      loads += 1;
      if (loads === 1) throw new TypeError('Failed to fetch');
    });
    const frame = document.createElement('video');
    await expect(detector.detect(frame)).rejects.toBeInstanceOf(QrReaderUnavailable);
    // the second try loads again (what the polyfill then makes of an empty test video does not matter here)
    await detector.detect(frame).catch(() => []);
    expect(loads).toBe(2);
  });

  it('fetches the WebAssembly from our own origin, never from a CDN', () => {
    const located = zxingOverrides.locateFile('zxing_reader.wasm', 'https://example.invalid/');
    expect(located).not.toMatch(/jsdelivr|^https?:/);
    expect(located).toMatch(/zxing_reader.*\.wasm$/);
  });
});

describe('readerReady: the WebAssembly reader fetched and compiled, or a plain failure', () => {
  it('resolves once the module is ready', async () => {
    await expect(readerReady(async () => ({}))).resolves.toBeUndefined();
  });

  it.each([
    ['offline at the first scan', new TypeError('Failed to fetch')],
    [
      "a CSP without 'wasm-unsafe-eval'",
      new WebAssembly.CompileError(
        "WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source",
      ),
    ],
  ])('rejects with QrReaderUnavailable when %s', async (_case, cause) => {
    const failed = readerReady(() => Promise.reject(cause));
    await expect(failed).rejects.toBeInstanceOf(QrReaderUnavailable);
    await expect(failed).rejects.toMatchObject({ cause });
  });

  it('gives up on a module that never answers', async () => {
    vi.useFakeTimers();
    try {
      const stuck = readerReady(() => new Promise(() => {}), 1_000);
      vi.advanceTimersByTime(1_000);
      await expect(stuck).rejects.toBeInstanceOf(QrReaderUnavailable);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the camera’s failures, by getUserMedia’s error names', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'missing'],
    ['OverconstrainedError', 'missing'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
  ])('%s is %s', (name, problem) => {
    expect(cameraProblemOf(new DOMException('no', name))).toBe(problem);
  });

  it('is insecure where the page has no camera API (plain http away from localhost)', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
    const error = await openBackCamera().catch((e: unknown) => e);
    expect(problemOf(error)).toBe('insecure');
  });

  it('asks for the back camera and tells a refusal apart', async () => {
    const getUserMedia = vi.fn(() =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
    );
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    const error = await openBackCamera().catch((e: unknown) => e);
    expect(problemOf(error)).toBe('denied');
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' } });
  });
});
