import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';

/**
 * Puts `answer` ahead of Express: Express 5 sends every request through `app.handle`, which sets the request up
 * (prototypes, router) before any middleware runs. A request `answer` took is done; any other goes on to Express,
 * also one whose answer failed before anything was sent (the ordinary way then answers and logs).
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
        if (res.headersSent) {
          logger?.error({ err: error }, 'resolver: a warm answer failed while it was sent');
          res.destroy();
          return;
        }
      }
      if (!answered) handle.call(this, req, res, next);
    },
  );
}
