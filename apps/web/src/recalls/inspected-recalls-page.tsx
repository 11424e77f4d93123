import { Anchor, EmptyState, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { provinces } from '@nguon/domain';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../auth/session-context';
import { useT } from '../i18n/use-t';
import { BackLink } from '../lots/lot-header';
import { inspectedTracePath, LotLinkProvider } from '../lots/lot-link';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useInspectedRecalls } from './recall-api';
import { RecallDetailView } from './recall-page';
import { RecallBadges, RecallReasonAndReach, recallTitle } from './recall-words';

export const oversightPath = '/oversight';
const provinceName = (code: string) => provinces.find((p) => p.code === code)?.name ?? code;
const inspectedRecallPath = (id: string) => `/oversight/recalls/${encodeURIComponent(id)}`;

/** `/oversight`: an inspector's read-only list of the published and closed recalls of their provinces' tenants. */
export function InspectedRecallsPage() {
  const t = useT();
  const list = useInspectedRecalls();
  const items = list.data?.items;
  return (
    <>
      <PageHeader title={t('recalls.inspected.title')} description={t('recalls.inspected.intro')} />
      <Stack gap="md">
        <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()} />
        {items && items.length === 0 && (
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="inspected-empty">
            <EmptyState
              variant="light"
              color="earth"
              icon={<IconEye size={32} />}
              title={t('recalls.inspected.empty')}
            />
          </Paper>
        )}
        {items && items.length > 0 && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xs">
            {items.map(({ tenant, recall }) => (
              <Paper key={recall.id} withBorder radius="lg" p="sm" data-testid="inspected-recall">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={inspectedRecallPath(recall.id)} fw={700} size="lg">
                    {recallTitle(recall, t)}
                  </Anchor>
                  <RecallBadges recall={recall} />
                </Group>
                <Text size="sm" fw={600}>
                  {t('recalls.inspected.tenant', {
                    name: tenant.name,
                    province: provinceName(tenant.province),
                  })}
                </Text>
                <RecallReasonAndReach recall={recall} />
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </>
  );
}

/** `/oversight/recalls/:id`: one recall of a tenant in the inspector's provinces, read-only. */
export function InspectedRecallPage() {
  const t = useT();
  const { id = '' } = useParams();
  const userId = useSession().user.id;
  const recall = useQuery({
    queryKey: ['inspection', userId, 'recall', id],
    queryFn: () => api.call('getInspectedRecall', { params: { id } }),
  });
  const data = recall.data;
  return (
    <>
      <BackLink to={oversightPath} label={t('recalls.inspected.title')} />
      {data && (
        <PageHeader
          title={recallTitle(data.detail.recall, t)}
          description={t('recalls.inspected.tenant', {
            name: data.tenant.name,
            province: provinceName(data.tenant.province),
          })}
        />
      )}
      <QueryState isPending={recall.isPending} error={recall.error} onRetry={() => recall.refetch()} />
      {data && (
        // the affected lots lead to the inspector's own read-only walk, not the tenant's pages
        <LotLinkProvider value={inspectedTracePath}>
          <RecallDetailView detail={data.detail} canManage={false} inspected />
        </LotLinkProvider>
      )}
    </>
  );
}
