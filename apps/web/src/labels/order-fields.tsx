import { Code, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ProductView } from '@nguon/contracts/client';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { useNameOf } from '../lots/lot-text';
import { useLotsOfProduct } from './label-api';
import { type LayoutOption, sameChoice } from './label-layout-options';
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

interface PickerProps {
  value: string | null;
  error?: string;
  onChange: (id: string | null) => void;
}

export function ProductPicker({ products, ...props }: PickerProps & { products: ProductView[] | undefined }) {
  const t = useT();
  const nameOf = useNameOf();
  const options = (products ?? []).map((option) => ({ value: option.id, label: nameOf(option.name) }));
  return (
    <Select
      label={t('labels.order.product')}
      description={products && options.length === 0 ? t('labels.order.noProducts') : undefined}
      required
      searchable
      data={options}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
      comboboxProps={{ withinPortal: true }}
      data-testid="label-order-product"
    />
  );
}

/** The product's lots only: labels of one product are never bound to another product's lot. */
export function LotPicker({ productId, ...props }: PickerProps & { productId: string | null }) {
  const t = useT();
  const lots = useLotsOfProduct(productId);
  const options = (lots.data?.items ?? []).map((lot) => ({ value: lot.id, label: lot.code }));
  return (
    <Select
      label={t('labels.order.lot')}
      description={
        productId === null
          ? t('labels.order.lotPickProduct')
          : lots.data && options.length === 0
            ? t('labels.order.noLots')
            : undefined
      }
      disabled={productId === null}
      required
      searchable
      data={options}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
      comboboxProps={{ withinPortal: true }}
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
