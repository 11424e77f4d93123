import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconTemplate } from '@tabler/icons-react';
import { Link } from 'react-router';
import { QueryState } from '../ui/query-state';
import { useTemplateList } from './template-api';
import { TemplateCard } from './template-card';
import { useTemplateT } from './template-messages';

/** How many templates the block shows: a row on a desktop, a short scroll on a phone. */
const shownTemplates = 4;

/** A new account's way in: a few templates to start from and the way to the whole library. */
export function StartFromTemplate() {
  const tt = useTemplateT();
  const list = useTemplateList({ q: '', productType: null });
  const items = list.data?.items.filter((template) => template.latestVersion !== null) ?? [];
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      bg="leaf.0"
      component="section"
      aria-label={tt('templates.firstTitle')}
      data-testid="start-from-template"
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconTemplate size={26} />
          <Title order={2} size="h3">
            {tt('templates.firstTitle')}
          </Title>
        </Group>
        <Text>{tt('templates.firstBody')}</Text>
        <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()} />
        {list.data &&
          (items.length === 0 ? (
            <Text c="dimmed">{tt('templates.firstNone')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
              {items.slice(0, shownTemplates).map((template) => (
                <TemplateCard key={template.id} template={template} />
              ))}
            </SimpleGrid>
          ))}
        <Anchor component={Link} to="/templates" fw={600} py={6} data-testid="start-from-template-all">
          <Group gap={4} wrap="nowrap">
            {tt('templates.firstAll')}
            <IconChevronRight size={18} />
          </Group>
        </Anchor>
      </Stack>
    </Paper>
  );
}
