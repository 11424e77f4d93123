import { type PointerEvent, useEffect, useRef } from 'react';

export interface SignaturePadHandle {
  clear(): void;
  isEmpty(): boolean;
  toPng(): Promise<Blob | null>;
}

interface SignaturePadProps {
  label: string;
  onReady: (handle: SignaturePadHandle) => void;
  onStroke: () => void;
  disabled?: boolean;
}

const point = (event: PointerEvent<HTMLCanvasElement>) => {
  const box = event.currentTarget.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
};

/** Sizes the canvas for the screen's pixel density and hands the parent clear / toPng. */
function usePadCanvas(onReady: SignaturePadProps['onReady']) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef(0);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.max(1, element.clientWidth) * ratio;
    element.height = Math.max(1, element.clientHeight) * ratio;
    const context = element.getContext('2d');
    context?.scale(ratio, ratio);
    onReady({
      clear: () => {
        strokes.current = 0;
        context?.clearRect(0, 0, element.width, element.height);
      },
      isEmpty: () => strokes.current === 0,
      toPng: () => new Promise((resolve) => element.toBlob(resolve, 'image/png')),
    });
  }, [onReady]);
  return { canvas, strokes };
}

/** A canvas to sign on with a finger, pen or mouse (pointer events; the page does not scroll while signing). */
export function SignaturePad({ label, onReady, onStroke, disabled }: SignaturePadProps) {
  const { canvas, strokes } = usePadCanvas(onReady);
  const drawing = useRef(false);
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    if (disabled) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const { x, y } = point(event);
    Object.assign(context, { lineWidth: 2.5, lineCap: 'round', lineJoin: 'round', strokeStyle: '#1a1b1e' });
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    const { x, y } = point(event);
    context?.lineTo(x, y);
    context?.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    strokes.current += 1;
    onStroke();
  };
  return (
    <canvas
      ref={canvas}
      className="nguon-signature-pad"
      aria-label={label}
      role="img"
      onPointerDown={start}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerLeave={end}
    />
  );
}
