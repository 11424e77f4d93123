import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { Link, Navigate, useLocation } from 'react-router';
import { fieldErrorsOf } from '../api/problems';
import { useT } from '../i18n/use-t';
import { PasswordField } from '../ui/password-field';
import { requireText, useFormState } from '../ui/use-form-state';
import { AuthLayout } from './auth-layout';
import { ProblemAlert } from './problem-alert';
import { useSessionQuery, useSignIn } from './use-auth';
import { useSignUpSettings } from './use-sign-up';

/** Where the guard sent the person from, so sign-in can bring them back there. */
function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from;
  }
  return '/';
}

export function SignInPage() {
  const t = useT();
  const location = useLocation();
  const session = useSessionQuery();
  const signIn = useSignIn();
  const signUpSettings = useSignUpSettings();
  const form = useFormState({ login: '', password: '' }, (values) => ({
    login: requireText(values.login, t),
    password: requireText(values.password, t),
  }));

  if (session.data) return <Navigate to={returnPath(location.state)} replace />;

  const fieldErrors = fieldErrorsOf(signIn.error, ['login', 'password']);
  // On success the session query fills and the Navigate above takes the person in.
  const send = form.onSubmit((values) =>
    signIn.mutate({ login: values.login.trim(), password: values.password }),
  );

  return (
    <AuthLayout title={t('signIn.title')}>
      <form onSubmit={send} noValidate>
        <Stack>
          {Object.keys(fieldErrors).length === 0 && (
            <ProblemAlert error={signIn.error} testId="sign-in-error" />
          )}
          <TextInput
            label={t('signIn.login')}
            autoComplete="username"
            autoCapitalize="none"
            required
            data-testid="sign-in-login"
            {...form.textProps('login')}
            error={form.errors.login ?? fieldErrors.login}
          />
          <PasswordField
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            data-testid="sign-in-password"
            {...form.textProps('password')}
            error={form.errors.password ?? fieldErrors.password}
          />
          <Button type="submit" size="md" loading={signIn.isPending} fullWidth data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
          <Anchor component={Link} to="/set-password" ta="center" py="xs">
            {t('signIn.haveCode')}
          </Anchor>
          {signUpSettings.data && signUpSettings.data.mode !== 'closed' && (
            <Button
              component={Link}
              to="/sign-up"
              variant="light"
              size="md"
              fullWidth
              h="auto"
              mih={44}
              py={8}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              data-testid="sign-up-link"
            >
              {t('signUp.link')}
            </Button>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
