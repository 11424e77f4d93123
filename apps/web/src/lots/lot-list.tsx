import {
  Anchor,
  EmptyState,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type LotListQuery, type LotSummary, lotStatuses } from '@nguon/contracts/client';
import { IconBoxMultiple, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { PagePagination } from '../ui/page-pagination';
import { QueryState } from '../ui/query-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { useLotList } from './lot-api';
import { LotStatusBadge, RemainingText } from './lot-header';
import { lotPath } from './lot-paths';
import { useNameOf } from './lot-text';

const pageSize = 25;
const parseStatus = (value: string | null) => lotStatuses.find((status) => status === value);

function LotCards({ lots }: { lots: LotSummary[] }) {
  const nameOf = useNameOf();
  return (
    <SimpleGrid cols={1} spacing="xs">
      {lots.map((lot, index) => (
        <Paper key={lot.id} withBorder radius="lg" p="sm" data-testid={`lot-row-${index}`}>
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={lotPath(lot.id)} fw={700} size="lg">
              {lot.code}
            </Anchor>
            <LotStatusBadge status={lot.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {nameOf(lot.productName)} · <RemainingText lot={lot} />
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function LotTable({ lots }: { lots: LotSummary[] }) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  return (
    <Paper withBorder radius="lg">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lots.col.code')}</Table.Th>
            <Table.Th>{t('lots.col.product')}</Table.Th>
            <Table.Th>{t('lots.col.quantity')}</Table.Th>
            <Table.Th>{t('lots.col.status')}</Table.Th>
            <Table.Th>{t('lots.col.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lots.map((lot, index) => (
            <Table.Tr key={lot.id} data-testid={`lot-row-${index}`}>
              <Table.Td>
                <Anchor component={Link} to={lotPath(lot.id)} fw={700}>
                  {lot.code}
                </Anchor>
              </Table.Td>
              <Table.Td>{nameOf(lot.productName)}</Table.Td>
              <Table.Td>
                <RemainingText lot={lot} />
              </Table.Td>
              <Table.Td>
                <LotStatusBadge status={lot.status} />
              </Table.Td>
              <Table.Td>{formatDateTime(lot.createdAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The list's search and status filter; each change goes back to the first page. */
function useLotFilters() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<LotListQuery['status']>();
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(search.trim(), 300);
  const query: LotListQuery = {
    ...(q ? { q } : {}),
    ...(status ? { status } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
    pageSize: String(pageSize),
  };
  const searchFor = (text: string) => {
    setSearch(text);
    setPage(1);
  };
  const show = (value: string | null) => {
    setStatus(parseStatus(value));
    setPage(1);
  };
  return { search, status, page, setPage, query, filtered: Boolean(q || status), searchFor, show };
}

function LotFilters({ filters }: { filters: ReturnType<typeof useLotFilters> }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <TextInput
        leftSection={<IconSearch size={18} />}
        placeholder={t('lots.searchCode')}
        aria-label={t('lots.searchCode')}
        value={filters.search}
        onChange={(event) => filters.searchFor(event.currentTarget.value)}
        data-testid="lots-search"
      />
      <Select
        aria-label={t('lots.filterStatus')}
        placeholder={t('lots.allStatuses')}
        clearable
        data={lotStatuses.map((value) => ({ value, label: t(`lots.status.${value}`) }))}
        value={filters.status ?? null}
        onChange={filters.show}
        data-testid="lots-filter-status"
      />
    </SimpleGrid>
  );
}

function NoLots({ filtered }: { filtered: boolean }) {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p="md" data-testid="lots-empty">
      <EmptyState
        variant="light"
        icon={<IconBoxMultiple size={32} />}
        title={t(filtered ? 'lots.all.noMatchTitle' : 'lots.all.emptyTitle')}
        description={t(filtered ? 'lots.all.noMatch' : 'lots.all.empty')}
      />
    </Paper>
  );
}

/** Every lot of the tenant, newest first, by code and status: the owner's and viewer's way in. */
export function LotList() {
  const isMobile = useIsMobile();
  const filters = useLotFilters();
  const lots = useLotList(filters.query);
  const data = lots.data;
  return (
    <Stack gap="sm">
      <LotFilters filters={filters} />
      <QueryState isPending={lots.isPending} error={lots.error} onRetry={() => lots.refetch()} />
      {data && data.items.length === 0 && <NoLots filtered={filters.filtered} />}
      {data &&
        data.items.length > 0 &&
        (isMobile ? <LotCards lots={data.items} /> : <LotTable lots={data.items} />)}
      {data && data.total > pageSize && (
        <PagePagination
          total={Math.ceil(data.total / pageSize)}
          value={filters.page}
          onChange={filters.setPage}
        />
      )}
    </Stack>
  );
}
