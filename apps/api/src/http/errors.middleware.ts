import { AppError } from '@nguon/services';
import type { ErrorRequestHandler } from 'express';
import { markNoStoreWhenSignedIn } from './cache-control';
import { requestLanguage } from './language';
import { type ProblemInput, sendProblem } from './problem';

type BodyParserError = Error & { type?: string; status?: number; limit?: number };

function bodyParserProblem(error: BodyParserError, contentType: string): ProblemInput | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return { code: 'MALFORMED_JSON' };
    case 'entity.too.large':
      return { code: 'PAYLOAD_TOO_LARGE', params: { limit: `${Math.round((error.limit ?? 0) / 1024)} KiB` } };
    case 'charset.unsupported':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', params: { contentType } };
    default:
      // Any other client fault Express or a parser flags: bad URL escapes, bad encoding, aborted body.
      return error.status !== undefined && error.status >= 400 && error.status < 500
        ? { code: 'BAD_REQUEST' }
        : undefined;
  }
}

const operationalCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '53300',
  '08006',
  '08001',
]);

/** Database or Redis unreachable: the caller may retry later. */
function isOperational(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error ? String(error.code) : '';
  return (
    operationalCodes.has(code) ||
    (error instanceof Error && /Connection terminated|connect ECONNREFUSED/.test(error.message))
  );
}

// Set by a file server before it failed (a bad Range, If-Match): a problem document is none of these.
const fileHeaders = [
  'content-encoding',
  'content-range',
  'etag',
  'last-modified',
  'accept-ranges',
  'cache-control',
];

/** The one place that sorts errors by who is at fault: user 4xx, operational 503, bug 500. */
export const errorsMiddleware: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const lang = requestLanguage(req);
  const requestId = String(req.id);
  if (res.headersSent) {
    req.log.error({ err: error }, 'error after the response started');
    return;
  }
  for (const header of fileHeaders) res.removeHeader(header);
  markNoStoreWhenSignedIn(req, res);
  if (error instanceof AppError) {
    sendProblem(
      res,
      { code: error.code, params: error.params, path: error.path, errors: error.fieldErrors },
      lang,
      requestId,
    );
    return;
  }
  const parserProblem =
    error instanceof Error ? bodyParserProblem(error, req.headers['content-type'] || '-') : undefined;
  if (parserProblem) {
    sendProblem(res, parserProblem, lang, requestId);
    return;
  }
  if (isOperational(error)) {
    req.log.warn({ err: error }, 'dependency unavailable');
    res.setHeader('retry-after', '30');
    sendProblem(res, { code: 'SERVICE_UNAVAILABLE' }, lang, requestId);
    return;
  }
  req.log.error({ err: error }, 'unexpected error');
  sendProblem(res, { code: 'INTERNAL' }, lang, requestId);
};
