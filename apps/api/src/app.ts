import { AppError } from '@nguon/services';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { mountAdminRoutes } from './admin/admin.routes';
import { mountAuthRoutes } from './auth/auth.routes';
import { mountSignUpRoutes } from './auth/signup.routes';
import { mountCatalogRoutes } from './catalogs/catalogs.routes';
import { mountCheckpointRoutes } from './checkpoints/checkpoints.routes';
import { mountFileRoutes } from './files/files.routes';
import { noStoreWhenSignedIn } from './http/cache-control';
import { compressLargeAnswers } from './http/compression';
import type { RouterDeps } from './http/endpoint-router';
import { errorsMiddleware } from './http/errors.middleware';
import { refuseMalformedQuery } from './http/query-string';
import { requestIdOf } from './http/request-id';
import { securityHeaders } from './http/security-headers';
import { mountJobRoutes } from './jobs/jobs.routes';
import { mountLabelBatchRoutes } from './labels/label-batches.routes';
import { mountLabelLayoutRoutes } from './labels/label-layouts.routes';
import { mountLabelRoutes } from './labels/labels.routes';
import { mountGenealogyRoutes } from './lots/genealogy.routes';
import { mountLotRoutes } from './lots/lots.routes';
import { mountFormRoutes, mountProcessRoutes } from './processes/processes.routes';
import { mountProductRoutes } from './products/products.routes';
import { mountRecallReportRoutes } from './recalls/recall-report.routes';
import { mountRecallRoutes } from './recalls/recalls.routes';
import { mountResolverRoutes, type ResolverDeps } from './resolver/resolver.routes';
import { mountScanRoutes } from './scans/scans.routes';
import { mountStaffRoutes } from './staff/staff.routes';
import { mountHealthRoutes } from './system/health.routes';
import { mountOpenApiRoutes } from './system/openapi.routes';
import { mountWebApp } from './system/web-app';
import { mountTemplateDraftRoutes } from './templates/template-drafts.routes';
import { mountTemplateUseRoutes } from './templates/template-use.routes';
import { mountTemplateRoutes } from './templates/templates.routes';
import { mountTenantRoutes } from './tenants/tenants.routes';
import { mountTokenRoutes } from './tokens/tokens.routes';

export interface AppOptions extends RouterDeps {
  logger: Logger;
  webDistDir: string;
  version: string;
  /** TRUST_PROXY: the proxies whose X-Forwarded-For names the client; empty, the peer is the client. */
  trustProxy: readonly string[];
  /** The Digital Link resolver and trace pages (/01/…, /q/…); unset, those paths fall through to the web app. */
  resolver?: ResolverDeps;
}

/** The HTTP adapter: middleware in order, then the routes, then the one error mapper. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only a named proxy may say who the client is: anyone else could pick the address the throttles count against.
  app.set('trust proxy', options.trustProxy.length ? [...options.trustProxy] : false);
  // First: the busiest route answers strangers' scans from its cache, with the platform's security headers read
  // once, no access log line per scan (the scan ledger keeps them), its own compression of cached bytes; and it
  // answers bad links itself (ahead of the query guard and the web app), as a page in the visitor's language.
  if (options.resolver)
    mountResolverRoutes(app, {
      ...options.resolver,
      securityHeaders: securityHeaders(options.publicBaseUrl),
      logger: options.logger,
    });
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const id = requestIdOf(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // One-time set-password codes travel in links; they never reach the logs.
      serializers: {
        req: (req: { url?: string }) => ({ ...req, url: req.url?.replace(/([?&]code=)[^&]*/, '$1***') }),
      },
    }),
  );
  app.use(securityHeaders(options.publicBaseUrl));
  app.use(compressLargeAnswers());
  app.use(cookieParser());
  app.use(refuseMalformedQuery);
  app.use(['/api', '/epcis'], noStoreWhenSignedIn);

  const router = express.Router();
  mountHealthRoutes(router, options);
  mountAuthRoutes(router, options);
  mountSignUpRoutes(router, options);
  mountTenantRoutes(router, options);
  mountStaffRoutes(router, options);
  mountTokenRoutes(router, options);
  mountAdminRoutes(router, options);
  mountProcessRoutes(router, options);
  mountTemplateUseRoutes(router, options);
  mountFormRoutes(router, options);
  mountCatalogRoutes(router, options);
  mountFileRoutes(router, options);
  mountProductRoutes(router, options);
  mountTemplateRoutes(router, options);
  mountTemplateDraftRoutes(router, options);
  mountLotRoutes(router, options);
  mountGenealogyRoutes(router, options);
  mountCheckpointRoutes(router, options);
  mountLabelLayoutRoutes(router, options);
  mountLabelRoutes(router, options);
  mountLabelBatchRoutes(router, options);
  mountRecallReportRoutes(router, options);
  mountJobRoutes(router, options);
  mountScanRoutes(router, options);
  mountRecallRoutes(router, options);
  mountOpenApiRoutes(router, options.publicBaseUrl, options.version);
  app.use(router);
  app.use(['/api', '/epcis'], (req) => {
    throw new AppError('ROUTE_NOT_FOUND', { method: req.method, path: req.originalUrl.split('?')[0] ?? '' });
  });
  mountWebApp(app, options.webDistDir);
  app.use(errorsMiddleware);
  return app;
}
