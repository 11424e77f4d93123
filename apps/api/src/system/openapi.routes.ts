import { createRequire } from 'node:module';
import { buildOpenApiDocument } from '@nguon/contracts';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const swaggerUiDir: string = require('swagger-ui-dist').getAbsoluteFSPath();

const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nguồn API</title><link rel="stylesheet" href="/api/v1/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/v1/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/v1/docs/init.js"></script></body></html>`;

// Served as a file, not inline, so the Content-Security-Policy can stay at script-src 'self'.
const initScript = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#docs', deepLinking: true });`;

/** The OpenAPI document, generated from the contracts, and a readable page over it. */
export function mountOpenApiRoutes(router: Router, publicBaseUrl: string, version: string): void {
  const document = buildOpenApiDocument({ serverUrl: publicBaseUrl, version });
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/api/v1/docs', (_req, res) => {
    res.type('html').send(docsPage);
  });
  router.get('/api/v1/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(initScript);
  });
  router.use('/api/v1/docs/assets', express.static(swaggerUiDir, { index: false, maxAge: '1d' }));
}
