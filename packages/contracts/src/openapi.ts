import type { TSchema } from '@sinclair/typebox';
import { endpoints } from './endpoints';
import { errorCatalogue } from './error-catalogue';
import { Problem } from './http/common.schemas';
import type { EndpointSpec } from './http/endpoint';
import { PublicTrace } from './trace/public-trace.schemas';
import { resolverOpenApiPaths } from './trace/resolver.openapi';

type JsonObject = { [key: string]: unknown };

/** A plain JSON copy of a TypeBox schema (drops TypeBox's symbol keys and our $id). */
function plain(schema: TSchema): JsonObject {
  const { $id: _id, ...rest } = JSON.parse(JSON.stringify(schema)) as JsonObject;
  return rest;
}

function parameters(spec: EndpointSpec): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const object = plain(schema);
    const required = new Set((object.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((object.properties as JsonObject) ?? {})) {
      list.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
    }
  }
  if (spec.idempotent) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Any unique string per submission (a UUID); a retry with the same key and body returns the first response, never a second write',
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    });
  }
  return list;
}

function responses(spec: EndpointSpec): JsonObject {
  const problem = {
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  const codes = ['VALIDATION_FAILED', ...(spec.access === 'public' ? [] : ['UNAUTHENTICATED', 'FORBIDDEN'])];
  const all = [...codes, ...(spec.errors ?? [])];
  const media = spec.fileResponse ? 'application/octet-stream' : 'application/json';
  const success =
    spec.status === 204
      ? { description: 'Done' }
      : { description: 'OK', content: { [media]: { schema: plain(spec.response) } } };
  return {
    [spec.status]: success,
    ...(spec.accepted && {
      202: {
        description: 'Accepted: the work goes on in the background',
        content: { 'application/json': { schema: plain(spec.accepted) } },
      },
    }),
    '4XX': { description: `Problem; codes: ${all.join(', ')}`, ...problem },
    default: { description: 'Unexpected problem', ...problem },
  };
}

/** An upload is the file's raw bytes, sent with one of its media types as Content-Type: never JSON. */
function uploadBody(upload: NonNullable<EndpointSpec['upload']>): JsonObject {
  const binary = { schema: { type: 'string', format: 'binary' } };
  return {
    required: true,
    description: `The file itself as the raw body, at most ${upload.maxBytes} bytes`,
    content: Object.fromEntries(upload.mediaTypes.map((type) => [type, binary])),
  };
}

function security(spec: EndpointSpec): JsonObject[] | undefined {
  if (spec.access === 'public') return [];
  if (spec.access === 'optional') return [{}, { sessionCookie: [] }, { bearerToken: [] }];
  if (spec.access === 'tenant') return [{ sessionCookie: [] }, { bearerToken: [] }];
  return [{ sessionCookie: [] }];
}

/** The OpenAPI 3.1 document, generated from the endpoint list so it never drifts from validation. */
export function buildOpenApiDocument(options: { serverUrl?: string; version: string }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const [operationId, spec] of Object.entries(endpoints) as [string, EndpointSpec][]) {
    const operation: JsonObject = {
      operationId,
      tags: [spec.tag],
      summary: spec.summary,
      parameters: parameters(spec),
      responses: responses(spec),
      security: security(spec),
    };
    if (spec.upload) operation.requestBody = uploadBody(spec.upload);
    else if (spec.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: plain(spec.body) } },
      };
    }
    paths[spec.path] = { ...paths[spec.path], [spec.method]: operation };
  }
  Object.assign(paths, resolverOpenApiPaths());
  return {
    openapi: '3.1.0',
    info: {
      title: 'Nguồn API',
      version: options.version,
      description:
        'Traceability for farms and co-operatives. Errors are application/problem+json with a stable `code`; ' +
        'messages follow Accept-Language (vi default, en). Cookie-authenticated writes need the X-CSRF-Token header; ' +
        'a write carrying an Origin header must come from PUBLIC_BASE_URL or the address it was sent to (ORIGIN_MISMATCH). ' +
        `Error codes: ${Object.keys(errorCatalogue).join(', ')}.`,
    },
    servers: options.serverUrl ? [{ url: options.serverUrl }] : [],
    paths,
    components: {
      schemas: { Problem: plain(Problem), PublicTrace: plain(PublicTrace) },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'nguon_session' },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'API token created by an account owner' },
      },
    },
  };
}
