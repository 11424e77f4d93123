import { Button, EmptyState, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CatalogItemLots } from '@nguon/contracts/client';
import { IconAlertTriangle, IconBoxMultiple } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useCatalogItemLots } from '../catalogs/catalog-api';
import { formatDate } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { BackLink } from '../lots/lot-header';
import { useNameOf } from '../lots/lot-text';
import { useCanManageRecalls } from '../recalls/recall-api';
import { newRecallPath } from '../recalls/recall-paths';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { LotCardHead } from './trace-list';

function ItemLotCards({ data }: { data: CatalogItemLots }) {
  const t = useT();
  const lang = useLang();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
      {data.lots.map(({ lot, recordCount, firstAt, lastAt }) => (
        <Paper key={lot.id} withBorder radius="lg" p="sm" data-testid="item-lot">
          <LotCardHead lot={lot} />
          <Text size="sm" c="dimmed">
            {t('trace.itemLots.records', { count: recordCount })} ·{' '}
            {t('trace.itemLots.between', {
              first: formatDate(firstAt, lang),
              last: formatDate(lastAt, lang),
            })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** `/catalogs/:id/items/:itemId/lots`: every lot that used a fertiliser batch, came from a plot, named a supplier. */
export function CatalogItemLotsPage() {
  const t = useT();
  const nameOf = useNameOf();
  const { id = '', itemId = '' } = useParams();
  const canRecall = useCanManageRecalls();
  const query = useCatalogItemLots(id, itemId);
  const data = query.data;
  return (
    <>
      <BackLink
        to={`/catalogs/${encodeURIComponent(id)}`}
        label={data ? nameOf(data.item.catalogName) : ''}
      />
      <PageHeader
        title={t('trace.itemLots.title', { label: data?.item.label ?? '' })}
        description={data ? t('trace.itemLots.intro', { catalog: nameOf(data.item.catalogName) }) : undefined}
        action={
          canRecall &&
          data &&
          data.lots.length > 0 && (
            <Button
              component={Link}
              to={newRecallPath({ catalogId: id, itemId })}
              size="md"
              color="red"
              variant="light"
              leftSection={<IconAlertTriangle size={20} />}
              data-testid="item-lots-recall"
            >
              {t('trace.itemLots.recall')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
        {data && data.lots.length === 0 && (
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="item-lots-empty">
            <EmptyState
              variant="light"
              color="leaf"
              icon={<IconBoxMultiple size={32} />}
              title={t('trace.itemLots.empty')}
            />
          </Paper>
        )}
        {data && data.lots.length > 0 && <ItemLotCards data={data} />}
      </Stack>
    </>
  );
}
