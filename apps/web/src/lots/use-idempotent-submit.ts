import { useCallback, useRef, useState } from 'react';
import { isTransientFailure, newIdempotencyKey, sendWithRetries } from './idempotent-send';

export type SubmitPhase =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'retrying'; attempt: number; of: number }
  /** Every automatic retry failed: the data stays on screen and the next try keeps the same key. */
  | { phase: 'offline' };

export type SubmitOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * One submission of a screen: its Idempotency-Key is made when the screen opens and kept across automatic and
 * manual retries; only a definite answer from the server (a refusal the person fixes) starts a new one.
 */
export function useIdempotentSubmit() {
  const key = useRef<string | null>(null);
  key.current ??= newIdempotencyKey();
  const [status, setStatus] = useState<SubmitPhase>({ phase: 'idle' });
  const busy = useRef(false);

  const submit = useCallback(
    async <T>(send: (key: string) => Promise<T>): Promise<SubmitOutcome<T> | null> => {
      if (busy.current) return null;
      busy.current = true;
      setStatus({ phase: 'sending' });
      const usedKey = key.current ?? newIdempotencyKey();
      try {
        const value = await sendWithRetries(() => send(usedKey), {
          onRetry: (attempt, of) => setStatus({ phase: 'retrying', attempt, of }),
        });
        setStatus({ phase: 'idle' });
        return { ok: true, value };
      } catch (error) {
        const offline = isTransientFailure(error);
        if (!offline) key.current = newIdempotencyKey();
        setStatus(offline ? { phase: 'offline' } : { phase: 'idle' });
        return { ok: false, error };
      } finally {
        busy.current = false;
      }
    },
    [],
  );

  return { status, submit, sending: status.phase === 'sending' || status.phase === 'retrying' };
}
