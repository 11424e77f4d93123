import type { TemplateSampleProduct } from '@nguon/contracts/client';
import { describe, expect, it } from 'vitest';
import { sampleProductDraft, sampleProductOf } from './details-product';

const tea: TemplateSampleProduct = {
  name: { vi: 'Chè 100 g', en: 'Tea 100 g' },
  sku: 'SHAN-100G',
  netQuantity: { value: 100, unit: 'g' },
  shelfLifeDays: 540,
  lotCodePattern: 'ST{yy}-{seq}',
  certifications: [
    {
      kind: 'vietgap',
      number: 'VG-1',
      issuer: 'Sở NN',
      validFrom: '2026-01-01',
      validTo: null,
      documentFileId: null,
    },
  ],
};

describe('the sample product as the form edits it', () => {
  it('comes back as it was when nothing changed: left-out fields stay out, certifications stay', () => {
    expect(sampleProductOf(tea, sampleProductDraft(tea))).toEqual(tea);
  });

  it.each([
    ['a new SKU, trimmed', { sku: ' SHAN-200G ' }, { ...tea, sku: 'SHAN-200G' }],
    ['no shelf life any more', { shelfLifeDays: '' }, { ...tea, shelfLifeDays: null }],
    [
      'a description where there was none',
      { descriptionVi: 'Chè ngon' },
      { ...tea, description: { vi: 'Chè ngon', en: '' } },
    ],
    ['a province in Vietnam', { province: 'lang-son' as const }, { ...tea, province: 'lang-son' }],
    [
      'net quantity in kg, typed with a comma',
      { netValue: '0,5', netUnit: 'kg' },
      { ...tea, netQuantity: { value: 0.5, unit: 'kg' } },
    ],
  ])('%s', (_case, patch, expected) => {
    expect(sampleProductOf(tea, { ...sampleProductDraft(tea), ...patch })).toEqual(expected);
  });
});
