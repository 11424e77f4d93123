import { Button, Modal, Stack, Text } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { checkSerial } from './label-draft';
import { type QrDetector, qrDetector, serialFromScan, signalScan } from './label-scan';

/** The QR detector once known (the phone's own or the polyfill): undefined while loading, null where there is none. */
function useQrDetector() {
  const [detector, setDetector] = useState<QrDetector | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void qrDetector().then((found) => live && setDetector(found));
    return () => {
      live = false;
    };
  }, []);
  return detector;
}

/** Runs the back camera into the video and reports each new label code it reads, until closed. */
function useCameraScan(
  video: React.RefObject<HTMLVideoElement | null>,
  detector: QrDetector | null | undefined,
  open: boolean,
  onSerial: (serial: string) => void,
) {
  const [failed, setFailed] = useState(false);
  const report = useRef(onSerial);
  report.current = onSerial;
  useEffect(() => {
    if (!open || !detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    // Closed before the camera was granted: the stream that arrives later is stopped at once.
    let live = true;
    const seen = new Set<string>();
    // One frame at a time: the polyfill's first frame waits for its WebAssembly, and a slow phone must not queue more.
    let busy = false;
    const tick = async () => {
      const element = video.current;
      if (busy || !element || element.readyState < 2) return;
      busy = true;
      const found = await detector.detect(element).catch(() => []);
      busy = false;
      for (const { rawValue } of found) {
        const checked = checkSerial(serialFromScan(rawValue));
        if (!checked.ok || seen.has(checked.serial)) continue;
        seen.add(checked.serial);
        signalScan();
        report.current(checked.serial);
      }
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' } })
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
      .catch(() => setFailed(true));
    return () => {
      live = false;
      clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [open, detector, video]);
  return failed;
}

/** "Scan with the camera": each new label beeps and counts; hidden only where no QR reader can be had. */
export function LabelScanner({ onSerial }: { onSerial: (serial: string) => void }) {
  const t = useT();
  const detector = useQrDetector();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState(0);
  const video = useRef<HTMLVideoElement | null>(null);
  const failed = useCameraScan(video, detector, open, (serial) => {
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
          <video ref={video} muted playsInline style={{ width: '100%', borderRadius: 8 }} />
          <Text fw={600} data-testid="labels-scan-count">
            {failed ? t('lots.labels.cameraDenied') : t('lots.labels.scanning', { count })}
          </Text>
          <Button size="lg" onClick={() => setOpen(false)}>
            {t('lots.labels.scanDone')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
