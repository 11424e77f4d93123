import type { ChangeEvent, FormEvent } from 'react';
import { useState } from 'react';
import { fieldErrorsOf } from '../api/problems';
import { type Translate, useT } from '../i18n/use-t';
import { notifyProblem } from './notify';

export type FieldErrors = Record<string, string | undefined>;
type FormValues = Record<string, string>;

/**
 * The state of a small form whose fields are strings (select values included): values, per-field errors
 * from the client-side check or from the API's problem, and the props an input needs.
 */
export function useFormState<T extends FormValues>(
  initial: T,
  validate: (values: T, t: Translate) => FieldErrors,
) {
  const t = useT();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  function setField(field: keyof T & string, value: string): void {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  const textProps = (field: keyof T & string) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setField(field, event.currentTarget.value),
    error: errors[field],
  });

  const selectProps = (field: keyof T & string) => ({
    value: values[field] === '' ? null : values[field],
    onChange: (value: string | null) => setField(field, value ?? ''),
    error: errors[field],
  });

  /** Shows the API's field errors on their inputs, or the problem as a notification when it names no field here. */
  function showServerError(error: unknown): void {
    const fieldErrors = fieldErrorsOf(error, Object.keys(values));
    if (Object.keys(fieldErrors).length === 0) notifyProblem(error, t);
    else setErrors(fieldErrors);
  }

  /** A submit handler that runs the client-side check first and calls `send` only when it passes. */
  const onSubmit = (send: (values: T) => void) => (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values, t);
    setErrors(found);
    if (!Object.values(found).some(Boolean)) send(values);
  };

  const reset = (next: T = initial) => {
    setValues(next);
    setErrors({});
  };

  return { values, errors, setField, textProps, selectProps, showServerError, onSubmit, reset, setErrors };
}

export function requireText(value: string, t: Translate, min = 1): string | undefined {
  const length = value.trim().length;
  if (length === 0) return t('common.required');
  return length < min ? t('common.tooShort', { min }) : undefined;
}

export type FormState<T extends FormValues> = ReturnType<typeof useFormState<T>>;
