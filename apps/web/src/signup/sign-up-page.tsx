import { Alert, Anchor, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { AuthLayout } from '../auth/auth-layout';
import { ProblemAlert } from '../auth/problem-alert';
import { useSessionQuery } from '../auth/use-auth';
import { useSignUp, useSignUpSettings } from '../auth/use-sign-up';
import { useT } from '../i18n/use-t';
import { emptyTenantValues } from '../settings/tenant-form-model';
import { useFormState } from '../ui/use-form-state';
import { PersonFields, SignUpTenantFields } from './sign-up-fields';
import {
  emptyPersonValues,
  newSignUpKey,
  partFieldErrors,
  signUpBody,
  validatePersonValues,
  validateSignUpTenant,
} from './sign-up-model';

/** `/sign-up`: a person, then their enterprise or co-op; they land signed in, in their own empty account. */
export function SignUpPage() {
  const t = useT();
  const session = useSessionQuery();
  const settings = useSignUpSettings();
  const signUp = useSignUp();
  const key = useRef(newSignUpKey());
  const [step, setStep] = useState(0);
  const person = useFormState(emptyPersonValues, validatePersonValues);
  const tenant = useFormState({ ...emptyTenantValues, kind: 'coop' }, validateSignUpTenant);

  if (session.data) return <Navigate to="/" replace />;
  if (settings.data?.mode === 'closed') return <Navigate to="/sign-in" replace />;

  const next = person.onSubmit(() => setStep(1));
  const send = tenant.onSubmit((values) => {
    const body = signUpBody(person.values, values);
    if (!body) return;
    signUp.mutate(
      { body, key: key.current },
      {
        // A bad value is shown on its input, on the step that has it.
        onError: (error) => {
          const personErrors = partFieldErrors(error, 'person');
          if (Object.keys(personErrors).length > 0) {
            person.setErrors(personErrors);
            setStep(0);
          } else tenant.setErrors(partFieldErrors(error, 'tenant'));
        },
      },
    );
  });
  const onAField =
    Object.keys(partFieldErrors(signUp.error, 'person')).length +
      Object.keys(partFieldErrors(signUp.error, 'tenant')).length >
    0;

  return (
    <AuthLayout title={t('signUp.title')}>
      <Stepper active={step} size="sm" mb="md" allowNextStepsSelect={false} onStepClick={setStep}>
        <Stepper.Step label={t('signUp.stepPerson')} />
        <Stepper.Step label={t('signUp.stepTenant')} />
      </Stepper>
      {!onAField && <ProblemAlert error={signUp.error} testId="sign-up-error" />}
      {step === 0 ? (
        <form onSubmit={next} noValidate>
          <Stack>
            <Text size="sm">{t('signUp.personIntro')}</Text>
            <PersonFields form={person} />
            <Button type="submit" size="md" fullWidth data-testid="sign-up-next">
              {t('signUp.next')}
            </Button>
          </Stack>
        </form>
      ) : (
        <form onSubmit={send} noValidate>
          <Stack>
            <Text size="sm">{t('signUp.tenantIntro')}</Text>
            {settings.data?.mode === 'approval' && <Alert color="earth">{t('signUp.approvalNote')}</Alert>}
            <SignUpTenantFields form={tenant} />
            <Group grow>
              <Button variant="default" size="md" onClick={() => setStep(0)} data-testid="sign-up-back">
                {t('signUp.back')}
              </Button>
              <Button type="submit" size="md" loading={signUp.isPending} data-testid="sign-up-submit">
                {t('signUp.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" ta="center" py="xs" display="block" mt="sm">
        {t('signUp.haveAccount')}
      </Anchor>
    </AuthLayout>
  );
}
