import { Badge, Button, Group } from '@mantine/core';
import type { SetPasswordCode, StaffMember } from '@nguon/contracts/client';
import { IconKey, IconTrash } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { parseTenantRole, RoleSelect, roleColors } from '../ui/role-select';
import { useChangeStaffRole, useIssueSetPasswordCode } from './use-staff';

export interface StaffRowProps {
  member: StaffMember;
  /** The signed-in owner may change this member (not themselves). */
  editable: boolean;
  onRemove: (member: StaffMember) => void;
  onCode: (name: string, code: SetPasswordCode) => void;
}

export function StaffBadges({ member, isSelf }: { member: StaffMember; isSelf: boolean }) {
  const t = useT();
  return (
    <Group gap={6}>
      {isSelf && (
        <Badge variant="outline" color="leaf">
          {t('staff.you')}
        </Badge>
      )}
      {!member.passwordSet && (
        <Badge variant="light" color="orange" data-testid="staff-waiting">
          {t('staff.waiting')}
        </Badge>
      )}
    </Group>
  );
}

/** The role as a badge, or as a select for an owner looking at someone else. */
export function StaffRoleControl({ member, editable }: Pick<StaffRowProps, 'member' | 'editable'>) {
  const t = useT();
  const changeRole = useChangeStaffRole();
  if (!editable) {
    return (
      <Badge color={roleColors[member.role]} variant="light" size="lg" data-testid="staff-role">
        {t(`role.${member.role}`)}
      </Badge>
    );
  }
  const choose = (value: string | null) => {
    const role = parseTenantRole(value);
    if (!role || role === member.role) return;
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => notifySuccess(t('staff.roleChanged', { name: member.name })),
        onError: (error) => notifyProblem(error, t),
      },
    );
  };
  return (
    <RoleSelect
      aria-label={t('staff.roleOf', { name: member.name })}
      value={member.role}
      onChange={choose}
      disabled={changeRole.isPending}
      miw={190}
      data-testid="staff-role-select"
    />
  );
}

export function StaffRowActions({ member, editable, onRemove, onCode }: StaffRowProps) {
  const t = useT();
  const issueCode = useIssueSetPasswordCode();
  if (!editable) return null;
  const newCode = () =>
    issueCode.mutate(member.userId, {
      onSuccess: (code) => onCode(member.name, code),
      onError: (error) => notifyProblem(error, t),
    });
  return (
    <Group gap="xs" wrap="nowrap">
      {!member.passwordSet && (
        <Button
          variant="light"
          leftSection={<IconKey size={18} />}
          onClick={newCode}
          loading={issueCode.isPending}
          aria-label={t('staff.newCodeOf', { name: member.name })}
          data-testid="staff-new-code"
        >
          {t('staff.newCode')}
        </Button>
      )}
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={18} />}
        onClick={() => onRemove(member)}
        aria-label={t('staff.removeOf', { name: member.name })}
        data-testid="staff-remove"
      >
        {t('staff.remove')}
      </Button>
    </Group>
  );
}
