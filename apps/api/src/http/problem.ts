import {
  type ErrorCode,
  type ErrorParams,
  errorCatalogue,
  errorMessage,
  type FieldErrorSource,
  type Lang,
  localizeParams,
  type Problem,
  wordsOf,
} from '@nguon/contracts';
import type { Response } from 'express';

export interface ProblemInput {
  code: ErrorCode;
  params?: ErrorParams;
  path?: string;
  /** Every bad field as codes and values, worded here in the caller's language. */
  errors?: readonly FieldErrorSource[];
}

/** Builds the application/problem+json body for a code in the caller's language. */
export function buildProblem(input: ProblemInput, lang: Lang, requestId: string): Problem {
  const detail = errorMessage(input.code, lang, { requestId, ...input.params });
  const problem: Problem = {
    type: `urn:nguon:error:${input.code.toLowerCase()}`,
    title: input.code,
    status: errorCatalogue[input.code].status,
    code: input.code,
    detail,
    requestId,
  };
  if (input.path !== undefined) problem.path = input.path;
  if (input.errors?.length)
    problem.errors = input.errors.map((error) => {
      const { path, keyword } = error;
      const message = wordsOf(error, lang);
      return keyword ? { path, message, keyword } : { path, message };
    });
  if (input.params && Object.keys(input.params).length) problem.params = localizeParams(input.params, lang);
  return problem;
}

export function sendProblem(res: Response, input: ProblemInput, lang: Lang, requestId: string): void {
  const problem = buildProblem(input, lang, requestId);
  if (input.code === 'TOO_MANY_ATTEMPTS' && input.params?.retryAfter !== undefined) {
    res.setHeader('retry-after', String(input.params.retryAfter));
  }
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}
