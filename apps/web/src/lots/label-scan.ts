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

/**
 * The browser's own QR detector, or null where the phone has none. The ZXing polyfill (barcode-detector) is not
 * used: it compiles WebAssembly, which the app's CSP (script-src 'self', no 'wasm-unsafe-eval') refuses.
 */
export async function nativeQrDetector(): Promise<QrDetector | null> {
  const candidate: unknown = Reflect.get(globalThis, 'BarcodeDetector');
  if (!isDetectorConstructor(candidate)) return null;
  const formats: string[] = await candidate.getSupportedFormats().catch(() => []);
  return formats.includes('qr_code') ? new candidate({ formats: ['qr_code'] }) : null;
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
