import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@nguon/contracts/client';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../api/problems';
import { useT } from '../i18n/use-t';
import { PasswordField } from '../ui/password-field';
import { requireText, useFormState } from '../ui/use-form-state';
import { AuthLayout } from './auth-layout';
import { checkNewPassword } from './new-password-check';
import { ProblemAlert } from './problem-alert';
import { useSetPassword } from './use-auth';

/** `/set-password?code=...`: a new member chooses a password with the owner's one-time code and lands signed in. */
export function SetPasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const setPassword = useSetPassword();
  const form = useFormState({ code: searchParams.get('code') ?? '', password: '', repeat: '' }, (values) => ({
    code: requireText(values.code, t, 6),
    ...checkNewPassword(values.password, values.repeat, t),
  }));

  const fieldErrors = fieldErrorsOf(setPassword.error, ['code', 'password']);
  const send = form.onSubmit((values) =>
    setPassword.mutate(
      { code: values.code.trim(), password: values.password },
      { onSuccess: () => navigate('/', { replace: true }) },
    ),
  );

  return (
    <AuthLayout title={t('setPassword.title')}>
      <form onSubmit={send} noValidate>
        <Stack>
          <Text size="sm">{t('setPassword.intro')}</Text>
          {Object.keys(fieldErrors).length === 0 && (
            <ProblemAlert error={setPassword.error} testId="set-password-error" />
          )}
          <TextInput
            label={t('setPassword.code')}
            autoComplete="one-time-code"
            autoCapitalize="none"
            required
            data-testid="set-password-code"
            {...form.textProps('code')}
            error={form.errors.code ?? fieldErrors.code}
          />
          <PasswordField
            label={t('password.new')}
            description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            data-testid="set-password-new"
            {...form.textProps('password')}
            error={form.errors.password ?? fieldErrors.password}
          />
          <PasswordField
            label={t('password.repeat')}
            autoComplete="new-password"
            required
            data-testid="set-password-repeat"
            {...form.textProps('repeat')}
          />
          <Button
            type="submit"
            size="md"
            loading={setPassword.isPending}
            fullWidth
            data-testid="set-password-submit"
          >
            {t('setPassword.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" ta="center" py="xs">
            {t('setPassword.backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
