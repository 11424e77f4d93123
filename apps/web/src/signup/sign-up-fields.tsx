import { Stack, TextInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';
import { TenantCoreFields } from '../settings/tenant-fields';
import type { TenantFormValues } from '../settings/tenant-form-model';
import { PasswordField } from '../ui/password-field';
import type { FormState } from '../ui/use-form-state';
import type { PersonValues } from './sign-up-model';

/** Step 1: who signs up; the email or the phone becomes their sign-in name. */
export function PersonFields({ form }: { form: FormState<PersonValues> }) {
  const t = useT();
  return (
    <Stack>
      <TextInput
        label={t('signUp.name')}
        autoComplete="name"
        required
        data-testid="sign-up-name"
        {...form.textProps('name')}
      />
      <TextInput
        label={t('signUp.email')}
        description={t('signUp.loginHint')}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        data-testid="sign-up-email"
        {...form.textProps('email')}
      />
      <TextInput
        label={t('signUp.phone')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        data-testid="sign-up-phone"
        {...form.textProps('phone')}
      />
      <PasswordField
        label={t('signUp.password')}
        description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        data-testid="sign-up-password"
        {...form.textProps('password')}
      />
      <PasswordField
        label={t('password.repeat')}
        autoComplete="new-password"
        required
        data-testid="sign-up-repeat"
        {...form.textProps('repeat')}
      />
    </Stack>
  );
}

/** Step 2: the enterprise or co-op; its other details are for Settings later. */
export function SignUpTenantFields({ form }: { form: FormState<TenantFormValues> }) {
  return (
    <Stack>
      <TenantCoreFields form={form} />
    </Stack>
  );
}
