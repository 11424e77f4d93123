import { Alert, Anchor, Button, EmptyState, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { RecallSummary } from '@nguon/contracts/client';
import { IconAlertTriangle, IconPlus, IconRun } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useCanManageRecalls, useRecallList } from './recall-api';
import { newRecallPath, recallPath } from './recall-paths';
import { RecallReadiness } from './recall-readiness';
import { RecallBadges, recallTitle } from './recall-words';

/** Recall readiness: how long the last drill took from its start to its report. */

function RecallCard({ recall }: { recall: RecallSummary }) {
  const t = useT();
  const lang = useLang();
  const when = recall.closedAt
    ? t('recalls.closedAt', { when: formatDateTime(recall.closedAt, lang) })
    : recall.publishedAt
      ? t('recalls.publishedAt', { when: formatDateTime(recall.publishedAt, lang) })
      : t('recalls.createdAt', { when: formatDateTime(recall.createdAt, lang) });
  return (
    <Paper withBorder radius="lg" p="sm" data-testid="recall-row" data-status={recall.status}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={recallPath(recall.id)} fw={700} size="lg">
          {recallTitle(recall, t)}
        </Anchor>
        <RecallBadges recall={recall} />
      </Group>
      <Text size="sm" lineClamp={2}>
        {recall.notice.reason[lang] || recall.notice.reason.vi}
      </Text>
      <Text size="sm" c="dimmed">
        {t('recalls.lotsLabels', { lots: recall.lotCount, labels: recall.labelCount })} · {when}
      </Text>
    </Paper>
  );
}

function NewButtons() {
  const t = useT();
  return (
    <Group gap="xs">
      <Button
        component={Link}
        to={newRecallPath({ drill: true })}
        size="md"
        variant="default"
        leftSection={<IconRun size={20} />}
        data-testid="recall-new-drill"
      >
        {t('recalls.newDrill')}
      </Button>
      <Button
        component={Link}
        to={newRecallPath()}
        size="md"
        color="red"
        leftSection={<IconPlus size={20} />}
        data-testid="recall-new"
      >
        {t('recalls.new')}
      </Button>
    </Group>
  );
}

/** `/recalls`: the readiness, the recalls still warning consumers, then every recall and drill, newest first. */
export function RecallsPage() {
  const t = useT();
  const canManage = useCanManageRecalls();
  const list = useRecallList();
  const data = list.data;
  const open = data?.items.filter((recall) => recall.status === 'published' && !recall.drill).length ?? 0;
  return (
    <>
      <PageHeader
        title={t('recalls.title')}
        description={t('recalls.intro')}
        action={canManage && <NewButtons />}
      />
      <Stack gap="md">
        <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()} />
        {data && <RecallReadiness readiness={data.readiness} testId="recall-readiness" />}
        {open > 0 && (
          <Alert color="red" icon={<IconAlertTriangle size={20} />} data-testid="recalls-open">
            {t('recalls.openBanner', { count: open })}
          </Alert>
        )}
        {data && data.items.length === 0 && (
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="recalls-empty">
            <EmptyState
              variant="light"
              color="earth"
              icon={<IconAlertTriangle size={32} />}
              title={t(canManage ? 'recalls.empty' : 'recalls.emptyReader')}
            />
          </Paper>
        )}
        {data && data.items.length > 0 && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xs">
            {data.items.map((recall) => (
              <RecallCard key={recall.id} recall={recall} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </>
  );
}
