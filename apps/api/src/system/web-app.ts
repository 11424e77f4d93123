import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

const notBuilt = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Nguồn</title>
<body><h1>Nguồn</h1><p>Giao diện web chưa được build. Chạy <code>npm start</code> (hoặc <code>npm run build -w @nguon/web</code>).</p>
<p>The web app is not built yet. Run <code>npm start</code> (or <code>npm run build -w @nguon/web</code>).</p></body></html>`;

/** A path with a broken %-escape gets the coded BAD_REQUEST, not the static server's own HTML page. */
const refuseMalformedEscapes: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
    next();
  } catch {
    next(Object.assign(new URIError(`malformed escape in ${req.originalUrl}`), { status: 400 }));
  }
};

/**
 * Serves the built single-page app; every other GET falls back to index.html for client-side routes.
 * Assets go out as the .br or .gz written beside them at build time (`Vary: Accept-Encoding`); the
 * list of those files is read once here, so a rebuild while the server runs falls back to on-the-fly
 * compression until the next start.
 */
export function mountWebApp(app: Express, distDir: string): void {
  const index = join(distDir, 'index.html');
  app.use(
    '/assets',
    refuseMalformedEscapes,
    expressStaticGzip(join(distDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      // Hashed names change with their content: `public, max-age=31536000, immutable`.
      serveStatic: { index: false, immutable: true, maxAge: '1y' },
    }),
    (_req, res) => {
      res.status(404).end();
    },
  );
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get('/{*splat}', (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { headers: { 'cache-control': 'no-cache' } });
    else res.status(200).type('html').send(notBuilt);
  });
}
