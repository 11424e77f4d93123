import { currentTemplateSchemaVersion } from '@nguon/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { readRepoTemplate } from '../testing';
import { checkTemplateFile } from './template-file-check';

type Json = Record<string, unknown>;
let tea: Json;
beforeAll(async () => {
  const raw = await readRepoTemplate();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('tea template is not an object');
  tea = { ...raw };
});

/** Walks a parsed JSON file by keys and indexes; the test fails loudly when the fixture moved. */
function at(value: unknown, ...keys: Array<string | number>): Json {
  let here: unknown = value;
  for (const key of keys) {
    if (typeof here !== 'object' || here === null) throw new Error(`no ${key} in the tea template`);
    here = Reflect.get(here, key);
  }
  if (typeof here !== 'object' || here === null) throw new Error(`${keys.join('/')} is not an object`);
  return here as Json;
}
const firstStageForm = (file: Json) =>
  at(file, 'process', 'definition', 'stages', 0, 'form', 'schema', 'properties');

/** A tea template as format 1 wrote it: `product`, catalog `items`, no guide and no stage notes. */
function asFormatOne(file: Json): Json {
  const { sampleProduct, guide: _guide, stageNotes: _notes, catalogs, ...rest } = file;
  const oldCatalogs = (Array.isArray(catalogs) ? catalogs : []).map((catalog: Json) => {
    const { samples, ...kept } = catalog;
    return { ...kept, items: samples };
  });
  return { ...rest, schemaVersion: 1, product: sampleProduct, catalogs: oldCatalogs };
}

const cases: Array<[string, (file: Json) => unknown, string, string]> = [
  ['not an object', () => [], 'TEMPLATE_FILE_INVALID', ''],
  ['no schemaVersion', ({ schemaVersion: _, ...rest }) => rest, 'TEMPLATE_FILE_INVALID', '/schemaVersion'],
  [
    'a newer format than this server reads',
    (file) => ({ ...file, schemaVersion: currentTemplateSchemaVersion + 1 }),
    'TEMPLATE_FORMAT_TOO_NEW',
    '/schemaVersion',
  ],
  [
    'an empty English name',
    (file) => ({ ...file, name: { vi: 'Chè', en: '' } }),
    'TEMPLATE_FILE_INVALID',
    '/name/en',
  ],
  [
    'a field picking from a catalog the template lacks',
    (file) => {
      firstStageForm(file).doi = { ...at(firstStageForm(file), 'doi'), 'x-catalog': 'khong_co' };
      return file;
    },
    'TEMPLATE_UNKNOWN_CATALOG',
    '/process/definition/stages/0/form/schema/properties/doi/x-catalog',
  ],
  [
    'a form that does not compile (unknown field type)',
    (file) => {
      firstStageForm(file).ngay_bat_dau = { type: 'strin', title: 'Ngày' };
      return file;
    },
    'TEMPLATE_FORM_INVALID',
    '/process/definition/stages/0/form/schema/properties/ngay_bat_dau',
  ],
  [
    'a sample item its catalog form refuses',
    (file) => {
      at(file, 'catalogs', 0, 'samples')[0] = {};
      return file;
    },
    'TEMPLATE_SAMPLE_INVALID',
    '/catalogs/0/samples/0/ma',
  ],
  [
    'a stage name without English',
    (file) => {
      at(file, 'process', 'definition', 'stages', 0).name = { vi: 'Chọn đồi chè', en: '' };
      return file;
    },
    'TEMPLATE_FILE_INVALID',
    '/process/definition/stages/0/name',
  ],
  [
    'a stage without its note',
    (file) => {
      delete at(file, 'stageNotes').hai_che;
      return file;
    },
    'TEMPLATE_FILE_INVALID',
    '/stageNotes/hai_che',
  ],
  [
    'a NUL byte, which the database would refuse',
    (file) => ({ ...file, summary: { vi: 'Chè\u0000', en: 'Tea' } }),
    'TEMPLATE_FILE_INVALID',
    '/summary/vi',
  ],
  [
    'a catalog key that every object already has',
    (file) => {
      at(file, 'catalogs', 0).key = 'constructor';
      return file;
    },
    'TEMPLATE_FILE_INVALID',
    '/catalogs/0/key',
  ],
  [
    'a stage id that every object already has',
    (file) => {
      at(file, 'process', 'definition', 'stages', 0).id = 'toString';
      return file;
    },
    'TEMPLATE_FILE_INVALID',
    '/process/definition/stages/0/id',
  ],
];

describe('checkTemplateFile', () => {
  it.each(cases)('refuses %s with its code and path', (_name, change, code, path) => {
    const attempt = () => checkTemplateFile(change(structuredClone(tea)));
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code, path });
    }
  });

  it('accepts the tea template as it is', () => {
    expect(checkTemplateFile(structuredClone(tea)).key).toBe('che-shan-tuyet');
  });

  it('upgrades a format 1 file and loads it (format 1 had no stage notes)', () => {
    const file = checkTemplateFile(asFormatOne(structuredClone(tea)));
    expect(file.schemaVersion).toBe(currentTemplateSchemaVersion);
    expect(file.sampleProduct).toEqual(tea.sampleProduct);
    expect(file.catalogs.map((catalog) => catalog.samples.length)).toEqual([2, 2, 4]);
    expect(file.stageNotes).toEqual({});
  });

  it('still checks an upgraded format 1 file (its sample items as catalog items)', () => {
    const old = asFormatOne(structuredClone(tea));
    at(old, 'catalogs', 0, 'items')[0] = {};
    expect(() => checkTemplateFile(old)).toThrow(
      expect.objectContaining({ code: 'TEMPLATE_SAMPLE_INVALID', path: '/catalogs/0/samples/0/ma' }),
    );
  });
});
