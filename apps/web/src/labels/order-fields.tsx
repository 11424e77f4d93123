import { Code, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { LotSummary, ProductView } from '@nguon/contracts/client';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { useNameOf } from '../lots/lot-text';
import {
  answerOf,
  pickedItem,
  type SearchOption,
  SearchSelect,
  type SearchTexts,
  useSearchWords,
} from '../ui/search-select';
import { useLabelLotSearch, useLabelProductSearch } from './label-api';
import { type LayoutOption, sameChoice } from './label-layout-options';
import type { LabelUrlForm } from './label-sample';
import {
  type LayoutChoice,
  layoutChoiceValue,
  type OrderKind,
  orderKinds,
  parseLayoutChoice,
  readLabelQuantity,
} from './order-draft';

export function KindField({ value, onChange }: { value: OrderKind; onChange: (kind: OrderKind) => void }) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="label-order-kind">
        {t('labels.order.kind')}
      </Text>
      <SegmentedControl
        fullWidth
        aria-labelledby="label-order-kind"
        data={orderKinds.map((kind) => ({ value: kind, label: t(`labels.order.kind.${kind}`) }))}
        value={value}
        onChange={(next) => onChange(orderKinds.find((kind) => kind === next) ?? 'product')}
        data-testid="label-order-kind"
      />
      <Text size="xs" c="dimmed">
        {t(`labels.order.kindHint.${value}`)}
      </Text>
    </Stack>
  );
}

interface PickerProps<T> {
  value: T | null;
  error?: string;
  onChange: (picked: T | null) => void;
  /** The typed words, kept in the order's state so a re-render of the modal never loses them. */
  search: string;
  onSearch: (text: string) => void;
}

function useSearchTexts(noneFound: string): SearchTexts {
  const t = useT();
  return {
    searching: t('labels.order.searching'),
    noneFound,
    failed: t('labels.order.searchFailed'),
    more: (shown, total) => t('labels.order.moreFound', { shown, total }),
  };
}

/**
 * Every product of the tenant, searched on the server by name, SKU or GTIN as the owner types. Once one is
 * picked, the hint says which URL its labels will carry (`urlForm`, from the same rule the server prints with).
 */
export function ProductPicker({
  value,
  error,
  onChange,
  search,
  onSearch,
  urlForm,
}: PickerProps<ProductView> & { urlForm: LabelUrlForm }) {
  const t = useT();
  const nameOf = useNameOf();
  const toOption = (product: ProductView): SearchOption => ({
    value: product.id,
    label: nameOf(product.name),
    hint: product.sku,
  });
  const picked = value ? toOption(value) : null;
  const words = useSearchWords(search, picked, 200);
  const found = useLabelProductSearch(words);
  const texts = useSearchTexts(
    words ? t('labels.order.productsNoneFound', { search: words }) : t('labels.order.noProducts'),
  );
  const none = words === '' && found.data?.total === 0;
  return (
    <SearchSelect
      label={t('labels.order.product')}
      placeholder={t('labels.order.productSearch')}
      description={
        none
          ? t('labels.order.noProducts')
          : value
            ? t(urlForm.gtin ? 'labels.order.productUrl.gtin' : 'labels.order.productUrl.short', {
                gtin: value.gtin ?? '',
                path: urlForm.path,
              })
            : undefined
      }
      required
      picked={picked}
      onPick={(option) => onChange(pickedItem(option, found.data?.items, value))}
      search={search}
      onSearch={onSearch}
      answer={answerOf(found, toOption)}
      texts={texts}
      error={error}
      data-testid="label-order-product"
    />
  );
}

/** The product's lots only: labels of one product are never bound to another product's lot. */
export function LotPicker({
  productId,
  value,
  error,
  onChange,
  search,
  onSearch,
}: PickerProps<LotSummary> & { productId: string | null }) {
  const t = useT();
  const toOption = (lot: LotSummary): SearchOption => ({ value: lot.id, label: lot.code });
  const picked = value ? toOption(value) : null;
  const words = useSearchWords(search, picked, 100);
  const found = useLabelLotSearch(productId, words);
  const texts = useSearchTexts(
    words ? t('labels.order.lotsNoneFound', { search: words }) : t('labels.order.noLots'),
  );
  const none = words === '' && found.data?.total === 0;
  return (
    <SearchSelect
      label={t('labels.order.lot')}
      placeholder={productId === null ? undefined : t('labels.order.lotSearch')}
      description={
        productId === null ? t('labels.order.lotPickProduct') : none ? t('labels.order.noLots') : undefined
      }
      disabled={productId === null}
      required
      picked={picked}
      onPick={(option) => onChange(pickedItem(option, found.data?.items, value))}
      search={search}
      onSearch={onSearch}
      answer={answerOf(found, toOption)}
      texts={texts}
      error={error}
      data-testid="label-order-lot"
    />
  );
}

interface QuantityFieldProps {
  value: string;
  error?: string;
  onChange: (text: string) => void;
}

/** Typed without separators (the project's one number rule); read back grouped the way the language writes it. */
export function QuantityField({ value, error, onChange }: QuantityFieldProps) {
  const t = useT();
  const read = readLabelQuantity(value);
  return (
    <TextInput
      label={t('labels.order.quantity')}
      description={
        'value' in read
          ? t('labels.order.quantityRead', { count: read.value })
          : t('labels.order.quantityHint')
      }
      required
      inputMode="numeric"
      autoComplete="off"
      maxLength={9}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid="label-order-quantity"
    />
  );
}

interface LayoutFieldProps {
  options: LayoutOption[];
  value: LayoutChoice;
  error?: string;
  onChange: (choice: LayoutChoice) => void;
}

export function LayoutField({ options, value, error, onChange }: LayoutFieldProps) {
  const t = useT();
  const groups = (['sheet', 'roll', 'tenant'] as const)
    .map((group) => ({
      group: t(`labels.layouts.group.${group}`),
      items: options
        .filter((option) => option.group === group)
        .map((option) => ({ value: layoutChoiceValue(option.choice), label: option.name })),
    }))
    .filter((group) => group.items.length > 0);
  const chosen = options.some((option) => sameChoice(option.choice, value)) ? layoutChoiceValue(value) : null;
  return (
    <Select
      label={t('labels.order.layout')}
      description={t('labels.order.layoutHint')}
      required
      allowDeselect={false}
      data={groups}
      value={chosen}
      error={error}
      onChange={(next) => {
        const choice = parseLayoutChoice(next);
        if (choice) onChange(choice);
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid="label-order-layout"
    />
  );
}

export function SampleUrl({ url }: { url: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {t('labels.order.sampleUrl')}
      </Text>
      <Code
        block
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        data-testid="label-order-sample-url"
        lang={lang}
      >
        {url}
      </Code>
    </Stack>
  );
}
