import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

interface PageHeaderProps {
  title: string;
  description?: string;
  action?: ReactNode;
}

/** The title of a screen (its one h1, drawn at h2 size), also used as the browser tab's title. */
export function PageHeader({ title, description, action }: PageHeaderProps) {
  const t = useT();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="sm">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {action}
    </Group>
  );
}
