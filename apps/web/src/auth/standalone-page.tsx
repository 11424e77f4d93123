import { Box, Button, Container, Group, type MantineSize } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/language-switch';
import { useT } from '../i18n/use-t';
import { Logo } from '../ui/logo';
import { notifyProblem } from '../ui/notify';
import { useSignOut } from './use-auth';

interface StandalonePageProps {
  size: MantineSize;
  /** Test id of the sign-out button, one per screen. */
  signOutTestId: string;
  children: ReactNode;
}

/** A signed-in screen outside the shell (no tenant yet, waiting for approval): logo, language, sign out, content. */
export function StandalonePage({ size, signOutTestId, children }: StandalonePageProps) {
  const t = useT();
  const signOut = useSignOut();
  return (
    <Box component="main" mih="100dvh" py="md">
      <Container size={size}>
        <Group justify="space-between" mb="lg" gap="xs">
          <Logo />
          <Group gap="xs">
            <LanguageSwitch />
            <Button
              variant="subtle"
              leftSection={<IconLogout size={18} />}
              onClick={() => signOut.mutate(undefined, { onError: (error) => notifyProblem(error, t) })}
              data-testid={signOutTestId}
            >
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
        {children}
      </Container>
    </Box>
  );
}
