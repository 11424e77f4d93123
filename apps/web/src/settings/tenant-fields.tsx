import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { provinces, tenantKinds } from '@nguon/domain';
import { useT } from '../i18n/use-t';
import type { FormState } from '../ui/use-form-state';
import { glnError, type TenantFormValues } from './tenant-form-model';

const provinceOptions = provinces.map((province) => ({ value: province.code, label: province.name }));

/** What every tenant has from the start: name, kind, address, province, tax code (also the sign-up's second step). */
export function TenantCoreFields({ form }: { form: FormState<TenantFormValues> }) {
  const t = useT();
  return (
    <>
      <TextInput label={t('tenant.name')} required data-testid="tenant-name" {...form.textProps('name')} />
      <Select
        label={t('tenant.kind')}
        required
        allowDeselect={false}
        data={tenantKinds.map((kind) => ({ value: kind, label: t(`tenantKind.${kind}`) }))}
        data-testid="tenant-kind"
        {...form.selectProps('kind')}
      />
      <TextInput
        label={t('tenant.address')}
        required
        data-testid="tenant-address"
        {...form.textProps('address')}
      />
      <Select
        label={t('tenant.province')}
        placeholder={t('tenant.provincePlaceholder')}
        required
        searchable
        allowDeselect={false}
        data={provinceOptions}
        data-testid="tenant-province"
        {...form.selectProps('province')}
      />
      <TextInput
        label={t('tenant.taxCode')}
        inputMode="numeric"
        data-testid="tenant-tax-code"
        {...form.textProps('taxCode')}
      />
    </>
  );
}

/** The tenant's details as inputs, shared by the settings screen and the first-tenant screen. */
export function TenantFields({ form }: { form: FormState<TenantFormValues> }) {
  const t = useT();
  const gln = form.values.gln.trim();
  // the check digit is known as soon as 13 digits are typed; earlier a format hint would only nag
  const liveGlnError = gln.length === 13 ? glnError(gln, t) : undefined;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TenantCoreFields form={form} />
      <TextInput
        label={t('tenant.gln')}
        description={t('tenant.glnHint')}
        inputMode="numeric"
        maxLength={13}
        data-testid="tenant-gln"
        {...form.textProps('gln')}
        error={form.errors.gln ?? liveGlnError}
      />
      <TextInput
        label={t('tenant.phone')}
        type="tel"
        inputMode="tel"
        data-testid="tenant-phone"
        {...form.textProps('phone')}
      />
      <TextInput
        label={t('tenant.email')}
        type="email"
        inputMode="email"
        data-testid="tenant-email"
        {...form.textProps('email')}
      />
    </SimpleGrid>
  );
}
