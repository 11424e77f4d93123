import type { RequestHandler } from 'express';

/**
 * Refuses a query string whose %-escapes are not UTF-8 (a lone surrogate's CESU-8 bytes, a broken escape) as a
 * 400, as a path already is, instead of letting the query parser read them silently as U+FFFD.
 */
export const refuseMalformedQuery: RequestHandler = (req, _res, next) => {
  const start = req.url.indexOf('?');
  if (start < 0) return next();
  try {
    decodeURIComponent(req.url.slice(start + 1).replace(/\+/g, ' '));
  } catch {
    return next(Object.assign(new URIError('malformed escape in the query string'), { status: 400 }));
  }
  next();
};
