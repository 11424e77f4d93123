import { Card, Group, Stack, Table, Text } from '@mantine/core';
import type { SetPasswordCode, StaffMember } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';
import { useIsMobile } from '../ui/use-is-mobile';
import { StaffBadges, StaffRoleControl, StaffRowActions } from './staff-row-parts';

interface StaffListProps {
  members: readonly StaffMember[];
  canManage: boolean;
  selfId: string;
  onRemove: (member: StaffMember) => void;
  onCode: (name: string, code: SetPasswordCode) => void;
}

const loginOf = (member: StaffMember) => [member.email, member.phone].filter(Boolean).join(' · ');

/** Members as a table on wide screens and as stacked cards on phones. */
export function StaffList({ members, canManage, selfId, onRemove, onCode }: StaffListProps) {
  const t = useT();
  const isMobile = useIsMobile();
  const rowProps = (member: StaffMember) => ({
    member,
    editable: canManage && member.userId !== selfId,
    onRemove,
    onCode,
  });

  if (isMobile) {
    return (
      <Stack gap="sm" data-testid="staff-list">
        {members.map((member) => (
          <Card key={member.userId} withBorder radius="md" padding="md" data-testid="staff-row">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Text fw={600}>{member.name}</Text>
                <StaffBadges member={member} isSelf={member.userId === selfId} />
              </Group>
              <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {loginOf(member)}
              </Text>
              <StaffRoleControl {...rowProps(member)} />
              <StaffRowActions {...rowProps(member)} />
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={720} data-testid="staff-list">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.colName')}</Table.Th>
            <Table.Th>{t('staff.colLogin')}</Table.Th>
            <Table.Th>{t('staff.colRole')}</Table.Th>
            {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.userId} data-testid="staff-row">
              <Table.Td>
                <Stack gap={4}>
                  <Text fw={600}>{member.name}</Text>
                  <StaffBadges member={member} isSelf={member.userId === selfId} />
                </Stack>
              </Table.Td>
              <Table.Td>{loginOf(member)}</Table.Td>
              <Table.Td>
                <StaffRoleControl {...rowProps(member)} />
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <StaffRowActions {...rowProps(member)} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
