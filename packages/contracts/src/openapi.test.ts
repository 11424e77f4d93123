import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints';
import type { EndpointSpec } from './http/endpoint';
import { buildOpenApiDocument } from './openapi';

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument({ version: '0.0.0' }) as {
    openapi: string;
    paths: Record<
      string,
      Record<string, { operationId: string; tags: string[]; requestBody?: unknown; parameters: unknown[] }>
    >;
    components: { schemas: Record<string, unknown> };
  };

  it('is OpenAPI 3.1 with one operation per endpoint', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths)
      .flatMap((methods) => Object.values(methods))
      .filter((operation) => !operation.tags.includes('resolver'));
    expect(operations.map((o) => o.operationId).sort()).toEqual(Object.keys(endpoints).sort());
  });

  it('documents path parameters and bodies from the same schemas', () => {
    const update = doc.paths['/api/v1/staff/{userId}']?.patch;
    expect(update?.parameters).toEqual([
      {
        name: 'userId',
        in: 'path',
        required: true,
        schema: {
          format: 'uuid',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
          type: 'string',
          description: 'Identifier (UUID)',
        },
      },
    ]);
    expect(JSON.stringify(update?.requestBody)).toContain('"owner"');
  });

  it('declares an upload as raw bytes of exactly the media types the endpoint accepts, never JSON', () => {
    const uploads = (Object.entries(endpoints) as [string, EndpointSpec][]).flatMap(([id, spec]) =>
      spec.upload ? [{ id, spec, upload: spec.upload }] : [],
    );
    expect(uploads.map(({ id }) => id).sort()).toEqual([
      'importCatalogItems',
      'uploadFile',
      'uploadTenantLogo',
    ]);
    for (const { id, spec, upload } of uploads) {
      const body = doc.paths[spec.path]?.[spec.method]?.requestBody as { content: Record<string, unknown> };
      expect(Object.keys(body.content).sort(), id).toEqual([...upload.mediaTypes].sort());
      for (const media of Object.values(body.content))
        expect(media, id).toEqual({ schema: { type: 'string', format: 'binary' } });
    }
  });

  it('documents the Digital Link resolver routes and the public trace they answer as JSON', () => {
    const resolver = Object.entries(doc.paths).filter(([, methods]) =>
      methods.get?.tags.includes('resolver'),
    );
    expect(resolver.map(([path]) => path).sort()).toEqual([
      '/.well-known/gs1resolver',
      '/01/{gtin}',
      '/01/{gtin}/10/{lot}',
      '/01/{gtin}/10/{lot}/21/{serial}',
      '/01/{gtin}/21/{serial}',
      '/q/{serial}',
    ]);
    const label = JSON.stringify(doc.paths['/01/{gtin}/21/{serial}']?.get);
    expect(label).toContain('#/components/schemas/PublicTrace');
    expect(label).toContain('application/linkset+json');
    expect(label).toContain('RESOLVER_UNKNOWN_CODE');
    const trace = doc.components.schemas.PublicTrace as { properties: Record<string, unknown> };
    expect(Object.keys(trace.properties)).toEqual(
      expect.arrayContaining([
        'kind',
        'path',
        'label',
        'product',
        'producer',
        'lot',
        'ancestors',
        'recall',
        'scans',
      ]),
    );
  });
});
