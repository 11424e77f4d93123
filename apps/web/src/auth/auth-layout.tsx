import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/language-switch';
import { useT } from '../i18n/use-t';
import { Logo } from '../ui/logo';

/** The frame of the screens before sign-in: logo and language switch (the banner), and one card (the main landmark). */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Box mih="100dvh" px="md" py="lg">
      <Box component="header" maw={440} mx="auto" mb="xl">
        <Group justify="space-between">
          <Logo />
          <LanguageSwitch />
        </Group>
      </Box>
      <Center component="main">
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'md', xs: 'xl' }} w="100%" maw={440}>
          <Stack gap="xs" mb="md">
            <Title order={1} fz="h2">
              {title}
            </Title>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Stack>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
