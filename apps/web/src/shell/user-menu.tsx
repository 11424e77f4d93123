import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconLogout } from '@tabler/icons-react';
import { ChangePasswordModal } from '../auth/change-password-modal';
import { useSession } from '../auth/session-context';
import { useSignOut } from '../auth/use-auth';
import { useT } from '../i18n/use-t';
import { initials } from '../ui/initials';
import { notifyProblem } from '../ui/notify';

/** The person's menu in the header: who is signed in, change password, sign out. */
export function UserMenu() {
  const t = useT();
  const { user } = useSession();
  const signOut = useSignOut();
  const [passwordOpened, passwordDialog] = useDisclosure(false);

  return (
    <>
      <Menu position="bottom-end" width={260} shadow="md">
        <Menu.Target>
          <UnstyledButton
            // the name starts with the initials the button shows, so a person using voice control can say them
            aria-label={t('shell.userMenu', { initials: initials(user.name), name: user.name })}
            data-testid="user-menu"
            miw={44}
            mih={44}
            style={{ display: 'grid', placeItems: 'center', borderRadius: '50%' }}
          >
            <Avatar color="earth" radius="xl" alt="">
              {initials(user.name)}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {user.email ?? user.phone}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconKey size={18} />}
            onClick={passwordDialog.open}
            data-testid="user-menu-change-password"
          >
            {t('shell.changePassword')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={18} />}
            onClick={() => signOut.mutate(undefined, { onError: (error) => notifyProblem(error, t) })}
            data-testid="user-menu-sign-out"
          >
            {t('shell.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpened} onClose={passwordDialog.close} />
    </>
  );
}
