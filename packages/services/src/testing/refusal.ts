import { AppError } from '../errors/app-error';

/** The AppError a use case refused with; fails the test when it succeeded or failed otherwise. */
export async function refusalOf(attempt: Promise<unknown>): Promise<AppError> {
  const outcome = await attempt.then(
    () => null,
    (error: unknown) => error,
  );
  if (outcome instanceof AppError) return outcome;
  throw new Error(`expected a refusal (AppError), got ${outcome === null ? 'success' : String(outcome)}`);
}
