import { describe, expect, it } from 'vitest';
import {
  checkOrderDraft,
  emptyOrderDraft,
  layoutChoiceValue,
  orderBody,
  parseLayoutChoice,
  readLabelQuantity,
} from './order-draft';

const product = '00000000-0000-4000-8000-000000000001';
const lot = '00000000-0000-4000-8000-000000000002';

describe('readLabelQuantity', () => {
  it.each([
    ['1', { value: 1 }],
    ['1000000', { value: 1_000_000 }],
    ['', { problem: 'common.required' }],
    ['0', { problem: 'labels.order.quantityRange' }],
    ['1000001', { problem: 'labels.order.quantityRange' }],
    ['100.000', { problem: 'labels.order.quantityWhole' }],
    ['2,5', { problem: 'labels.order.quantityWhole' }],
    ['abc', { problem: 'labels.order.quantityWhole' }],
  ])('%s -> %o', (typed, read) => {
    expect(readLabelQuantity(typed)).toEqual(read);
  });
});

describe('checkOrderDraft and orderBody', () => {
  it('asks for the product of a product batch and the lot of a lot batch', () => {
    expect(checkOrderDraft({ ...emptyOrderDraft, quantity: '10' })).toEqual({ productId: 'common.required' });
    expect(checkOrderDraft({ ...emptyOrderDraft, kind: 'lot', productId: product, quantity: '10' })).toEqual({
      lotId: 'common.required',
    });
    expect(checkOrderDraft({ ...emptyOrderDraft, kind: 'blank', quantity: '10' })).toEqual({});
  });

  it('sends only what the kind needs, with the chosen layout', () => {
    const draft = { ...emptyOrderDraft, productId: product, lotId: lot, quantity: '1000', note: '  Tết ' };
    expect(orderBody(draft)).toEqual({
      quantity: 1000,
      productId: product,
      layoutKey: 'a4-3x8-70x37',
      note: 'Tết',
    });
    expect(orderBody({ ...draft, kind: 'lot', note: '' })).toEqual({
      quantity: 1000,
      productId: product,
      lotId: lot,
      layoutKey: 'a4-3x8-70x37',
    });
    expect(orderBody({ ...draft, kind: 'blank', layout: { source: 'tenant', id: lot } })).toEqual({
      quantity: 1000,
      layoutId: lot,
      note: 'Tết',
    });
  });

  it('round-trips a layout choice through its select value', () => {
    const choice = { source: 'builtIn', key: 'a4-4x10-48.5x25.4' } as const;
    expect(parseLayoutChoice(layoutChoiceValue(choice))).toEqual(choice);
    expect(parseLayoutChoice(`tenant:${lot}`)).toEqual({ source: 'tenant', id: lot });
    expect(parseLayoutChoice('other')).toBeNull();
  });
});
