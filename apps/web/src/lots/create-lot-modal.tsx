import { Button, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { CreateLotBody, ProductView } from '@nguon/contracts/client';
import { expandLotCodePattern, lotCodePattern } from '@nguon/domain';
import { typedNumberValue } from '@nguon/forms';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { useIsMobile } from '../ui/use-is-mobile';
import { useLotProducts, useRefreshLots } from './lot-api';
import { lotPath } from './lot-paths';
import { quantityProblem, quantityProblemMessages, useNameOf } from './lot-text';
import { QuantityInput } from './quantity-input';
import { sortProblem } from './record-problems';
import { ProblemNotice } from './submit-bar';
import { useIdempotentSubmit } from './use-idempotent-submit';

interface LotDraft {
  productId: string | null;
  code: string;
  quantity: string;
  unit: string;
  note: string;
}

type DraftErrors = Partial<Record<'productId' | 'code' | 'quantity' | 'unit', string>>;

const emptyDraft: LotDraft = { productId: null, code: '', quantity: '', unit: 'kg', note: '' };
const ownFields = ['/productId', '/code', '/quantity', '/unit'];

/** Where a refusal without a field path still belongs on the form. */
const fieldOfCode: Record<string, keyof DraftErrors> = {
  LOT_CODE_REQUIRED: 'code',
  LOT_CODE_TAKEN: 'code',
  PRODUCT_HAS_NO_PROCESS: 'productId',
  UNKNOWN_UNIT: 'unit',
};

function CodeField({ product, draft, error, onChange }: CodeFieldProps) {
  const t = useT();
  const pattern = product?.lotCodePattern ?? null;
  const now = new Date();
  const example = pattern
    ? expandLotCodePattern(pattern, 1, {
        year: now.getFullYear(),
        month: now.getMonth() + 1,
        day: now.getDate(),
      })
    : '';
  return (
    <TextInput
      label={t('lots.create.code')}
      required={product !== null && pattern === null}
      description={
        product === null
          ? undefined
          : pattern
            ? t('lots.create.codeAuto', { pattern })
            : t('lots.create.codeNoPattern')
      }
      placeholder={pattern ? example : undefined}
      maxLength={20}
      value={draft.code}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid="lot-create-code"
    />
  );
}

interface CodeFieldProps {
  product: ProductView | null;
  draft: LotDraft;
  error?: string;
  onChange: (code: string) => void;
}

function checkDraft(draft: LotDraft, product: ProductView | null, t: ReturnType<typeof useT>): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.productId) errors.productId = t('common.required');
  if (product && !product.lotCodePattern && !draft.code.trim()) errors.code = t('common.required');
  if (draft.code.trim() && !lotCodePattern.test(draft.code.trim())) errors.code = t('lots.create.codeChars');
  const problem = quantityProblem(draft.quantity);
  if (problem) errors.quantity = t(quantityProblemMessages[problem === 'required' ? 'positive' : problem]);
  return errors;
}

function lotBody(draft: LotDraft, productId: string): CreateLotBody {
  return {
    productId,
    ...(draft.code.trim() ? { code: draft.code.trim() } : {}),
    quantity: typedNumberValue(draft.quantity) ?? 0,
    unit: draft.unit,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
}

/** The server's refusal on the field it concerns, by path or by code; the notice only when no field fits. */
function refusalOnFields(error: unknown): { errors: DraftErrors; notice: string | null } {
  const problem = sortProblem(error, (pointer) => ownFields.includes(pointer));
  const byPath = Object.fromEntries(
    [...problem.fieldErrors].map(([pointer, message]) => [pointer.slice(1), message]),
  );
  const byCode = problem.code ? fieldOfCode[problem.code] : undefined;
  const errors: DraftErrors = {
    ...byPath,
    ...(byCode && problem.notice ? { [byCode]: problem.notice } : {}),
  };
  return { errors, notice: Object.keys(errors).length > 0 ? null : problem.notice };
}

/** The form's state and its one keyed submission; the only product is chosen for the clerk. */
function useCreateLot(products: ProductView[] | undefined) {
  const t = useT();
  const navigate = useNavigate();
  const refreshLots = useRefreshLots();
  const submitter = useIdempotentSubmit();
  const [typed, setDraft] = useState<LotDraft>(emptyDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const sole = products?.length === 1 ? (products[0]?.id ?? null) : null;
  const draft = { ...typed, productId: typed.productId ?? sole };
  const product = products?.find((candidate) => candidate.id === draft.productId) ?? null;
  const change = (patch: Partial<LotDraft>) => {
    setDraft((old) => ({ ...old, ...patch }));
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => !(key in patch))));
  };

  const create = async () => {
    const found = checkDraft(draft, product, t);
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0 || !draft.productId) return;
    const body = lotBody(draft, draft.productId);
    const outcome = await submitter.submit((idempotencyKey) =>
      api.call('createLot', { body }, { idempotencyKey }),
    );
    if (!outcome) return;
    if (outcome.ok) {
      await refreshLots();
      notifySuccess(t('lots.create.done', { code: outcome.value.code }));
      navigate(lotPath(outcome.value.id));
      return;
    }
    const refusal = refusalOnFields(outcome.error);
    setErrors(refusal.errors);
    setNotice(refusal.notice ?? (Object.keys(refusal.errors).length > 0 ? null : t('lots.submit.offline')));
  };
  return { draft, product, errors, notice, change, create, sending: submitter.sending };
}

interface ProductFieldProps {
  products: ProductView[] | undefined;
  value: string | null;
  error?: string;
  onChange: (productId: string | null) => void;
}

/** The products a lot may be started for; when there are none, who must do what first. */
function ProductField({ products, value, error, onChange }: ProductFieldProps) {
  const t = useT();
  const nameOf = useNameOf();
  const options = (products ?? []).map((option) => ({ value: option.id, label: nameOf(option.name) }));
  return (
    <>
      {products && options.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="lot-create-no-products">
          {t('lots.create.noProducts')}
        </Text>
      )}
      <Select
        label={t('lots.create.product')}
        description={t('lots.create.productHint')}
        required
        searchable
        data={options}
        value={value}
        error={error}
        onChange={onChange}
        comboboxProps={{ withinPortal: true }}
        data-testid="lot-create-product"
      />
    </>
  );
}

/** A clerk or owner starts a lot: product, an optional code (else made from the product's pattern), quantity. */
export function CreateLotModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const products = useLotProducts();
  const { draft, product, errors, notice, change, create, sending } = useCreateLot(products.data);
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('lots.create.title')}
      fullScreen={isMobile}
      size="lg"
    >
      <Stack gap="sm">
        <ProductField
          products={products.data}
          value={draft.productId}
          error={errors.productId}
          onChange={(productId) => change({ productId })}
        />
        <CodeField
          product={product}
          draft={draft}
          error={errors.code}
          onChange={(code) => change({ code })}
        />
        <QuantityInput
          label={t('lots.create.quantity')}
          required
          quantity={draft.quantity}
          unit={draft.unit}
          onQuantity={(quantity) => change({ quantity })}
          onUnit={(unit) => change({ unit })}
          quantityError={errors.quantity}
          unitError={errors.unit}
          testId="lot-create"
        />
        <Textarea
          label={t('lots.create.note')}
          autosize
          minRows={2}
          maxLength={500}
          value={draft.note}
          onChange={(event) => change({ note: event.currentTarget.value })}
        />
        <ProblemNotice message={notice} />
        <Button size="lg" fullWidth onClick={create} loading={sending} data-testid="lot-create-submit">
          {t('lots.create.submit')}
        </Button>
      </Stack>
    </AppModal>
  );
}
