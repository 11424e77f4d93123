import type { LotSummary, ProductView } from '@nguon/contracts/client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { sortProblem } from '../lots/record-problems';
import { useIdempotentSubmit } from '../lots/use-idempotent-submit';
import { useRefreshLabels } from './label-api';
import { labelBatchPath } from './label-paths';
import { checkOrderDraft, emptyOrderDraft, type OrderDraft, type OrderField, orderBody } from './order-draft';

export type OrderFieldErrors = Partial<Record<OrderField, string>>;

const fieldOfPointer: Record<string, OrderField> = {
  '/productId': 'productId',
  '/lotId': 'lotId',
  '/quantity': 'quantity',
  '/layoutKey': 'layout',
  '/layoutId': 'layout',
};

/** Where a refusal without a field path still belongs on the form. */
function fieldOfCode(code: string | null, draft: OrderDraft): OrderField | undefined {
  if (code === 'LABEL_LOT_PRODUCT_MISMATCH') return 'lotId';
  if (code === 'LABEL_QUANTITY_OUT_OF_RANGE') return 'quantity';
  if (code?.startsWith('LABEL_LAYOUT') || code === 'LABEL_QR_TOO_SMALL') return 'layout';
  // another tenant's product or lot is answered as unknown
  if (code === 'NOT_FOUND' || code === 'LABEL_PRODUCT_NOT_FOUND')
    return draft.kind === 'lot' ? 'lotId' : draft.kind === 'product' ? 'productId' : undefined;
  return undefined;
}

/** The server's refusal on the field it concerns, by path or by code; the notice only when no field fits. */
function refusalOnFields(
  error: unknown,
  draft: OrderDraft,
): { errors: OrderFieldErrors; notice: string | null } {
  const problem = sortProblem(error, (pointer) => pointer in fieldOfPointer);
  const errors: OrderFieldErrors = {};
  for (const [pointer, message] of problem.fieldErrors) {
    const field = fieldOfPointer[pointer];
    if (field) errors[field] = message;
  }
  const byCode = fieldOfCode(problem.code, draft);
  if (byCode && problem.notice && !errors[byCode]) errors[byCode] = problem.notice;
  return { errors, notice: Object.keys(errors).length > 0 ? null : problem.notice };
}

/** The order form's state and its one keyed submission: a retry after a dropped connection reuses the key. */
export function useOrderLabelBatch() {
  const t = useT();
  const navigate = useNavigate();
  const refresh = useRefreshLabels();
  const submitter = useIdempotentSubmit();
  const [draft, setDraft] = useState<OrderDraft>(emptyOrderDraft);
  const [errors, setErrors] = useState<OrderFieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  // the chosen product and lot kept whole: they may be far beyond the page of matches on show
  const [product, setProduct] = useState<ProductView | null>(null);
  const [lot, setLot] = useState<LotSummary | null>(null);
  const [searches, setSearches] = useState<Record<'product' | 'lot', string>>({ product: '', lot: '' });

  const change = (patch: Partial<OrderDraft>) => {
    setDraft((old) => ({ ...old, ...patch, ...('productId' in patch ? { lotId: null } : {}) }));
    const cleared = new Set<string>([
      ...Object.keys(patch),
      ...('kind' in patch || 'productId' in patch ? ['productId', 'lotId'] : []),
    ]);
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => !cleared.has(key))));
  };

  const pickProduct = (picked: ProductView | null) => {
    if (picked?.id === product?.id) return;
    setProduct(picked);
    setLot(null);
    setSearches((old) => ({ ...old, lot: '' }));
    change({ productId: picked?.id ?? null });
  };

  const pickLot = (picked: LotSummary | null) => {
    setLot(picked);
    change({ lotId: picked?.id ?? null });
  };

  const search = (field: 'product' | 'lot', text: string) =>
    setSearches((old) => (old[field] === text ? old : { ...old, [field]: text }));

  const order = async () => {
    const found = checkOrderDraft(draft);
    setErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(key)])));
    setNotice(null);
    const body = orderBody(draft);
    if (Object.keys(found).length > 0 || !body) return;
    const outcome = await submitter.submit((idempotencyKey) =>
      api.call('orderLabelBatch', { body }, { idempotencyKey }),
    );
    if (!outcome) return;
    if (outcome.ok) {
      await refresh();
      // no toast: the batch page says what state the batch is in, live, and a toast would outlast the truth
      navigate(labelBatchPath(outcome.value.id));
      return;
    }
    const refusal = refusalOnFields(outcome.error, draft);
    setErrors(refusal.errors);
    setNotice(refusal.notice ?? (Object.keys(refusal.errors).length > 0 ? null : t('labels.order.offline')));
  };

  return {
    draft,
    product,
    lot,
    pickProduct,
    pickLot,
    searches,
    search,
    errors,
    notice,
    change,
    order,
    status: submitter.status,
    sending: submitter.sending,
  };
}
