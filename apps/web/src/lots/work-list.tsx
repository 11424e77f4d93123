import { Button, EmptyState, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { WorkListQuery, WorkList as WorkListView } from '@nguon/contracts/client';
import { IconChecklist, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { PagePagination } from '../ui/page-pagination';
import { QueryState } from '../ui/query-state';
import { useCanRecord, useWorkList } from './lot-api';
import { useNameOf } from './lot-text';
import { WorkCard } from './work-card';

const pageSize = 20;

/** The work list's filters live in the address, so "back" from a form returns to the same list. */
function useWorkFilters() {
  const [params, setParams] = useSearchParams();
  const set = (patch: Record<string, string | null>) =>
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        for (const [name, value] of Object.entries(patch)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  return {
    productId: params.get('product'),
    stageKey: params.get('stage'),
    page: Number(params.get('page') ?? '1') || 1,
    set,
  };
}

function Filters({ data, filters, search, onSearch }: FiltersProps) {
  const t = useT();
  const nameOf = useNameOf();
  return (
    <Stack gap="xs" mb="md">
      <TextInput
        leftSection={<IconSearch size={18} />}
        placeholder={t('lots.searchCode')}
        aria-label={t('lots.searchCode')}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        data-testid="work-search"
      />
      <SimpleGrid cols={2} spacing="xs">
        <Select
          aria-label={t('lots.filterProduct')}
          placeholder={t('lots.allProducts')}
          clearable
          data={(data?.products ?? []).map((product) => ({ value: product.id, label: nameOf(product.name) }))}
          value={filters.productId}
          onChange={(value) => filters.set({ product: value })}
          data-testid="work-filter-product"
        />
        <Select
          aria-label={t('lots.filterStage')}
          placeholder={t('lots.allStages')}
          clearable
          data={(data?.stages ?? []).map((stage) => ({ value: stage.key, label: nameOf(stage.name) }))}
          value={filters.stageKey}
          onChange={(value) => filters.set({ stage: value })}
          data-testid="work-filter-stage"
        />
      </SimpleGrid>
    </Stack>
  );
}

interface FiltersProps {
  data: WorkListView | undefined;
  filters: ReturnType<typeof useWorkFilters>;
  search: string;
  onSearch: (text: string) => void;
}

function EmptyWork({
  filtered,
  canRecord,
  onClear,
}: {
  filtered: boolean;
  canRecord: boolean;
  onClear: () => void;
}) {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p="md" data-testid="work-empty">
      <EmptyState
        variant="light"
        icon={<IconChecklist size={32} />}
        title={t(filtered ? 'lots.work.noMatchTitle' : 'lots.work.emptyTitle')}
        description={t(
          filtered ? 'lots.work.noMatch' : canRecord ? 'lots.work.empty' : 'lots.work.emptyViewer',
        )}
      >
        {filtered && (
          <Button variant="light" onClick={onClear} data-testid="work-clear-filters">
            {t('lots.clearFilters')}
          </Button>
        )}
      </EmptyState>
    </Paper>
  );
}

/** The clerk's home: lots with the stages waiting for them, newest work first. */
export function WorkList() {
  const t = useT();
  const canRecord = useCanRecord();
  const filters = useWorkFilters();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query: WorkListQuery = {
    ...(q ? { q } : {}),
    ...(filters.productId ? { productId: filters.productId } : {}),
    ...(filters.stageKey ? { stageKey: filters.stageKey } : {}),
    ...(filters.page > 1 ? { page: String(filters.page) } : {}),
    pageSize: String(pageSize),
  };
  const work = useWorkList(query);
  const filtered = Boolean(q || filters.productId || filters.stageKey);
  const clear = () => {
    setSearch('');
    filters.set({ product: null, stage: null });
  };
  const data = work.data;
  return (
    <>
      <Filters data={data} filters={filters} search={search} onSearch={setSearch} />
      <QueryState isPending={work.isPending} error={work.error} onRetry={() => work.refetch()} />
      {data && data.items.length === 0 && (
        <EmptyWork filtered={filtered} canRecord={canRecord} onClear={clear} />
      )}
      {data && data.items.length > 0 && (
        <>
          <Text size="sm" c="dimmed" mb="xs" data-testid="work-total">
            {t('lots.work.total', { count: data.total })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
            {data.items.map((item, index) => (
              <WorkCard key={item.lot.id} item={item} index={index} canRecord={canRecord} />
            ))}
          </SimpleGrid>
          {data.total > pageSize && (
            <PagePagination
              mt="md"
              total={Math.ceil(data.total / pageSize)}
              value={filters.page}
              onChange={(page) => filters.set({ page: String(page) })}
            />
          )}
        </>
      )}
    </>
  );
}
