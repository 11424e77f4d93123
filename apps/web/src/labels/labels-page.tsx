import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconQrcode, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { PagePagination } from '../ui/page-pagination';
import { QueryState } from '../ui/query-state';
import { useCanOrderLabels, useLabelBatches } from './label-api';
import { LabelBatchList } from './label-batch-list';
import { LabelLookupBox } from './label-lookup-box';
import { labelLayoutsPath } from './label-paths';
import { OrderLabelBatchModal } from './order-label-batch-modal';

const pageSize = 25;

function NoBatches({ onOrder }: { onOrder: (() => void) | null }) {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p="md" data-testid="label-batches-empty">
      <EmptyState
        variant="light"
        color="earth"
        icon={<IconQrcode size={32} />}
        title={t('labels.empty.title')}
        description={t(onOrder ? 'labels.empty.body' : 'labels.empty.viewer')}
      >
        {onOrder && (
          <Button leftSection={<IconPlus size={20} />} onClick={onOrder} data-testid="label-empty-order">
            {t('labels.order.action')}
          </Button>
        )}
      </EmptyState>
    </Paper>
  );
}

function HeaderActions({ onOrder }: { onOrder: () => void }) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button
        variant="default"
        component={Link}
        to={labelLayoutsPath}
        leftSection={<IconTemplate size={20} />}
        data-testid="label-layouts-link"
      >
        {t('labels.layouts.action')}
      </Button>
      <Button leftSection={<IconPlus size={20} />} onClick={onOrder} data-testid="label-order">
        {t('labels.order.action')}
      </Button>
    </Group>
  );
}

/** `/labels`: find a label by its code, the tenant's label batches with live progress, ordering a new batch. */
export function LabelsPage() {
  const t = useT();
  const canOrder = useCanOrderLabels();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const batches = useLabelBatches({
    ...(page > 1 ? { page: String(page) } : {}),
    pageSize: String(pageSize),
  });
  const ordering = canOrder && params.get('order') === '1';
  const openOrder = () => setParams({ order: '1' }, { replace: true });
  const data = batches.data;
  return (
    <>
      <PageHeader
        title={t('labels.title')}
        description={t('labels.intro')}
        action={canOrder ? <HeaderActions onOrder={openOrder} /> : undefined}
      />
      <LabelLookupBox />
      <QueryState isPending={batches.isPending} error={batches.error} onRetry={() => batches.refetch()} />
      {data && data.items.length === 0 && <NoBatches onOrder={canOrder ? openOrder : null} />}
      {data && data.items.length > 0 && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" data-testid="label-batches-total">
            {t('labels.total', { count: data.total })}
          </Text>
          <LabelBatchList batches={data.items} />
          {data.total > pageSize && (
            <PagePagination total={Math.ceil(data.total / pageSize)} value={page} onChange={setPage} />
          )}
        </Stack>
      )}
      {ordering && <OrderLabelBatchModal opened onClose={() => setParams({}, { replace: true })} />}
    </>
  );
}
