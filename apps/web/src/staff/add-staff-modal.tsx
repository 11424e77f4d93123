import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { AddStaffBody, AddStaffResult } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { parseTenantRole, RoleSelect } from '../ui/role-select';
import { requireText, useFormState } from '../ui/use-form-state';
import { useRefreshStaffInvitations } from './use-invitations';
import { useAddStaff } from './use-staff';

const empty = { name: '', email: '', phone: '', role: 'clerk' };
type AddStaffValues = typeof empty;

/** The request body, leaving out the sign-in names that were not given. */
export function addStaffBody(values: AddStaffValues): AddStaffBody {
  const email = values.email.trim();
  const phone = values.phone.trim();
  return {
    name: values.name.trim(),
    role: parseTenantRole(values.role) ?? 'clerk',
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  };
}

interface AddStaffModalProps {
  opened: boolean;
  onClose: () => void;
  onAdded: (result: AddStaffResult) => void;
}

export function AddStaffModal({ opened, onClose, onAdded }: AddStaffModalProps) {
  const t = useT();
  const addStaff = useAddStaff();
  const refreshInvitations = useRefreshStaffInvitations();
  const form = useFormState(empty, (values) => {
    const noLogin = !values.email.trim() && !values.phone.trim() ? t('staff.needLogin') : undefined;
    return { name: requireText(values.name, t, 2), email: noLogin, phone: noLogin };
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const send = form.onSubmit((values) =>
    addStaff.mutate(addStaffBody(values), {
      onSuccess: (result) => {
        void refreshInvitations();
        notifySuccess(t('staff.added', { name: result.invitation.name }));
        close();
        onAdded(result);
      },
      onError: (error) => form.showServerError(error),
    }),
  );

  return (
    <AppModal opened={opened} onClose={close} title={t('staff.addTitle')}>
      <form onSubmit={send} noValidate>
        <Stack>
          <TextInput
            label={t('staff.name')}
            required
            autoComplete="off"
            data-autofocus
            data-testid="add-staff-name"
            {...form.textProps('name')}
          />
          <Text size="sm" c="dimmed">
            {t('staff.loginHint')}
          </Text>
          <TextInput
            label={t('staff.email')}
            type="email"
            inputMode="email"
            autoComplete="off"
            data-testid="add-staff-email"
            {...form.textProps('email')}
          />
          <TextInput
            label={t('staff.phone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            data-testid="add-staff-phone"
            {...form.textProps('phone')}
          />
          <RoleSelect
            label={t('staff.role')}
            required
            data-testid="add-staff-role"
            {...form.selectProps('role')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={addStaff.isPending} data-testid="add-staff-submit">
              {t('staff.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
