import { Button, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { CreateLotBody, ProductView } from '@nguon/contracts/client';
import { expandLotCodePattern, lotCodePattern } from '@nguon/domain';
import { typedNumberValue } from '@nguon/forms';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { answerOf, pickedItem, type SearchOption, SearchSelect, useSearchWords } from '../ui/search-select';
import { useIsMobile } from '../ui/use-is-mobile';
import { useLotProductSearch, useRefreshLots } from './lot-api';
import { lotPath } from './lot-paths';
import { quantityProblem, quantityProblemMessages, useNameOf } from './lot-text';
import { QuantityInput } from './quantity-input';
import { sortProblem } from './record-problems';
import { ProblemNotice } from './submit-bar';
import { useIdempotentSubmit } from './use-idempotent-submit';

interface LotDraft {
  /** The chosen product, kept whole: its lot code pattern shapes the code field. */
  product: ProductView | null;
  code: string;
  quantity: string;
  unit: string;
  note: string;
}

type DraftErrors = Partial<Record<'productId' | 'code' | 'quantity' | 'unit', string>>;

const emptyDraft: LotDraft = { product: null, code: '', quantity: '', unit: 'kg', note: '' };
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
  if (!draft.product) errors.productId = t('common.required');
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
function useCreateLot(sole: ProductView | null) {
  const t = useT();
  const navigate = useNavigate();
  const refreshLots = useRefreshLots();
  const submitter = useIdempotentSubmit();
  const [typed, setDraft] = useState<LotDraft>(emptyDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const draft = { ...typed, product: typed.product ?? sole };
  const product = draft.product;
  const change = (patch: Partial<LotDraft>) => {
    setDraft((old) => ({ ...old, ...patch }));
    // the product picker's error sits under productId, the body's name for it
    const touched = new Set(Object.keys(patch).map((key) => (key === 'product' ? 'productId' : key)));
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => !touched.has(key))));
  };

  const create = async () => {
    const found = checkDraft(draft, product, t);
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0 || !product) return;
    const body = lotBody(draft, product.id);
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

/** A product as the picker shows it: its name in the current language, its SKU beside it. */
function useProductOption(): (product: ProductView) => SearchOption {
  const nameOf = useNameOf();
  return (product) => ({
    value: product.id,
    label: nameOf(product.name),
    ...(product.sku ? { hint: product.sku } : {}),
  });
}

interface ProductFieldProps {
  value: ProductView | null;
  search: string;
  onSearch: (text: string) => void;
  error?: string;
  onChange: (product: ProductView | null) => void;
  /** What the server answers for the words typed: the first page and how many match. */
  found: ReturnType<typeof useLotProductSearch>;
  words: string;
}

/** The products a lot may be started for (a published process), searched on the server; when none, who must act. */
function ProductField({ value, search, onSearch, error, onChange, found, words }: ProductFieldProps) {
  const t = useT();
  const toOption = useProductOption();
  const none = words === '' && found.data?.total === 0;
  return (
    <>
      {none && (
        <Text size="sm" c="dimmed" data-testid="lot-create-no-products">
          {t('lots.create.noProducts')}
        </Text>
      )}
      <SearchSelect
        label={t('lots.create.product')}
        description={t('lots.create.productHint')}
        placeholder={t('lots.create.productSearch')}
        required
        picked={value ? toOption(value) : null}
        onPick={(option) => onChange(pickedItem(option, found.data?.items, value))}
        search={search}
        onSearch={onSearch}
        answer={answerOf(found, toOption)}
        texts={{
          searching: t('lots.create.searching'),
          noneFound: words
            ? t('lots.create.productsNoneFound', { search: words })
            : t('lots.create.noProducts'),
          failed: t('lots.create.searchFailed'),
          more: (shown, total) => t('lots.create.moreFound', { shown, total }),
        }}
        error={error}
        data-testid="lot-create-product"
      />
    </>
  );
}

/** A clerk or owner starts a lot: product, an optional code (else made from the product's pattern), quantity. */
export function CreateLotModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const [search, setSearch] = useState('');
  const toOption = useProductOption();
  // the tenant's only product with a published process is chosen for the clerk (from the unsearched first page)
  const first = useLotProductSearch('');
  const sole = first.data?.total === 1 ? (first.data.items[0] ?? null) : null;
  const { draft, product, errors, notice, change, create, sending } = useCreateLot(sole);
  const words = useSearchWords(search, product ? toOption(product) : null, 200);
  const found = useLotProductSearch(words);
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
          value={draft.product}
          search={search}
          onSearch={setSearch}
          error={errors.productId}
          onChange={(picked) => change({ product: picked })}
          found={found}
          words={words}
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
