import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconScan } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { checkSerial } from './label-draft';
import {
  type CameraProblem,
  openBackCamera,
  problemOf,
  type QrDetector,
  QrReaderUnavailable,
  qrDetector,
  serialFromScan,
  signalScan,
} from './label-scan';

/** Why nothing is being scanned: the camera's refusal or absence, or a QR reader that could not be loaded. */
export type ScanProblem = CameraProblem | 'reader';

const problemMessages = {
  denied: 'lots.labels.cameraDenied',
  missing: 'lots.labels.cameraMissing',
  busy: 'lots.labels.cameraBusy',
  insecure: 'lots.labels.cameraInsecure',
  reader: 'lots.labels.readerFailed',
} as const satisfies Record<ScanProblem, string>;

type LoadDetector = () => Promise<QrDetector | QrReaderUnavailable>;

/** The QR detector once known (the phone's own or the polyfill): undefined while loading. */
function useQrDetector(load: LoadDetector) {
  const [detector, setDetector] = useState<QrDetector | QrReaderUnavailable | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void load().then((found) => live && setDetector(found));
    return () => {
      live = false;
    };
  }, [load]);
  return detector;
}

/** Runs the back camera into the video and reports each new label code it reads, until closed or it fails. */
function useCameraScan(
  video: React.RefObject<HTMLVideoElement | null>,
  detector: QrDetector | QrReaderUnavailable | undefined,
  open: boolean,
  onSerial: (serial: string) => void,
) {
  const [problem, setProblem] = useState<ScanProblem | null>(null);
  const report = useRef(onSerial);
  report.current = onSerial;
  useEffect(() => {
    setProblem(null);
    if (!open || !detector) return;
    if (detector instanceof QrReaderUnavailable) {
      setProblem('reader');
      return;
    }
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    // Closed before the camera was granted: the stream that arrives later is stopped at once.
    let live = true;
    const stop = () => {
      live = false;
      clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    const seen = new Set<string>();
    // One frame at a time: the polyfill's first frame waits for its WebAssembly, and a slow phone must not queue more.
    let busy = false;
    const tick = async () => {
      const element = video.current;
      if (busy || !live || !element || element.readyState < 2) return;
      busy = true;
      const found = await detector.detect(element).catch((error: unknown) => {
        // the reader itself is missing: no frame will ever be read, so say so and stop the camera
        if (error instanceof QrReaderUnavailable && live) {
          stop();
          setProblem('reader');
        }
        return [];
      });
      busy = false;
      for (const { rawValue } of found) {
        const checked = checkSerial(serialFromScan(rawValue));
        if (!checked.ok || seen.has(checked.serial)) continue;
        seen.add(checked.serial);
        signalScan();
        report.current(checked.serial);
      }
    };
    openBackCamera()
      .then((media) => {
        if (!live) {
          for (const track of media.getTracks()) track.stop();
          return;
        }
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play();
        }
        timer = setInterval(() => void tick(), 200);
      })
      .catch((error: unknown) => live && setProblem(problemOf(error)));
    return stop;
  }, [open, detector, video]);
  return problem;
}

interface LabelScannerProps {
  onSerial: (serial: string) => void;
  /** Where the QR detector comes from; the phone's own or the polyfill unless a test says otherwise. */
  loadDetector?: LoadDetector;
}

/** "Scan with the camera": each new label beeps and counts; a camera or reader that fails says why and what to do. */
export function LabelScanner({ onSerial, loadDetector = qrDetector }: LabelScannerProps) {
  const t = useT();
  const detector = useQrDetector(loadDetector);
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState(0);
  const video = useRef<HTMLVideoElement | null>(null);
  const problem = useCameraScan(video, detector, open, (serial) => {
    setCount((n) => n + 1);
    onSerial(serial);
  });
  if (!detector) return null;
  return (
    <>
      <Button
        variant="light"
        size="md"
        leftSection={<IconScan size={20} />}
        onClick={() => {
          setCount(0);
          setOpen(true);
        }}
        data-testid="labels-scan"
      >
        {t('lots.labels.scan')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('lots.labels.scan')} fullScreen>
        <Stack gap="sm">
          {problem && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={20} />}
              role="alert"
              data-testid="labels-scan-problem"
              data-problem={problem}
            >
              {t(problemMessages[problem])}
            </Alert>
          )}
          <video
            ref={video}
            muted
            playsInline
            style={{ width: '100%', borderRadius: 8, display: problem ? 'none' : undefined }}
          />
          {(!problem || count > 0) && (
            <Text fw={600} data-testid="labels-scan-count">
              {t('lots.labels.scanning', { count })}
            </Text>
          )}
          <Button size="lg" onClick={() => setOpen(false)}>
            {t('lots.labels.scanDone')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
