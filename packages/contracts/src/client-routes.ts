import { endpoints } from './endpoints';
import type { ClientRoute, EndpointSpec } from './http/endpoint';

function clientRoute(spec: EndpointSpec): ClientRoute {
  return {
    method: spec.method,
    path: spec.path,
    ...(spec.upload ? { upload: spec.upload } : {}),
    ...(spec.fileResponse ? { fileResponse: true } : {}),
  };
}

/** client-routes.gen.ts: the endpoints without their schemas, for the browser's typed client. */
export function renderClientRoutes(): string {
  const lines = Object.entries(endpoints).map(
    ([id, spec]: [string, EndpointSpec]) => `  ${id}: ${JSON.stringify(clientRoute(spec))},`,
  );
  return [
    '// Generated from the endpoints by `npm run contracts:routes`; a test fails when it is out of date.',
    "import type { EndpointId, Endpoints } from './endpoints';",
    "import type { ClientRoute } from './http/endpoint';",
    '',
    '/** Method, path and body kind of every endpoint: what the typed client needs, without the schemas. */',
    'export const clientRoutes = {',
    ...lines,
    "} as const satisfies { [K in EndpointId]: ClientRoute & Pick<Endpoints[K], 'method' | 'path'> };",
    '',
  ].join('\n');
}
