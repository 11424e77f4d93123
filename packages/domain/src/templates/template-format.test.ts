import { describe, expect, it } from 'vitest';
import {
  catalogReferencesIn,
  currentTemplateSchemaVersion,
  renameCatalogReferences,
  upgradeTemplateFile,
} from './template-format';

describe('upgradeTemplateFile', () => {
  const formatOne = {
    format: 'nguon.template',
    schemaVersion: 1,
    key: 'che-shan-tuyet',
    summary: { vi: 'Chè', en: 'Tea' },
    product: { name: { vi: 'Chè', en: 'Tea' }, sku: 'T-1' },
    catalogs: [{ key: 'growers', items: [{ ten: 'A' }] }],
  };

  it('brings a format 1 file to the current format, leaving the original alone', () => {
    const before = structuredClone(formatOne);
    const upgraded = upgradeTemplateFile(formatOne);
    expect(upgraded).toEqual({
      ok: true,
      from: 1,
      file: {
        format: 'nguon.template',
        schemaVersion: currentTemplateSchemaVersion,
        key: 'che-shan-tuyet',
        summary: { vi: 'Chè', en: 'Tea' },
        guide: { vi: 'Chè', en: 'Tea' },
        stageNotes: {},
        sampleProduct: { name: { vi: 'Chè', en: 'Tea' }, sku: 'T-1' },
        catalogs: [{ key: 'growers', samples: [{ ten: 'A' }] }],
      },
    });
    expect(formatOne).toEqual(before);
  });

  it('leaves a current file as it is', () => {
    const current = { schemaVersion: currentTemplateSchemaVersion, key: 'x', sampleProduct: {} };
    expect(upgradeTemplateFile(current)).toEqual({
      ok: true,
      from: currentTemplateSchemaVersion,
      file: current,
    });
  });

  it.each([
    [null, 'not_an_object'],
    [[], 'not_an_object'],
    ['{}', 'not_an_object'],
    [{}, 'no_schema_version'],
    [{ schemaVersion: '2' }, 'no_schema_version'],
    [{ schemaVersion: 0 }, 'no_schema_version'],
    [{ schemaVersion: 1.5 }, 'no_schema_version'],
    [{ schemaVersion: currentTemplateSchemaVersion + 1 }, 'too_new'],
  ])('refuses %j as %s', (raw, code) => {
    expect(upgradeTemplateFile(raw)).toMatchObject({ ok: false, code });
  });
});

describe('catalog references', () => {
  const schema = {
    type: 'object',
    properties: {
      ho: { type: 'object', 'x-catalog': 'growers' },
      empty: { type: 'object', 'x-catalog': '' },
      rows: { type: 'array', items: { type: 'object', properties: { a: { 'x-catalog': 'plots' } } } },
    },
  };

  it('finds every x-catalog with its path, nested lists included', () => {
    expect(catalogReferencesIn(schema)).toEqual([
      { catalog: 'growers', path: '/properties/ho/x-catalog' },
      { catalog: 'plots', path: '/properties/rows/items/properties/a/x-catalog' },
    ]);
  });

  it('renames them into a copy', () => {
    const renamed = renameCatalogReferences(schema, (key) => `id-of-${key}`);
    expect(catalogReferencesIn(renamed).map((r) => r.catalog)).toEqual(['id-of-growers', 'id-of-plots']);
    expect(catalogReferencesIn(schema).map((r) => r.catalog)).toEqual(['growers', 'plots']);
  });
});
