import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints';
import type { EndpointSpec } from './http/endpoint';
import { buildOpenApiDocument } from './openapi';

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument({ version: '0.0.0' }) as {
    openapi: string;
    paths: Record<
      string,
      Record<string, { operationId: string; requestBody?: unknown; parameters: unknown[] }>
    >;
  };

  it('is OpenAPI 3.1 with one operation per endpoint', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
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
});
