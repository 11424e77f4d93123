import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Resolves once a slow reader has caught up; rejects when the output closes or fails first (a client gone). */
export async function drained(out: Writable): Promise<void> {
  // A destroyed stream no longer reports needing a drain (Node 20): check it first.
  if (out.destroyed) throw new Error('The output closed before the labels were written');
  if (!out.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off('drain', onDrain).off('close', onClose).off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new Error('The output closed before the labels were written'));
    out.on('drain', onDrain).on('close', onClose).on('error', settle);
  });
}

/** The output's end, watched from the start so that an early failure is never an unhandled rejection. */
export function outputDone(out: Writable): Promise<void> {
  const done = finished(out);
  done.catch(() => undefined);
  return done;
}
