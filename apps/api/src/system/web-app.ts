import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';

const notBuilt = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Nguồn</title>
<body><h1>Nguồn</h1><p>Giao diện web chưa được build. Chạy <code>npm start</code> (hoặc <code>npm run build -w @nguon/web</code>).</p>
<p>The web app is not built yet. Run <code>npm start</code> (or <code>npm run build -w @nguon/web</code>).</p></body></html>`;

/** Serves the built single-page app; every other GET falls back to index.html for client-side routes. */
export function mountWebApp(app: Express, distDir: string): void {
  const index = join(distDir, 'index.html');
  app.use(
    '/assets',
    express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y' }),
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
