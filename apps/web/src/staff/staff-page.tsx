import { Alert, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { StaffMember } from '@nguon/contracts/client';
import { tenantRoleAllows } from '@nguon/domain';
import { IconEye, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { currentMembership, useSession } from '../auth/session-context';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { AddStaffModal } from './add-staff-modal';
import { SetPasswordCodeModal, type ShownCode } from './set-password-code-modal';
import { StaffInvitations } from './staff-invitations';
import { StaffList } from './staff-list';
import { useRemoveStaff, useStaffList } from './use-staff';

/** Members of the current tenant: owners add, change and remove them; viewers only look. */
export function StaffPage() {
  const t = useT();
  const session = useSession();
  const role = currentMembership(session)?.role;
  const canManage = role !== undefined && tenantRoleAllows(role, 'staff.manage');
  const staff = useStaffList();
  const removeStaff = useRemoveStaff();
  const [adding, addDialog] = useDisclosure(false);
  const [shownCode, setShownCode] = useState<ShownCode | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);

  const confirmRemove = (member: StaffMember) =>
    removeStaff.mutate(member.userId, {
      onSuccess: () => notifySuccess(t('staff.removed', { name: member.name })),
      onError: (error) => notifyProblem(error, t),
      onSettled: () => setRemoving(null),
    });

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.intro')}
        action={
          canManage && (
            <Button leftSection={<IconUserPlus size={18} />} onClick={addDialog.open} data-testid="staff-add">
              {t('staff.add')}
            </Button>
          )
        }
      />
      {!canManage && (
        <Alert color="gray" icon={<IconEye size={20} />} mb="md" data-testid="staff-read-only">
          {t('staff.readOnly')}
        </Alert>
      )}
      <QueryState isPending={staff.isPending} error={staff.error} onRetry={() => staff.refetch()} />
      {staff.data && (
        <StaffList
          members={staff.data.items}
          canManage={canManage}
          selfId={session.user.id}
          onRemove={setRemoving}
          onCode={(name, code) => setShownCode({ name, code })}
        />
      )}
      <StaffInvitations canManage={canManage} onCode={(name, code) => setShownCode({ name, code })} />
      <AddStaffModal
        opened={adding}
        onClose={addDialog.close}
        onAdded={(result) => setShownCode({ name: result.invitation.name, code: result.code })}
      />
      <SetPasswordCodeModal shown={shownCode} onClose={() => setShownCode(null)} />
      <ConfirmDialog
        opened={removing !== null}
        title={t('staff.removeTitle', { name: removing?.name ?? '' })}
        body={t('staff.removeBody')}
        confirmLabel={t('staff.remove')}
        loading={removeStaff.isPending}
        onConfirm={() => removing && confirmRemove(removing)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
