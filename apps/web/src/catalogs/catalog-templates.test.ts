import { checkStageForm, parseFormSchema } from '@nguon/forms';
import { describe, expect, it } from 'vitest';
import { blankCatalogForm, catalogTemplate, catalogTemplateKinds } from './catalog-templates';
import { keepLabelFields, labelFieldOptions } from './label-fields';

describe('catalog templates', () => {
  it.each(catalogTemplateKinds)('%s is a form the server accepts, labelled by eligible fields', (kind) => {
    const template = catalogTemplate(kind);
    expect(template.name.vi).not.toBe('');
    expect(parseFormSchema(template.form.schema, template.form.uiSchema).ok).toBe(true);
    expect(checkStageForm(template.form)).toEqual([]);
    const options = labelFieldOptions(template.form).map((option) => option.key);
    for (const key of template.labelFields) expect(options).toContain(key);
    expect(template.labelFields.length).toBeGreaterThanOrEqual(1);
    expect(template.labelFields.length).toBeLessThanOrEqual(3);
  });

  it('gives plots an area in hectares and a GPS field, not eligible as a label', () => {
    const { form } = catalogTemplate('plots');
    const properties = form.schema.properties as Record<string, Record<string, unknown>>;
    expect(properties.dien_tich?.['x-unit']).toBe('ha');
    expect(labelFieldOptions(form).map((option) => option.key)).not.toContain('vi_tri');
  });
});

describe('label fields', () => {
  const { form } = catalogTemplate('farmers');
  it.each([
    [
      ['ma_ho', 'ho_ten'],
      ['ma_ho', 'ho_ten'],
    ],
    [['gone', 'thon'], ['thon']],
    [['gone'], ['ho_ten']],
    [
      ['ho_ten', 'dien_thoai', 'thon', 'ma_ho'],
      ['ho_ten', 'dien_thoai', 'thon'],
    ],
  ])('keeps %j as %j', (chosen, kept) => {
    expect(keepLabelFields(chosen, form)).toEqual(kept);
  });

  it('start from scratch with a name field', () => {
    expect(blankCatalogForm().labelFields).toEqual(['ten']);
  });
});
