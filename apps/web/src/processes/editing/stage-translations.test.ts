import { compileFormModel, newFormField } from '@nguon/forms';
import { describe, expect, it } from 'vitest';
import { fixtureJob, fixtureStage } from '../process-fixtures';
import { definitionUntranslated, stageUntranslated } from './stage-translations';

const hives = newFormField('integer', 'so_thung_ong', { vi: 'Số thùng ong', en: '' });

describe('stageUntranslated', () => {
  it('counts the stage name and the form labels whose English follows the Vietnamese', () => {
    const named = fixtureStage('harvest', 0);
    const bare = { ...named, name: { vi: 'Thu hoạch', en: '' } };
    const withForm = { ...bare, form: compileFormModel({ fields: [hives], rules: [] }) };
    expect([named, bare, withForm].map(stageUntranslated)).toEqual([0, 1, 2]);
    expect(definitionUntranslated({ schemaVersion: 1, stages: [named, bare, withForm], edges: [] })).toBe(3);
  });
});

describe('stageUntranslated of a stage with jobs', () => {
  it("counts each job's name and form, not the stage's unused form", () => {
    const stage = {
      ...fixtureStage('care', 0),
      name: { vi: 'Chăm sóc', en: '' },
      form: compileFormModel({ fields: [hives], rules: [] }),
    };
    const job = fixtureJob('spray', {
      name: { vi: 'Phun thuốc', en: '' },
      form: compileFormModel({ fields: [hives], rules: [] }),
    });
    expect(stageUntranslated({ ...stage, jobs: [job, fixtureJob('weed')] })).toBe(3);
  });
});
