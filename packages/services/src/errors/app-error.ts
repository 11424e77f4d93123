import type { ErrorCode, FieldErrorSource, ParamSources } from '@nguon/contracts';

/** A bad field as codes and values; the edge words it (`fieldErrorMessage`). */
export type FieldError = FieldErrorSource;

/** A user error: the caller is at fault; the API turns it into a coded 4xx problem. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Values and sources for the code's message; words only at the edge. */
    readonly params: ParamSources = {},
    /** JSON pointer of the bad value, when one value is at fault. */
    readonly path?: string,
    /** Every bad field, for forms that mark each one. */
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** PostgreSQL's unique_violation, from either driver. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
