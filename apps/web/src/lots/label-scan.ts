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

/** The QR reader cannot run here: the polyfill's script or WebAssembly could not be fetched or compiled. */
export class QrReaderUnavailable extends Error {
  override name = 'QrReaderUnavailable';
}

/** How long the polyfill's WebAssembly may take to arrive and compile at the first frame before we give up on it. */
export const qrReaderTimeoutMs = 30_000;

/** Waits for the reader to be ready; its failure, or no answer in time, is a QrReaderUnavailable. */
export function readerReady(prepare: () => Promise<unknown>, timeoutMs = qrReaderTimeoutMs): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new QrReaderUnavailable(`the QR reader was not ready after ${timeoutMs} ms`)),
      timeoutMs,
    );
    prepare().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (cause: unknown) => {
        clearTimeout(timer);
        reject(new QrReaderUnavailable('the QR reader could not be loaded', { cause }));
      },
    );
  });
}

/**
 * The `barcode-detector` polyfill (ZXing on WebAssembly), imported only where the phone has no QR detector of its
 * own, so that other phones and every other screen never download it. Its 1 MB .wasm is fetched at the first
 * frame scanned, not when the packing form opens; when it cannot be fetched or compiled (offline at the first scan,
 * a proxy's CSP without 'wasm-unsafe-eval') every detect rejects with QrReaderUnavailable, so the scanner can say so.
 * zxing-wasm is pinned to the version barcode-detector depends on: the polyfill's JavaScript and the .wasm above
 * must come from the same build.
 */
export async function polyfillQrDetector(prepareReader?: () => Promise<unknown>): Promise<QrDetector> {
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  const prepare =
    prepareReader ?? (() => prepareZXingModule({ overrides: zxingOverrides, fireImmediately: true }));
  let ready: Promise<void> | undefined;
  let reader: QrDetector | undefined;
  return {
    async detect(source) {
      // A failure is not kept: once back online, the clerk's next try of the scanner loads the reader again.
      ready ??= readerReady(prepare).catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
      await ready;
      reader ??= new BarcodeDetector({ formats: ['qr_code'] });
      return reader.detect(source);
    },
  };
}

/**
 * The detector the scanner uses: the phone's own where it reads QR codes, else the polyfill; a QrReaderUnavailable
 * when the polyfill cannot be loaded either (offline on first use), which the scanner shows instead of a count.
 */
export async function qrDetector(
  loadPolyfill: () => Promise<QrDetector> = polyfillQrDetector,
): Promise<QrDetector | QrReaderUnavailable> {
  const native = await nativeQrDetector();
  if (native) return native;
  return loadPolyfill().catch(
    (cause: unknown) => new QrReaderUnavailable('the QR reader could not be loaded', { cause }),
  );
}

/** Why the camera gave no frames, from getUserMedia's error (or its absence). */
export type CameraProblem = 'denied' | 'missing' | 'busy' | 'insecure';

export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError')
    return 'missing';
  return 'busy';
}

/** Opens the back camera; rejects with a CameraProblem where the page may not (plain http) or cannot use one. */
export async function openBackCamera(): Promise<MediaStream> {
  const devices: MediaDevices | undefined = Reflect.get(navigator, 'mediaDevices');
  if (!devices?.getUserMedia)
    throw Object.assign(new Error('no camera API'), { problem: 'insecure' as const });
  try {
    return await devices.getUserMedia({ video: { facingMode: 'environment' } });
  } catch (error) {
    throw Object.assign(new Error('camera refused'), { problem: cameraProblemOf(error), cause: error });
  }
}

export const problemOf = (error: unknown): CameraProblem =>
  error instanceof Error && 'problem' in error ? (error.problem as CameraProblem) : cameraProblemOf(error);

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
