import { Button, Group, Stack } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { PasswordField } from '../ui/password-field';
import { requireText, useFormState } from '../ui/use-form-state';
import { checkNewPassword } from './new-password-check';
import { useChangePassword } from './use-auth';

const empty = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const changePassword = useChangePassword();
  const form = useFormState(empty, (values) => {
    const check = checkNewPassword(values.newPassword, values.repeat, t);
    return {
      currentPassword: requireText(values.currentPassword, t),
      newPassword: check.password,
      repeat: check.repeat,
    };
  });

  const close = () => {
    form.reset();
    changePassword.reset();
    onClose();
  };
  const send = form.onSubmit((values) =>
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          notifySuccess(t('password.changed'));
          close();
        },
        onError: (error) => form.showServerError(error),
      },
    ),
  );

  return (
    <AppModal opened={opened} onClose={close} title={t('password.changeTitle')}>
      <form onSubmit={send} noValidate>
        <Stack>
          <PasswordField
            label={t('password.current')}
            autoComplete="current-password"
            required
            data-testid="change-password-current"
            {...form.textProps('currentPassword')}
          />
          <PasswordField
            label={t('password.new')}
            description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            data-testid="change-password-new"
            {...form.textProps('newPassword')}
          />
          <PasswordField
            label={t('password.repeat')}
            autoComplete="new-password"
            required
            data-testid="change-password-repeat"
            {...form.textProps('repeat')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={changePassword.isPending} data-testid="change-password-submit">
              {t('password.changeSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
