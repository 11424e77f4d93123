import type { OrderLabelBatchBody } from '@nguon/contracts/client';
import { maxLabelBatchQuantity } from '@nguon/domain';
import { readTypedNumber } from '@nguon/forms';
import type { MessageKey } from '../i18n/messages';

export const orderKinds = ['product', 'lot', 'blank'] as const;
export type OrderKind = (typeof orderKinds)[number];

/** The layout chosen: a built-in sheet or roll by key, or one of the tenant's own layouts by id. */
export type LayoutChoice = { source: 'builtIn'; key: string } | { source: 'tenant'; id: string };

export interface OrderDraft {
  kind: OrderKind;
  productId: string | null;
  lotId: string | null;
  /** As typed: whole numbers without separators (docs/numbers.md); the screen shows it grouped beside. */
  quantity: string;
  layout: LayoutChoice;
  note: string;
}

export type OrderField = 'productId' | 'lotId' | 'quantity' | 'layout';
export type OrderErrors = Partial<Record<OrderField, MessageKey>>;

export const defaultLayout: LayoutChoice = { source: 'builtIn', key: 'a4-3x8-70x37' };

export const emptyOrderDraft: OrderDraft = {
  kind: 'product',
  productId: null,
  lotId: null,
  quantity: '',
  layout: defaultLayout,
  note: '',
};

/** The count typed, or what is wrong with it: blank, not a whole number, or outside 1..1,000,000. */
export function readLabelQuantity(text: string): { value: number } | { problem: MessageKey } {
  const read = readTypedNumber(text, 'whole');
  if (read.status === 'empty') return { problem: 'common.required' };
  if (read.status === 'refused') return { problem: 'labels.order.quantityWhole' };
  if (read.value < 1 || read.value > maxLabelBatchQuantity) return { problem: 'labels.order.quantityRange' };
  return { value: read.value };
}

/** What the screen refuses before sending; the server checks again and answers with the same paths. */
export function checkOrderDraft(draft: OrderDraft): OrderErrors {
  const errors: OrderErrors = {};
  if (draft.kind !== 'blank' && !draft.productId) errors.productId = 'common.required';
  if (draft.kind === 'lot' && !draft.lotId) errors.lotId = 'common.required';
  const quantity = readLabelQuantity(draft.quantity);
  if ('problem' in quantity) errors.quantity = quantity.problem;
  return errors;
}

/** The body of the order; a lot implies its product, blank labels name neither. */
export function orderBody(draft: OrderDraft): OrderLabelBatchBody | null {
  const quantity = readLabelQuantity(draft.quantity);
  if ('problem' in quantity) return null;
  const note = draft.note.trim();
  return {
    quantity: quantity.value,
    ...(draft.kind !== 'blank' && draft.productId ? { productId: draft.productId } : {}),
    ...(draft.kind === 'lot' && draft.lotId ? { lotId: draft.lotId } : {}),
    ...(draft.layout.source === 'builtIn' ? { layoutKey: draft.layout.key } : { layoutId: draft.layout.id }),
    ...(note ? { note } : {}),
  };
}

/** `builtIn:a4-3x8-70x37` / `tenant:<uuid>`: one string per choice for the select box. */
export const layoutChoiceValue = (choice: LayoutChoice) =>
  choice.source === 'builtIn' ? `builtIn:${choice.key}` : `tenant:${choice.id}`;

export function parseLayoutChoice(value: string | null): LayoutChoice | null {
  if (!value) return null;
  const [source, rest] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (source === 'builtIn' && rest) return { source: 'builtIn', key: rest };
  if (source === 'tenant' && rest) return { source: 'tenant', id: rest };
  return null;
}
