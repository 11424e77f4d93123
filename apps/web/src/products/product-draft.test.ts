import type { ProductView } from '@nguon/contracts';
import { describe, expect, it } from 'vitest';
import {
  certificationExpired,
  draftOf,
  draftProblems,
  emptyProductDraft,
  moveImage,
  newCertification,
  productBody,
} from './product-draft';

const image = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('product draft', () => {
  it('turns a filled draft into the body the API takes', () => {
    const draft = {
      ...emptyProductDraft(),
      nameVi: ' Chè Tân Cương ',
      sku: 'CHE-01',
      productType: 'tea' as const,
      netValue: '0,5',
      netUnit: 'kg',
      shelfLifeDays: '365',
      province: 'ha-noi' as const,
      gtin: '8934 5678 0000 5',
      certifications: [
        {
          ...newCertification('ocop'),
          stars: '4',
          number: 'OCOP-1',
          issuer: 'UBND',
          validFrom: '2025-01-01',
        },
      ],
    };
    const body = productBody(draft);
    expect(body).toMatchObject({
      name: { vi: 'Chè Tân Cương', en: '' },
      sku: 'CHE-01',
      netQuantity: { value: 0.5, unit: 'kg' },
      shelfLifeDays: 365,
      country: 'VN',
      province: 'ha-noi',
      gtin: '8934567800005',
      gs1CompanyPrefix: null,
    });
    expect(body.certifications).toEqual([
      {
        kind: 'ocop',
        stars: 4,
        number: 'OCOP-1',
        issuer: 'UBND',
        validFrom: '2025-01-01',
        validTo: null,
        documentFileId: null,
      },
    ]);
  });

  it('drops the province outside Vietnam and an empty quantity', () => {
    const body = productBody({ ...emptyProductDraft(), country: 'th', province: 'ha-noi', netValue: '' });
    expect(body.country).toBe('TH');
    expect(body.province).toBeNull();
    expect(body.netQuantity).toBeNull();
  });

  it('sends a blank lot code pattern as null and keeps a typed one', () => {
    expect(productBody(emptyProductDraft()).lotCodePattern).toBeNull();
    expect(productBody({ ...emptyProductDraft(), lotCodePattern: ' R{yy}-{seq} ' }).lotCodePattern).toBe(
      'R{yy}-{seq}',
    );
  });

  it('reads a saved product back into the same body', () => {
    const body = productBody({ ...emptyProductDraft(), nameVi: 'Gạo', sku: 'G1', productType: 'rice' });
    const view: ProductView = {
      id: image(9),
      ...body,
      name: body.name,
      sku: body.sku,
      productType: body.productType,
      description: body.description ?? { vi: '', en: '' },
      imageIds: [],
      netQuantity: null,
      shelfLifeDays: null,
      storage: { vi: '', en: '' },
      country: 'VN',
      province: null,
      gtin: null,
      gs1CompanyPrefix: null,
      certifications: [],
      processId: null,
      lotCodePattern: null,
      publicFields: body.publicFields ?? [],
      archived: false,
      revision: 1,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    expect(productBody(draftOf(view))).toEqual(body);
  });

  it.each([
    [{}, ['nameVi', 'sku', 'productType']],
    [{ nameVi: 'A', sku: 'S', productType: 'tea' as const, netValue: '-1' }, ['netValue']],
    [
      { nameVi: 'A', sku: 'S', productType: 'tea' as const, certifications: [newCertification()] },
      ['certifications'],
    ],
    [{ nameVi: 'A', sku: 'S', productType: 'tea' as const }, []],
    [{ nameVi: 'A', sku: 'S', productType: 'tea' as const, lotCodePattern: 'R{yy}-{seq}' }, []],
    [{ nameVi: 'A', sku: 'S', productType: 'tea' as const, lotCodePattern: 'R{yy}' }, ['lotCodePattern']],
  ])('finds what is missing in %j', (patch, missing) => {
    expect(Object.keys(draftProblems({ ...emptyProductDraft(), ...patch })).sort()).toEqual(
      [...missing].sort(),
    );
  });

  it.each([
    ['', false],
    ['2025-06-30', true],
    ['2025-07-01', false],
    ['2026-01-01', false],
  ])('a certificate valid to %j is expired on 2025-07-01: %s', (validTo, expired) => {
    expect(certificationExpired(validTo, '2025-07-01')).toBe(expired);
  });

  it('moves images and ignores moves off the ends', () => {
    const ids = [image(1), image(2), image(3)];
    expect(moveImage(ids, 1, -1)).toEqual([image(2), image(1), image(3)]);
    expect(moveImage(ids, 2, 1)).toEqual(ids);
    expect(moveImage(ids, 0, -1)).toEqual(ids);
  });
});
