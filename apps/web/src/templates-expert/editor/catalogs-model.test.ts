import { describe, expect, it } from 'vitest';
import { catalogKeyFault, catalogUsers, newTemplateCatalog, withCatalog } from './catalogs-model';
import { fakeDraft } from './details-fixtures';

describe('catalogs of a template draft', () => {
  const catalogs = fakeDraft().details.catalogs;

  it.each([
    ['vat_tu', null],
    ['v', null],
    ['ho_trong', 'taken'],
    ['Vat_tu', 'pattern'],
    ['1vat', 'pattern'],
    ['vật_tư', 'pattern'],
    ['vat-tu', 'pattern'],
    [`a${'b'.repeat(40)}`, 'pattern'],
  ])('key %s: %s', (key, fault) => {
    expect(catalogKeyFault(key, catalogs)).toBe(fault);
  });

  it('finds every stage, job and catalog form still picking from a key', () => {
    const draft = fakeDraft();
    const care = draft.process.definition.stages.find((stage) => stage.key === 'cham_soc');
    const job = care?.jobs?.[0];
    if (!job) throw new Error('the fixture has a job');
    job.form.schema = { type: 'object', properties: { ho: { type: 'object', 'x-catalog': 'ho_trong' } } };
    const plots = newTemplateCatalog('thua', { vi: 'Thửa', en: 'Plots' });
    plots.form = {
      ...plots.form,
      schema: { ...plots.form.schema, properties: { chu: { 'x-catalog': 'ho_trong' } } },
    };
    draft.details.catalogs.push(plots);
    expect(catalogUsers(draft, 'ho_trong')).toEqual([
      { kind: 'stage', stage: { vi: 'Chọn đồi chè', en: 'Choose the tea hill' } },
      { kind: 'job', stage: { vi: 'Chăm sóc', en: 'Care' }, job: { vi: 'Bón phân', en: 'Fertilising' } },
      { kind: 'catalog', catalog: { vi: 'Thửa', en: 'Plots' } },
    ]);
    expect(catalogUsers(draft, 'thua')).toEqual([]);
  });

  it('changes or takes out one catalog and leaves the others', () => {
    const two = [...catalogs, newTemplateCatalog('vat_tu', { vi: 'Vật tư', en: '' })];
    expect(withCatalog(two, 'ho_trong', () => null).map((c) => c.key)).toEqual(['vat_tu']);
    const renamed = withCatalog(two, 'vat_tu', (c) => ({ ...c, name: { vi: 'Phân bón', en: '' } }));
    expect(renamed[1]?.name.vi).toBe('Phân bón');
    expect(renamed[0]).toBe(two[0]);
  });
});
