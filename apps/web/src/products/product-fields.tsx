import { Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { productPublicFields } from '@nguon/contracts/client';
import { provinces } from '@nguon/domain';
import { units } from '@nguon/forms';
import type { ChangeEvent } from 'react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { ProductTypeSelect, parseProductType } from '../processes/list/product-type-select';
import type { ProductDraft, PublicField } from './product-draft';

export type DraftErrorMessages = Partial<Record<keyof ProductDraft, string>>;

export interface DraftFieldsProps {
  draft: ProductDraft;
  errors: DraftErrorMessages;
  readOnly: boolean;
  onChange: (patch: Partial<ProductDraft>) => void;
}

type TextKey = { [K in keyof ProductDraft]: ProductDraft[K] extends string ? K : never }[keyof ProductDraft];

function useTextProps({ draft, errors, readOnly, onChange }: DraftFieldsProps) {
  return (key: TextKey) => ({
    value: draft[key],
    readOnly,
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ [key]: event.currentTarget.value }),
  });
}

const quantityUnits = units.filter((unit) => ['mass', 'volume', 'count'].includes(unit.dimension));

interface BasicsFieldsProps extends DraftFieldsProps {
  /** Off where the product type is not the product's to choose (a template's sample product: the template's). */
  withType?: boolean;
  testIdPrefix?: string;
}

/** Names, SKU, product type and description. */
export function BasicsFields({ withType = true, testIdPrefix = 'product', ...props }: BasicsFieldsProps) {
  const t = useT();
  const text = useTextProps(props);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('products.nameVi')}
          required
          {...text('nameVi')}
          data-testid={`${testIdPrefix}-name-vi`}
        />
        <TextInput label={t('products.nameEn')} {...text('nameEn')} data-testid={`${testIdPrefix}-name-en`} />
        <TextInput
          label={t('products.sku')}
          description={t('products.skuHint')}
          required
          {...text('sku')}
          data-testid={`${testIdPrefix}-sku`}
        />
        {withType && (
          <ProductTypeSelect
            label={t('products.type')}
            required
            readOnly={props.readOnly}
            value={props.draft.productType}
            error={props.errors.productType}
            onChange={(value) => props.onChange({ productType: parseProductType(value) })}
            data-testid={`${testIdPrefix}-type`}
          />
        )}
      </SimpleGrid>
      <Textarea
        label={t('products.descriptionVi')}
        autosize
        minRows={2}
        maxRows={8}
        {...text('descriptionVi')}
      />
      <Textarea
        label={t('products.descriptionEn')}
        autosize
        minRows={2}
        maxRows={8}
        {...text('descriptionEn')}
      />
    </Stack>
  );
}

export function PackagingFields(props: DraftFieldsProps) {
  const t = useT();
  const lang = useLang();
  const text = useTextProps(props);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Group gap="xs" grow align="flex-start" wrap="nowrap">
          <TextInput
            label={t('products.netQuantity')}
            inputMode="decimal"
            {...text('netValue')}
            data-testid="product-net-value"
          />
          <Select
            label={t('products.unit')}
            readOnly={props.readOnly}
            allowDeselect={false}
            searchable
            data={quantityUnits.map((unit) => ({ value: unit.code, label: unit.symbol ?? unit.name[lang] }))}
            value={props.draft.netUnit}
            onChange={(netUnit) => props.onChange({ netUnit })}
            data-testid="product-net-unit"
          />
        </Group>
        <TextInput
          label={t('products.shelfLife')}
          inputMode="numeric"
          {...text('shelfLifeDays')}
          data-testid="product-shelf-life"
        />
      </SimpleGrid>
      <Textarea label={t('products.storageVi')} autosize minRows={2} {...text('storageVi')} />
      <Textarea label={t('products.storageEn')} autosize minRows={2} {...text('storageEn')} />
    </Stack>
  );
}

export function OriginFields(props: DraftFieldsProps) {
  const t = useT();
  const text = useTextProps(props);
  const inVietnam = props.draft.country.trim().toUpperCase() === 'VN';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={t('products.country')}
        description={t('products.countryHint')}
        maxLength={2}
        {...text('country')}
        data-testid="product-country"
      />
      <Select
        label={t('products.province')}
        searchable
        clearable
        disabled={!inVietnam}
        readOnly={props.readOnly}
        data={provinces.map((province) => ({ value: province.code, label: province.name }))}
        value={props.draft.province}
        error={props.errors.province}
        onChange={(value) =>
          props.onChange({ province: provinces.find((province) => province.code === value)?.code ?? null })
        }
        data-testid="product-province"
      />
      <TextInput
        label={t('products.gtin')}
        description={t('products.gtinHint')}
        inputMode="numeric"
        {...text('gtin')}
        data-testid="product-gtin"
      />
      <TextInput
        label={t('products.gs1Prefix')}
        description={t('products.gs1PrefixHint')}
        inputMode="numeric"
        {...text('gs1CompanyPrefix')}
        data-testid="product-gs1-prefix"
      />
    </SimpleGrid>
  );
}

export function PublicFieldsPicker({ draft, readOnly, onChange }: DraftFieldsProps) {
  const t = useT();
  return (
    <Checkbox.Group
      description={t('products.publicHint')}
      value={draft.publicFields}
      onChange={(values) =>
        onChange({ publicFields: productPublicFields.filter((field) => values.includes(field)) })
      }
      readOnly={readOnly}
      data-testid="product-public-fields"
    >
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm" mt="xs">
        {productPublicFields.map((field: PublicField) => (
          <Checkbox
            key={field}
            value={field}
            label={t(`products.public.${field}`)}
            size="md"
            disabled={readOnly}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
