import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  errorCatalogue,
  errorMessage,
  type Lang,
  type PublicScanFigures,
  type ResolverErrorCode,
} from '@nguon/contracts';
import { percentDecodeSegment } from '@nguon/domain';
import type { Request, Response } from 'express';
import { sendProblem } from '../http/problem';
import { renderErrorPage, wordPage } from './page-html';
import { tracePagePolicy } from './page-style';

/** The HTTP side of the resolver's answers: language, representation, caching headers, CORS, refusals. */

export type Representation = 'html' | 'json' | 'linkset';

/** A raw query's value for a key, or null; malformed pairs are skipped (the Digital Link parse judges them). */
export function rawQueryValue(rawQuery: string, key: string): string | null {
  for (const pair of rawQuery.split('&')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals) !== key) continue;
    return percentDecodeSegment(pair.slice(equals + 1));
  }
  return null;
}

/** The query without its linkType pairs: what a link-type redirect passes on. */
export const queryWithoutLinkType = (rawQuery: string): string =>
  rawQuery
    .split('&')
    // the key as the parse reads it (decoded): `link%54ype` is linkType too, or the redirect would loop
    .filter((pair) => pair !== '' && percentDecodeSegment(pair.split('=')[0] ?? '') !== 'linkType')
    .join('&');

/** ?lang= wins, then Accept-Language; Vietnamese by default. No cookie: cached pages vary on these two only. */
export function visitorLanguage(req: IncomingMessage, rawQuery: string): Lang {
  const explicit = rawQueryValue(rawQuery, 'lang');
  if (explicit === 'vi' || explicit === 'en') return explicit;
  const header = req.headers['accept-language'];
  for (const part of (typeof header === 'string' ? header : '').slice(0, 200).split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'vi' || tag === 'en') return tag;
  }
  return 'vi';
}

const representations = ['text/html', 'application/json', 'application/linkset+json'];

/** What the caller's Accept asks for; junk or nothing is the page. */
export function acceptedRepresentation(req: Request): Representation {
  let best: string | false = false;
  try {
    best = req.accepts(representations);
  } catch {
    best = false;
  }
  if (best === 'application/json') return 'json';
  if (best === 'application/linkset+json') return 'linkset';
  return 'html';
}

export const cors = (res: ServerResponse): void => {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', 'Link, ETag, Location, Retry-After, Content-Language');
};

/** A redirect with the query passed on; a target's #fragment stays last. */
export function redirectWithQuery(res: Response, status: 301 | 307, target: string, query: string): void {
  const hash = target.indexOf('#');
  const [base, fragment] = hash < 0 ? [target, ''] : [target.slice(0, hash), target.slice(hash)];
  cors(res);
  res.setHeader('cache-control', 'public, max-age=60');
  res.redirect(status, `${base}${query ? `?${query}` : ''}${fragment}`);
}

/** OPTIONS: what a browser's preflight needs, for every resolver route. */
export function answerOptions(res: Response): void {
  cors(res);
  res.setHeader('allow', 'GET, HEAD, OPTIONS');
  res.setHeader('access-control-allow-methods', 'GET, HEAD, OPTIONS');
  res.setHeader('access-control-allow-headers', 'Accept, Accept-Language, If-None-Match');
  res.setHeader('access-control-max-age', '86400');
  res.status(204).end();
}

/** An HTML answer's policy: the global one with the page's stylesheet allowed by its hash. */
let narrowed = { from: '', to: '' };

export function narrowPagePolicy(res: ServerResponse): void {
  const policy = res.getHeader('content-security-policy');
  if (typeof policy !== 'string') return;
  // The platform's policy is the same on every answer: narrowed once, not per scan.
  if (narrowed.from !== policy) narrowed = { from: policy, to: tracePagePolicy(policy) };
  res.setHeader('content-security-policy', narrowed.to);
}

export const contentHash = (text: string): string =>
  createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** The entity tag: the rendered content's hash, and the scan figures the page or JSON carried this time. */
export function entityTag(hash: string, scans: PublicScanFigures | null): string {
  return scans ? `"${hash}-${scans.count}${scans.warnings.map((w) => `-${w}`).join('')}"` : `"${hash}"`;
}

export function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((tag) => {
    const plain = tag.trim().replace(/^W\//, '');
    return plain === '*' || plain === etag;
  });
}

export interface RefusalContext {
  lang: Lang;
  json: boolean;
  requestId: string;
}

/** A coded refusal: problem+json for JSON callers, a page otherwise; never cached, CORS on both. */
export function refuse(
  res: Response,
  context: RefusalContext,
  code: ResolverErrorCode,
  params: Record<string, string | number> = {},
): void {
  cors(res);
  res.setHeader('cache-control', 'max-age=0');
  res.setHeader('vary', 'Accept, Accept-Language');
  if (context.json) {
    sendProblem(res, { code, params }, context.lang, context.requestId);
    return;
  }
  if (params.retryAfter !== undefined) res.setHeader('retry-after', String(params.retryAfter));
  const title = wordPage(
    context.lang,
    code === 'RESOLVER_UNKNOWN_CODE' ? 'tracePage.unknownTitle' : 'tracePage.errorTitle',
  );
  const message = errorMessage(code, context.lang, params);
  narrowPagePolicy(res);
  res
    .status(errorCatalogue[code].status)
    .type('html')
    .setHeader('content-language', context.lang)
    .send(renderErrorPage({ lang: context.lang, title, message, code }));
}
