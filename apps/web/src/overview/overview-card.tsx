import { Anchor, Box, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError } from '@nguon/contracts/client';
import { IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

/** What a card needs of its query: it loads and fails on its own, so one failed figure hides no other. */
export interface CardQuery {
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface OverviewCardProps {
  title: string;
  icon: ReactNode;
  /** Where "see all" goes: the section the card sums up. */
  to: string;
  testId: string;
  query: CardQuery;
  /** Red: something consumers see right now (an open recall). */
  alarm?: boolean;
  children?: ReactNode;
}

function CardFailed({ query }: { query: CardQuery }) {
  const t = useT();
  return (
    <Stack gap="xs" role="alert" data-testid="overview-card-failed">
      <Text size="sm" c="red.8" fw={600}>
        {t('overview.cardFailed')}
      </Text>
      <Text size="sm" c="dimmed">
        {query.error instanceof ApiError ? query.error.problem.detail : t('error.network')}
      </Text>
      <Button
        variant="light"
        color="red"
        size="md"
        w="fit-content"
        loading={query.isFetching}
        onClick={() => query.refetch()}
      >
        {t('common.retry')}
      </Button>
    </Stack>
  );
}

function CardHeading({ title, icon, to, alarm }: Pick<OverviewCardProps, 'title' | 'icon' | 'to' | 'alarm'>) {
  const t = useT();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" mb="sm">
      <Group gap="xs" wrap="nowrap" c={alarm ? 'red.8' : undefined}>
        <Box style={{ flexShrink: 0, display: 'flex' }}>{icon}</Box>
        <Title order={2} size="h4">
          {title}
        </Title>
      </Group>
      <Anchor component={Link} to={to} size="sm" style={{ whiteSpace: 'nowrap' }}>
        <Group gap={2} wrap="nowrap">
          {t('overview.seeAll')}
          <IconChevronRight size={16} />
        </Group>
      </Anchor>
    </Group>
  );
}

/** One card of the overview: a title with its section's link, then a loader, a failure with retry, or the figures. */
export function OverviewCard({ title, icon, to, testId, query, alarm = false, children }: OverviewCardProps) {
  const t = useT();
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-label={title}
      data-testid={testId}
      data-alarm={alarm || undefined}
      bg={alarm ? 'red.0' : undefined}
      bd={alarm ? '2px solid var(--mantine-color-red-6)' : undefined}
    >
      <CardHeading title={title} icon={icon} to={to} alarm={alarm} />
      {query.error ? (
        <CardFailed query={query} />
      ) : query.isPending ? (
        <Center py="md">
          <Loader size="sm" role="progressbar" aria-label={t('common.loading')} />
        </Center>
      ) : (
        children
      )}
    </Paper>
  );
}

/** A card's headline figure, large enough to read at arm's length. */
export function Figure({
  children,
  color,
  testId,
}: {
  children: ReactNode;
  color?: string;
  testId?: string;
}) {
  return (
    <Text fz={{ base: 'lg', sm: 'xl' }} fw={700} c={color} data-testid={testId}>
      {children}
    </Text>
  );
}
