import { ApiError } from '@nguon/contracts/client';

/** Field name from a JSON pointer of the request body: `/email` -> `email`, `/address/line` -> `address`. */
export function fieldOfPointer(pointer: string, under = ''): string {
  if (under !== '' && !pointer.startsWith(`${under}/`)) return '';
  return pointer.slice(under.length).split('/')[1] ?? '';
}

/**
 * The API's messages per body field, for the fields a form shows; empty when the problem is not about
 * one of them (then the caller shows it as a notification).
 */
export function fieldErrorsOf(
  error: unknown,
  fields: readonly string[],
  /** The pointer of the object whose fields these are, when not the body itself (e.g. `/message`). */
  under = '',
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const { errors, path, detail } = error.problem;
  const pairs: [string, string][] =
    errors && errors.length > 0
      ? errors.map((fieldError) => [fieldOfPointer(fieldError.path, under), fieldError.message])
      : path
        ? [[fieldOfPointer(path, under), detail]]
        : [];
  const result: Record<string, string> = {};
  for (const [field, message] of pairs) {
    if (fields.includes(field) && !(field in result)) result[field] = message;
  }
  return result;
}

const sessionGoneCodes: readonly string[] = ['UNAUTHENTICATED', 'SESSION_EXPIRED'];

/** True when the API says the person must sign in (again). */
export function isSessionGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && sessionGoneCodes.includes(error.code);
}
