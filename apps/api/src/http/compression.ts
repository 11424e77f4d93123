import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Event streams must reach the browser as each event is written, never held back in a compressor's buffer. */
function worthCompressing(req: Request, res: Response): boolean {
  const type = res.getHeader('content-type');
  if (typeof type === 'string' && type.startsWith('text/event-stream')) return false;
  return compression.filter(req, res);
}

/** Brotli or gzip, as the caller accepts, for answers past 1 KiB (JSON lists, pages); pre-compressed assets pass untouched. */
export function compressLargeAnswers(): RequestHandler {
  return compression({ threshold: 1024, filter: worthCompressing });
}
