import type { Request, RequestHandler, Response } from 'express';
import { hasCredentials } from './authenticate';

/** An answer to a caller with a session or a token is theirs alone: no browser or shared cache keeps it. */
export function markNoStoreWhenSignedIn(req: Request, res: Response): void {
  if (hasCredentials(req)) res.setHeader('cache-control', 'no-store');
}

/** Sets no-store first; an answer that sets its own caching (a public file) replaces it, errors put it back. */
export const noStoreWhenSignedIn: RequestHandler = (req, res, next) => {
  markNoStoreWhenSignedIn(req, res);
  next();
};
