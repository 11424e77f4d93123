import {
  type ErrorCode,
  errorCatalogue,
  errorMessage,
  type FieldErrorSource,
  type Lang,
  type ParamSources,
  type Problem,
  wordParams,
  wordsOf,
} from '@nguon/contracts';
import type { Response } from 'express';

export interface ProblemInput {
  code: ErrorCode;
  /** Values, names in both languages, or sources (a problem's `detail`) worded here in the caller's language. */
  params?: ParamSources;
  path?: string;
  /** Every bad field as codes and values, worded here in the caller's language. */
  errors?: readonly FieldErrorSource[];
}

/** Builds the application/problem+json body for a code in the caller's language. */
export function buildProblem(input: ProblemInput, lang: Lang, requestId: string): Problem {
  const params = wordParams(input.params ?? {}, lang);
  const detail = errorMessage(input.code, lang, { requestId, ...params });
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
  if (Object.keys(params).length) problem.params = params;
  return problem;
}

export function sendProblem(res: Response, input: ProblemInput, lang: Lang, requestId: string): void {
  const problem = buildProblem(input, lang, requestId);
  // every throttle (429) and every busy refusal (503) says how long to wait, in the header clients read
  if ((problem.status === 429 || problem.status === 503) && input.params?.retryAfter !== undefined) {
    res.setHeader('retry-after', String(input.params.retryAfter));
  }
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}
