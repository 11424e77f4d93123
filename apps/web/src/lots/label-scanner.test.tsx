import { generateLabelSerials } from '@nguon/domain';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithForms } from '../form-renderer/test-utils';
import { setLang } from '../i18n/lang-store';
import { type QrDetector, QrReaderUnavailable } from './label-scan';
import { LabelScanner } from './label-scanner';

const [serial = ''] = generateLabelSerials(1, (size) =>
  Uint8Array.from({ length: size }, (_, i) => i * 7 + 3),
);

/** The phone's camera as getUserMedia gives it: granted with one track, or refused with the browser's error. */
function camera(answer: 'granted' | DOMException | 'no api') {
  const track = { stop: vi.fn() };
  const getUserMedia = vi.fn(() =>
    answer === 'granted'
      ? Promise.resolve({ getTracks: () => [track] } as unknown as MediaStream)
      : Promise.reject(answer),
  );
  Object.defineProperty(navigator, 'mediaDevices', {
    value: answer === 'no api' ? undefined : { getUserMedia },
    configurable: true,
  });
  return { track, getUserMedia };
}

const detecting = (detect: QrDetector['detect']) => {
  const detector: QrDetector = { detect };
  return () => Promise.resolve(detector);
};

function open(loadDetector: () => Promise<QrDetector | QrReaderUnavailable>, onSerial = vi.fn()) {
  renderWithForms(<LabelScanner onSerial={onSerial} loadDetector={loadDetector} />);
  return onSerial;
}

async function startScanning() {
  fireEvent.click(await screen.findByTestId('labels-scan'));
}

describe('the camera scanner says why nothing is scanned', { timeout: 20_000 }, () => {
  beforeEach(() => {
    // a video with a frame to read (happy-dom plays nothing), and a srcObject to set
    vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', { set() {}, configurable: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'mediaDevices');
    act(() => setLang('vi'));
  });

  it('counts each new label read, once', async () => {
    camera('granted');
    const onSerial = open(detecting(async () => [{ rawValue: `https://trace.example/q/${serial}` }]));
    await startScanning();
    await waitFor(() =>
      expect(screen.getByTestId('labels-scan-count').textContent).toContain('Đã quét 1 tem'),
    );
    expect(onSerial).toHaveBeenCalledWith(serial);
    expect(onSerial).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('labels-scan-problem')).toBeNull();
  });

  it('the WebAssembly reader fails at the first frame (offline, or a CSP without wasm-unsafe-eval): says so, stops the camera', async () => {
    const { track } = camera('granted');
    const detect = vi.fn(() => Promise.reject(new QrReaderUnavailable('compile refused')));
    open(detecting(detect));
    await startScanning();
    const problem = await screen.findByTestId('labels-scan-problem');
    expect(problem.getAttribute('data-problem')).toBe('reader');
    expect(problem.textContent).toContain('Không tải được bộ đọc mã QR');
    expect(problem.textContent).toContain('tem đầu và tem cuối của cuộn');
    expect(screen.queryByTestId('labels-scan-count')).toBeNull();
    expect(track.stop).toHaveBeenCalled();
    const calls = detect.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(detect.mock.calls.length).toBe(calls);
    act(() => setLang('en'));
    expect(problem.textContent).toContain('The QR reader could not be loaded');
  });

  it('a frame the reader cannot read is not a failure', async () => {
    camera('granted');
    let frames = 0;
    open(
      detecting(async () => {
        frames += 1;
        if (frames === 1) throw new DOMException('frame not ready', 'InvalidStateError');
        return [{ rawValue: serial }];
      }),
    );
    await startScanning();
    await waitFor(() =>
      expect(screen.getByTestId('labels-scan-count').textContent).toContain('Đã quét 1 tem'),
    );
    expect(screen.queryByTestId('labels-scan-problem')).toBeNull();
  });

  it('the polyfill itself could not be loaded: the button stays and the modal says what to do', async () => {
    const { getUserMedia } = camera('granted');
    open(() => Promise.resolve(new QrReaderUnavailable('offline')));
    await startScanning();
    const problem = await screen.findByTestId('labels-scan-problem');
    expect(problem.getAttribute('data-problem')).toBe('reader');
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it.each([
    [
      'refused',
      new DOMException('Permission denied', 'NotAllowedError'),
      'denied',
      'cho phép camera cho trang này',
    ],
    [
      'absent',
      new DOMException('Requested device not found', 'NotFoundError'),
      'missing',
      'Không tìm thấy camera',
    ],
    [
      'used by another app',
      new DOMException('Could not start video source', 'NotReadableError'),
      'busy',
      'ứng dụng khác',
    ],
    ['unavailable on plain http', 'no api' as const, 'insecure', 'https'],
  ])('the camera is %s', async (_case, answer, kind, words) => {
    camera(answer);
    const detect = vi.fn(async () => []);
    open(detecting(detect));
    await startScanning();
    const problem = await screen.findByTestId('labels-scan-problem');
    expect(problem.getAttribute('data-problem')).toBe(kind);
    expect(problem.textContent).toContain(words);
    expect(problem.textContent).toContain('nhập mã');
    expect(detect).not.toHaveBeenCalled();
  });
});
