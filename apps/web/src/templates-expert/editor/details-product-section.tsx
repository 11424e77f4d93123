import { Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { provinces } from '@nguon/domain';
import type { ChangeEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { LotCodePatternField } from '../../products/lot-code-pattern-field';
import type { ProductDraft } from '../../products/product-draft';
import { type DraftErrorMessages, PackagingFields, PublicFieldsPicker } from '../../products/product-fields';
import { productValue } from './details-form';
import { DetailsSection, type DetailsSectionProps } from './details-sections';

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

/** The sample product's fields a co-op sees, with the products screens' own inputs where they fit. */
export function SampleProductFields(props: DetailsSectionProps) {
  const t = useT();
  const draft = productValue(props.details, props.edits);
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
  const text = (key: 'nameVi' | 'nameEn' | 'sku' | 'descriptionVi' | 'descriptionEn' | 'country') => ({
    value: draft[key],
    readOnly: props.readOnly,
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ [key]: event.currentTarget.value }),
    'data-testid': `details-product-${key}`,
  });
  const fields = { draft, errors, readOnly: props.readOnly, onChange };
  const certifications = props.details.sampleProduct.certifications?.length ?? 0;
  return (
    <DetailsSection title={t('templateDraftDetails.section.product')} testId="details-product">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('templateDraftDetails.productIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('products.nameVi')} required {...text('nameVi')} />
          <TextInput label={t('products.nameEn')} {...text('nameEn')} />
          <TextInput
            label={t('products.sku')}
            description={t('products.skuHint')}
            required
            {...text('sku')}
          />
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
        <Title order={3} size="h5" mt="xs">
          {t('products.section.packaging')}
        </Title>
        <PackagingFields {...fields} />
        <Title order={3} size="h5" mt="xs">
          {t('products.section.origin')}
        </Title>
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
            disabled={draft.country.trim().toUpperCase() !== 'VN'}
            readOnly={props.readOnly}
            data={provinces.map((province) => ({ value: province.code, label: province.name }))}
            value={draft.province}
            error={errors.province}
            onChange={(value) =>
              onChange({ province: provinces.find((p) => p.code === value)?.code ?? null })
            }
            data-testid="details-product-province"
          />
        </SimpleGrid>
        <LotCodePatternField
          value={draft.lotCodePattern}
          readOnly={props.readOnly}
          error={errors.lotCodePattern}
          onChange={(lotCodePattern) => onChange({ lotCodePattern })}
        />
        <Title order={3} size="h5" mt="xs">
          {t('products.section.public')}
        </Title>
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
