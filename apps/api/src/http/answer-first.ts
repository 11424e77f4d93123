import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';

/**
 * Puts `answer` ahead of Express: Express 5 sends every request through `app.handle`, which sets the request up
 * (prototypes, router) before any middleware runs. A request `answer` took is done; any other goes on to Express,
 * also one whose answer threw before anything was sent (its headers removed; the ordinary way answers).
 */
export function answerFirst(
  app: Express,
  answer: (req: IncomingMessage, res: ServerResponse) => boolean,
  logger: Logger | undefined,
): void {
  const handle: unknown = Reflect.get(app, 'handle');
  if (typeof handle !== 'function') throw new Error('Express has no app.handle to put the resolver ahead of');
  Reflect.set(
    app,
    'handle',
    function answerBeforeExpress(this: unknown, req: IncomingMessage, res: ServerResponse, next: unknown) {
      let answered = false;
      try {
        answered = answer(req, res);
      } catch (error: unknown) {
        logger?.error({ err: error }, 'an answer ahead of Express failed');
        if (res.headersSent) {
          res.destroy();
          return;
        }
        // the ordinary way answers it, without what the failed answer had set (its caching above all)
        for (const name of res.getHeaderNames()) res.removeHeader(name);
      }
      if (!answered) handle.call(this, req, res, next);
    },
  );
}
