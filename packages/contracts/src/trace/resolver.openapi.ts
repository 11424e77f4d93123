import { resolverErrors } from './resolver.errors';

type JsonObject = { [key: string]: unknown };

/**
 * The GS1 Digital Link resolver in the OpenAPI document. Its routes live outside /api/v1 (the paths printed on
 * labels), so they are written here rather than in the endpoint list: one GET per route shape (HEAD and OPTIONS
 * answer alike), content-negotiated between the page, the public trace JSON and the RFC 9264 link set.
 */
const problem = { $ref: '#/components/schemas/Problem' };
const codes = Object.keys(resolverErrors).join(', ');

const pathParameter = (name: string, pattern: string, description: string): JsonObject => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', pattern },
});

const gtin = pathParameter(
  'gtin',
  '^([0-9]{8}|[0-9]{12,14})$',
  'GTIN-8/12/13/14 (shorter forms redirect to 14)',
);
const lot = pathParameter('lot', '^.{1,20}$', 'Lot (AI 10): 1-20 characters of GS1 set 82, percent-encoded');
const serial = pathParameter('serial', '^.{1,20}$', 'Serial (AI 21): 1-20 characters of GS1 set 82');

const queryParameters: JsonObject[] = [
  {
    name: 'linkType',
    in: 'query',
    required: false,
    description:
      'gs1:traceability (default, the page), gs1:pip, gs1:certificationInfo, gs1:recallStatus (307 to their ' +
      'target), linkset or all (the link set); full https://gs1.org/voc/ names too',
    schema: { type: 'string' },
  },
  { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['vi', 'en'] } },
];

function resolverOperation(operationId: string, summary: string, parameters: JsonObject[]): JsonObject {
  return {
    operationId,
    tags: ['resolver'],
    summary,
    parameters: [...parameters, ...queryParameters],
    security: [],
    responses: {
      200: {
        description:
          'The trace page (text/html), the public trace (Accept: application/json) or the link set',
        content: {
          'text/html': { schema: { type: 'string' } },
          'application/json': { schema: { $ref: '#/components/schemas/PublicTrace' } },
          'application/linkset+json': { schema: { type: 'object', required: ['linkset'] } },
        },
      },
      301: { description: 'A GTIN-8/12/13 path: the canonical 14-digit path, query passed on' },
      304: { description: 'Not modified (If-None-Match)' },
      307: { description: 'A requested link type (gs1:pip, gs1:certificationInfo, gs1:recallStatus)' },
      '4XX': {
        description: `Problem (problem+json for JSON callers, an HTML page otherwise); codes: ${codes}`,
        content: {
          'application/problem+json': { schema: problem },
          'text/html': { schema: { type: 'string' } },
        },
      },
    },
  };
}

export function resolverOpenApiPaths(): Record<string, JsonObject> {
  return {
    '/01/{gtin}': { get: resolverOperation('resolveProduct', 'A product by its GTIN', [gtin]) },
    '/01/{gtin}/10/{lot}': { get: resolverOperation('resolveLot', 'A lot of a product', [gtin, lot]) },
    '/01/{gtin}/21/{serial}': {
      get: resolverOperation('resolveLabel', 'A label by its GTIN and serial', [gtin, serial]),
    },
    '/01/{gtin}/10/{lot}/21/{serial}': {
      get: resolverOperation('resolveLabelOfLot', 'A label with its lot', [gtin, lot, serial]),
    },
    '/q/{serial}': {
      get: resolverOperation('resolveShortLabel', 'A label printed before its product was known', [serial]),
    },
    '/.well-known/gs1resolver': {
      get: {
        operationId: 'describeResolver',
        tags: ['resolver'],
        summary: 'The GS1-conformant resolver description',
        security: [],
        parameters: [],
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  };
}
