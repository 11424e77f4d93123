import zxingWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** The serial a scanned label holds: the last path segment of its Digital Link URL, or the text itself. */
export function serialFromScan(raw: string): string {
  const text = raw.trim();
  try {
    const url = new URL(text);
    return (
      url.pathname
        .split('/')
        .filter((part) => part !== '')
        .at(-1) ?? text
    );
  } catch {
    return text;
  }
}

export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface DetectorConstructor {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

const isDetectorConstructor = (value: unknown): value is DetectorConstructor =>
  typeof value === 'function' && 'getSupportedFormats' in value;

/** The browser's own QR detector, or null where the phone has none or its detector cannot read QR codes. */
export async function nativeQrDetector(): Promise<QrDetector | null> {
  const candidate: unknown = Reflect.get(globalThis, 'BarcodeDetector');
  if (!isDetectorConstructor(candidate)) return null;
  const formats: string[] = await candidate.getSupportedFormats().catch(() => []);
  return formats.includes('qr_code') ? new candidate({ formats: ['qr_code'] }) : null;
}

/**
 * Where the ZXing module finds its WebAssembly: the file Vite bundled beside our scripts (hashed name, served from
 * our own origin with a year's cache), never the jsDelivr CDN the library uses by default. The CSP allows compiling
 * it through `'wasm-unsafe-eval'` (apps/api/src/http/security-headers.ts, ADR 0007).
 */
export const zxingOverrides = {
  locateFile: (path: string, prefix: string): string =>
    path.endsWith('.wasm') ? zxingWasmUrl : prefix + path,
};

/**
 * The `barcode-detector` polyfill (ZXing on WebAssembly), imported only where the phone has no QR detector of its
 * own, so that other phones and every other screen never download it. Its 1 MB .wasm is fetched at the first
 * frame scanned (constructing the polyfill's detector starts that download), not when the packing form opens.
 * zxing-wasm is pinned to the version barcode-detector depends on: the polyfill's JavaScript and the .wasm above
 * must come from the same build.
 */
export async function polyfillQrDetector(): Promise<QrDetector> {
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  prepareZXingModule({ overrides: zxingOverrides });
  let reader: QrDetector | undefined;
  return {
    detect(source) {
      reader ??= new BarcodeDetector({ formats: ['qr_code'] });
      return reader.detect(source);
    },
  };
}

/**
 * The detector the scanner uses: the phone's own where it reads QR codes, else the polyfill; null only when the
 * polyfill cannot be loaded either (offline on first use), and the scanner then stays hidden.
 */
export async function qrDetector(
  loadPolyfill: () => Promise<QrDetector> = polyfillQrDetector,
): Promise<QrDetector | null> {
  return (await nativeQrDetector()) ?? (await loadPolyfill().catch(() => null));
}

/** A short beep and a buzz per scanned label, so the clerk need not look at the screen. */
export function signalScan(): void {
  navigator.vibrate?.(60);
  const AudioContextClass: unknown = Reflect.get(globalThis, 'AudioContext');
  if (typeof AudioContextClass !== 'function') return;
  const audio: AudioContext = Reflect.construct(AudioContextClass, []);
  const tone = audio.createOscillator();
  tone.frequency.value = 1320;
  tone.connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.08);
  tone.onended = () => void audio.close();
}
