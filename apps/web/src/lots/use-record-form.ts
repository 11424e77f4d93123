import type { ErrorSchema } from '@rjsf/utils';
import { useEffect, useRef, useState } from 'react';
import { type GpsPoint, useEventDraft } from './event-fields';
import { isTransientFailure } from './idempotent-send';
import { type SortedProblem, sortProblem } from './record-problems';
import { revealFirstError } from './reveal-first-error';
import { useIdempotentSubmit } from './use-idempotent-submit';

export type SendResult<T> = { ok: true; value: T } | { ok: false; problem: SortedProblem } | null;

interface InitialRecord {
  data: unknown;
  eventTime: string;
  location: GpsPoint | null;
}

/**
 * The state of a screen that sends one stage form with an event time and place: the form's data, the server's
 * messages on its fields, a notice, and one Idempotency-Key for the whole submission with its retries.
 */
export function useRecordForm(initial?: InitialRecord) {
  const [formData, setFormData] = useState<unknown>(initial?.data ?? {});
  const [formErrors, setFormErrors] = useState<ErrorSchema<unknown> | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const event = useEventDraft(initial);
  const submitter = useIdempotentSubmit();
  const formBox = useRef<HTMLDivElement>(null);

  // bumped by every submit attempt and refusal: once the screen shows its messages, the first is brought to view
  const [revealed, setRevealed] = useState(0);
  useEffect(() => {
    if (revealed > 0) revealFirstError(formBox.current);
  }, [revealed]);
  const reveal = () => setRevealed((n) => n + 1);

  /** Runs the stage form's own checks; its onSubmit then calls `send`. */
  const requestSubmit = () => {
    formBox.current?.querySelector('form')?.requestSubmit();
    reveal();
  };

  /** Sends with the screen's key; a refusal lands on the form's fields, the event time and the notice. */
  async function send<T>(
    request: (idempotencyKey: string) => Promise<T>,
    isOwnField: (pointer: string) => boolean = () => false,
  ): Promise<SendResult<T>> {
    setNotice(null);
    setFormErrors(undefined);
    event.setServerError(undefined);
    const outcome = await submitter.submit(request);
    if (!outcome || outcome.ok) return outcome;
    const problem = sortProblem(outcome.error, (pointer) => pointer === '/eventTime' || isOwnField(pointer));
    setFormErrors(problem.formErrors);
    event.setServerError(problem.fieldErrors.get('/eventTime'));
    // after every automatic retry failed the bar says so; the notice is for the server's answers
    setNotice(isTransientFailure(outcome.error) ? null : problem.notice);
    reveal();
    return { ok: false, problem };
  }

  return {
    formData,
    setFormData,
    formErrors,
    notice,
    event,
    formBox,
    requestSubmit,
    reveal,
    send,
    status: submitter.status,
    sending: submitter.sending,
  };
}

export type RecordFormState = ReturnType<typeof useRecordForm>;
