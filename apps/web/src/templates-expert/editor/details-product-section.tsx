import { Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { provinces } from '@nguon/domain';
import type { ChangeEvent } from 'react';
import { LotCodePatternField } from '../../products/lot-code-pattern-field';
import type { ProductDraft } from '../../products/product-draft';
import {
  BasicsFields,
  type DraftErrorMessages,
  type DraftFieldsProps,
  PackagingFields,
  PublicFieldsPicker,
} from '../../products/product-fields';
import { productValue } from './details-form';
import { DetailsSection, type DetailsSectionProps } from './details-sections';
import type { DraftTabMessageKey } from './editor-messages';
import { useDraftTabsT } from './editor-messages';

/** Where each input of the sample product sits in the details part, for errors both ways. */
export const productPointers = {
  nameVi: '/sampleProduct/name/vi',
  nameEn: '/sampleProduct/name/en',
  sku: '/sampleProduct/sku',
  descriptionVi: '/sampleProduct/description/vi',
  descriptionEn: '/sampleProduct/description/en',
  netValue: '/sampleProduct/netQuantity',
  shelfLifeDays: '/sampleProduct/shelfLifeDays',
  storageVi: '/sampleProduct/storage/vi',
  storageEn: '/sampleProduct/storage/en',
  country: '/sampleProduct/country',
  province: '/sampleProduct/province',
  lotCodePattern: '/sampleProduct/lotCodePattern',
  publicFields: '/sampleProduct/publicFields',
} as const satisfies Partial<Record<keyof ProductDraft, string>>;
type PointedField = keyof typeof productPointers;

const pointedFields = Object.keys(productPointers).filter(
  (key): key is PointedField => key in productPointers,
);

type TextKey = 'country';

function textProps({ draft, errors, readOnly, onChange }: DraftFieldsProps) {
  return (key: TextKey) => ({
    value: draft[key],
    readOnly,
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ [key]: event.currentTarget.value }),
    'data-testid': `details-product-${key}`,
  });
}

/** Country and province: the products form's origin without GTIN and GS1 prefix (the co-op's own). */
function ProductOrigin(fields: DraftFieldsProps) {
  const t = useDraftTabsT();
  const text = textProps(fields);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={t('products.country')}
        description={t('products.countryHint')}
        maxLength={2}
        {...text('country')}
      />
      <Select
        label={t('products.province')}
        searchable
        clearable
        disabled={fields.draft.country.trim().toUpperCase() !== 'VN'}
        readOnly={fields.readOnly}
        data={provinces.map((province) => ({ value: province.code, label: province.name }))}
        value={fields.draft.province}
        error={fields.errors.province}
        onChange={(value) =>
          fields.onChange({ province: provinces.find((p) => p.code === value)?.code ?? null })
        }
        data-testid="details-product-province"
      />
    </SimpleGrid>
  );
}

/** The products form's props over the details tab: its values, its errors by pointer, its edits. */
function sampleProductFieldsProps(props: DetailsSectionProps): DraftFieldsProps {
  const errors: DraftErrorMessages = {};
  for (const key of pointedFields) {
    const message = props.errors[productPointers[key]];
    if (message !== undefined) errors[key] = message;
  }
  const onChange = (patch: Partial<ProductDraft>) => {
    const pointers = pointedFields.filter((key) => key in patch).map((key) => productPointers[key]);
    if ('netUnit' in patch) pointers.push(productPointers.netValue);
    props.change(pointers, (edits) => ({ ...edits, product: { ...edits.product, ...patch } }));
  };
  return { draft: productValue(props.details, props.edits), errors, readOnly: props.readOnly, onChange };
}

/** The sample product's fields a co-op sees, with the products screens' own inputs where they fit. */
export function SampleProductFields(props: DetailsSectionProps) {
  const t = useDraftTabsT();
  const fields = sampleProductFieldsProps(props);
  const { draft, errors, onChange } = fields;
  const certifications = props.details.sampleProduct.certifications?.length ?? 0;
  const heading = (key: DraftTabMessageKey) => (
    <Title order={3} size="h5" mt="xs">
      {t(key)}
    </Title>
  );
  return (
    <DetailsSection title={t('templateDraftDetails.section.product')} testId="details-product">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('templateDraftDetails.productIntro')}
        </Text>
        {/* the product type is the template's */}
        <BasicsFields {...fields} withType={false} testIdPrefix="details-product" />
        {heading('products.section.packaging')}
        <PackagingFields {...fields} />
        {heading('products.section.origin')}
        <ProductOrigin {...fields} />
        <LotCodePatternField
          value={draft.lotCodePattern}
          readOnly={props.readOnly}
          error={errors.lotCodePattern}
          onChange={(lotCodePattern) => onChange({ lotCodePattern })}
        />
        {heading('products.section.public')}
        <PublicFieldsPicker {...fields} />
        {certifications > 0 && (
          <Text size="sm" c="dimmed">
            {t('templateDraftDetails.productCertifications', { count: certifications })}
          </Text>
        )}
      </Stack>
    </DetailsSection>
  );
}
