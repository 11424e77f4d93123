import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import { notModified } from './resolver-http';

/**
 * The warm answer's bytes, made once and sent many times: the busiest route of the platform must cost little
 * more than a constant string. A label page changes with every scan (its counter), so its bytes are made again
 * when the figures changed, up to a budget of makings per second per label page: below it (every co-op's day,
 * a few scans a minute) each visitor sees their own scan counted; past it (a viral post) the crowd gets figures
 * at most a second old. Compressed forms are made once per body, on the first caller that asks.
 */
export interface Delivery {
  body: Buffer;
  etag: string;
  contentType: string;
  /** What the body was made with (the scan figures' key); '' when nothing varies per request. */
  variant: string;
  /** The second the budget counts in, and the makings in it so far (carried from one delivery to the next). */
  windowStartMs: number;
  madeInWindow: number;
  gzip?: Buffer;
  br?: Buffer;
}

/** Bodies under this size are sent as they are (as the compression middleware does for other routes). */
const compressFrom = 1024;

/** Whether the last delivery is sent again: its figures are the same, or this second's budget is spent. */
export function reusable(
  delivery: Delivery | undefined,
  variant: string,
  nowMs: number,
  makingsPerSecond: number,
): delivery is Delivery {
  if (delivery === undefined) return false;
  if (delivery.variant === variant) return true;
  return nowMs - delivery.windowStartMs < 1000 && delivery.madeInWindow >= makingsPerSecond;
}

/** The budget's count for a new delivery made now, after `last`. */
export function budgetAfter(
  last: Delivery | undefined,
  nowMs: number,
): Pick<Delivery, 'windowStartMs' | 'madeInWindow'> {
  return last && nowMs - last.windowStartMs < 1000
    ? { windowStartMs: last.windowStartMs, madeInWindow: last.madeInWindow + 1 }
    : { windowStartMs: nowMs, madeInWindow: 1 };
}

type Coding = 'br' | 'gzip' | null;

/** The caller's preferred coding we can give: br, then gzip; `q=0` refuses one. */
export function acceptedCoding(req: IncomingMessage): Coding {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string' || header === '') return null;
  let br = false;
  let gzip = false;
  for (const part of header.slice(0, 200).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    if (name === 'br') br = !refused;
    else if (name === 'gzip' || name === 'x-gzip') gzip = !refused;
  }
  return br ? 'br' : gzip ? 'gzip' : null;
}

/** The bytes of a coding, made on first use. */
function encoded(delivery: Delivery, coding: Coding): Buffer {
  if (coding === 'br') {
    delivery.br ??= brotliCompressSync(delivery.body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: delivery.body.length,
      },
    });
    return delivery.br;
  }
  if (coding === 'gzip') {
    delivery.gzip ??= gzipSync(delivery.body);
    return delivery.gzip;
  }
  return delivery.body;
}

/**
 * Sends a made delivery (or a 304 for a caller who has it), compressed as the caller accepts; true when it made a
 * coding's bytes for the first time (the delivery grew).
 */
export function deliver(req: IncomingMessage, res: ServerResponse, delivery: Delivery): boolean {
  const coding = delivery.body.length < compressFrom ? null : acceptedCoding(req);
  // a strong tag names these very bytes: each coding its own
  const etag = coding ? `${delivery.etag.slice(0, -1)}-${coding}"` : delivery.etag;
  res.setHeader('etag', etag);
  if (notModified(req, etag)) {
    res.statusCode = 304;
    res.end();
    return false;
  }
  const coded = coding === 'br' ? delivery.br : coding === 'gzip' ? delivery.gzip : delivery.body;
  const bytes = coded ?? encoded(delivery, coding);
  res.setHeader('content-type', delivery.contentType);
  if (coding) res.setHeader('content-encoding', coding);
  res.setHeader('content-length', bytes.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : bytes);
  return coded === undefined;
}

/**
 * The headers a middleware sets on every answer whatever the request (the platform's security headers), read
 * once, so the resolver sets the same without running it per request.
 */
export function fixedHeadersOf(middleware: RequestHandler): [string, string | number | readonly string[]][] {
  const headers = new Map<string, string | number | readonly string[]>();
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
  let passed = false;
  middleware({ headers: {}, method: 'GET', url: '/' } as Request, res as unknown as Response, () => {
    passed = true;
  });
  if (!passed) throw new Error('the security headers middleware did not pass the request on synchronously');
  return [...headers];
}
