import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { LocalizedText, ProductType } from '@nguon/domain';
import { fieldErrorsOf } from '../../api/problems';
import { useT } from '../../i18n/use-t';
import { AppModal } from '../../ui/app-modal';
import { notifyProblem } from '../../ui/notify';
import { requireText, useFormState } from '../../ui/use-form-state';
import { ProductTypeSelect, parseProductType } from './product-type-select';

export interface ProcessNameValues {
  name: LocalizedText;
  productType: ProductType;
}

interface ProcessNameModalProps {
  opened: boolean;
  title: string;
  submitLabel: string;
  hint?: string;
  /** Without it the product type is not asked (duplicating keeps it). */
  withProductType: boolean;
  initial: { name: LocalizedText; productType: ProductType | null };
  loading: boolean;
  onClose: () => void;
  /** Sends the values; `showError` puts the API's problem on the inputs (or in a notification). */
  onSubmit: (values: ProcessNameValues, showError: (error: unknown) => void) => void;
}

const toForm = ({ name, productType }: ProcessNameModalProps['initial']) => ({
  nameVi: name.vi,
  nameEn: name.en,
  productType: productType ?? '',
});

/** Name (vi, en) and product type of a process: for creating, renaming and duplicating. */
export function ProcessNameModal(props: ProcessNameModalProps) {
  const t = useT();
  const form = useFormState(toForm(props.initial), (values) => ({
    nameVi: requireText(values.nameVi, t),
    productType: parseProductType(values.productType) ? undefined : t('common.required'),
  }));
  const close = () => {
    form.reset(toForm(props.initial));
    props.onClose();
  };
  const showError = (error: unknown) => {
    const found = fieldErrorsOf(error, ['name', 'productType']);
    if (Object.keys(found).length === 0) notifyProblem(error, t);
    else form.setErrors({ nameVi: found.name, productType: found.productType });
  };
  const send = form.onSubmit((values) =>
    props.onSubmit(
      {
        name: { vi: values.nameVi.trim(), en: values.nameEn.trim() },
        productType: parseProductType(values.productType) ?? 'other',
      },
      showError,
    ),
  );

  return (
    <AppModal opened={props.opened} onClose={close} title={props.title}>
      <form onSubmit={send} noValidate>
        <Stack>
          {props.hint && (
            <Text size="sm" c="dimmed">
              {props.hint}
            </Text>
          )}
          <TextInput
            label={t('designer.nameVi')}
            required
            data-autofocus
            autoComplete="off"
            maxLength={200}
            data-testid="process-name-vi"
            {...form.textProps('nameVi')}
          />
          <TextInput
            label={t('designer.nameEn')}
            description={t('designer.nameEnHint')}
            autoComplete="off"
            maxLength={200}
            data-testid="process-name-en"
            {...form.textProps('nameEn')}
          />
          {props.withProductType && (
            <ProductTypeSelect
              label={t('designer.productType')}
              required
              data-testid="process-product-type"
              {...form.selectProps('productType')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.loading} data-testid="process-create-submit">
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
