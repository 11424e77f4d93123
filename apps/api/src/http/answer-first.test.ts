import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFirst } from './answer-first';

describe('answerFirst', () => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const app = express();
    app.disable('x-powered-by');
    answerFirst(
      app,
      (req, res) => {
        if (req.url === '/first') {
          res.setHeader('cache-control', 'public, max-age=60');
          res.end('answered first');
          return true;
        }
        if (req.url === '/throws') {
          // set, then failed before sending: Express answers without it
          res.setHeader('cache-control', 'public, max-age=60');
          throw new Error('render failed');
        }
        return false;
      },
      undefined,
    );
    app.get('/throws', (_req, res) => {
      res.status(500).send('answered by express');
    });
    app.get('/other', (_req, res) => {
      res.send('answered by express');
    });
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  it.each([
    ['/first', 200, 'answered first', 'public, max-age=60'],
    ['/other', 200, 'answered by express', null],
    ['/throws', 500, 'answered by express', null],
  ])(
    '%s is answered once, by the right side, with only its own headers',
    async (path, status, body, caching) => {
      const response = await fetch(`${baseUrl}${path}`);
      expect([response.status, await response.text(), response.headers.get('cache-control')]).toEqual([
        status,
        body,
        caching,
      ]);
    },
  );
});
