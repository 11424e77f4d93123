import {
  ActionIcon,
  Button,
  Card,
  Group,
  Menu,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { CatalogItemQuery, CatalogItemView, CatalogView } from '@nguon/contracts/client';
import {
  IconArchive,
  IconArrowBackUp,
  IconDots,
  IconHistory,
  IconPencil,
  IconSearch,
} from '@tabler/icons-react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { useIsMobile } from '../ui/use-is-mobile';
import { formatItemValue } from './item-values';
import { itemColumns } from './label-fields';

export type ItemAction = 'edit' | 'history' | 'archive' | 'restore';

export interface ItemFilters {
  q: string;
  field: string | null;
  value: string;
  sort: 'label' | 'labelDesc' | 'updated' | 'created';
  archived: boolean;
  page: number;
}

export const firstFilters: ItemFilters = {
  q: '',
  field: null,
  value: '',
  sort: 'label',
  archived: false,
  page: 1,
};
export const itemPageSize = 25;

/** The list query the server understands, from what the person set on screen. */
export function itemQueryOf(filters: ItemFilters): CatalogItemQuery {
  const sort = {
    label: { sort: 'label', order: 'asc' },
    labelDesc: { sort: 'label', order: 'desc' },
    updated: { sort: 'updatedAt', order: 'desc' },
    created: { sort: 'createdAt', order: 'desc' },
  } as const;
  const query: CatalogItemQuery = {
    ...sort[filters.sort],
    page: String(filters.page),
    pageSize: String(itemPageSize),
  };
  if (filters.q.trim()) query.q = filters.q.trim().slice(0, 200);
  if (filters.field && filters.value.trim()) {
    query.field = filters.field;
    query.value = filters.value.trim();
  }
  if (filters.archived) query.archived = 'true';
  return query;
}

interface ToolbarProps {
  catalog: CatalogView;
  filters: ItemFilters;
  onChange: (patch: Partial<ItemFilters>) => void;
}

export function ItemsToolbar({ catalog, filters, onChange }: ToolbarProps) {
  const t = useT();
  const lang = useLang();
  const columns = itemColumns(catalog.form);
  const sorts = ['label', 'labelDesc', 'updated', 'created'] as const;
  return (
    <Stack gap="sm" mb="md">
      <TextInput
        leftSection={<IconSearch size={18} />}
        aria-label={t('catalogs.search')}
        placeholder={t('catalogs.searchPlaceholder')}
        value={filters.q}
        onChange={(event) => onChange({ q: event.currentTarget.value, page: 1 })}
        size="md"
        data-testid="item-search"
      />
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
        <Select
          label={t('catalogs.filterField')}
          placeholder={t('catalogs.noFilter')}
          clearable
          data={columns.map((column) => ({
            value: column.key,
            label: column.label[lang] || column.label.vi,
          }))}
          value={filters.field}
          onChange={(field) => onChange({ field, page: 1 })}
          data-testid="item-filter-field"
        />
        <TextInput
          label={t('catalogs.filterValue')}
          disabled={!filters.field}
          value={filters.value}
          onChange={(event) => onChange({ value: event.currentTarget.value, page: 1 })}
          data-testid="item-filter-value"
        />
        <Select
          label={t('catalogs.sort')}
          allowDeselect={false}
          data={sorts.map((sort) => ({ value: sort, label: t(`catalogs.sort.${sort}`) }))}
          value={filters.sort}
          onChange={(sort) => {
            const chosen = sorts.find((candidate) => candidate === sort);
            if (chosen) onChange({ sort: chosen, page: 1 });
          }}
          data-testid="item-sort"
        />
        <Switch
          mt={{ base: 0, sm: 30 }}
          size="md"
          label={t('catalogs.showArchived')}
          checked={filters.archived}
          onChange={(event) => onChange({ archived: event.currentTarget.checked, page: 1 })}
          data-testid="item-archived-toggle"
        />
      </SimpleGrid>
    </Stack>
  );
}

interface ItemsTableProps {
  catalog: CatalogView;
  items: CatalogItemView[];
  canManage: boolean;
  onAction: (action: ItemAction, item: CatalogItemView) => void;
}

function ItemActions({
  item,
  index,
  canManage,
  onAction,
}: Omit<ItemsTableProps, 'items' | 'catalog'> & { item: CatalogItemView; index: number }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button
        variant="light"
        size="sm"
        leftSection={<IconPencil size={16} />}
        onClick={() => onAction('edit', item)}
        data-testid={`item-edit-${index}`}
      >
        {canManage && !item.archived ? t('catalogs.itemEdit') : t('catalogs.itemView')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('catalogs.itemActionsOf', { label: item.label })}
            data-testid={`item-more-${index}`}
          >
            <IconDots size={20} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconHistory size={16} />}
            onClick={() => onAction('history', item)}
            data-testid={`item-history-${index}`}
          >
            {t('catalogs.itemHistory')}
          </Menu.Item>
          {canManage &&
            (item.archived ? (
              <Menu.Item
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => onAction('restore', item)}
                data-testid={`item-restore-${index}`}
              >
                {t('catalogs.itemRestore')}
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconArchive size={16} />}
                onClick={() => onAction('archive', item)}
                data-testid={`item-archive-${index}`}
              >
                {t('catalogs.itemArchive')}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

function ItemLabel({ item }: { item: CatalogItemView }) {
  const t = useT();
  return (
    <Text
      fw={600}
      size="sm"
      c={item.archived ? 'dimmed' : undefined}
      td={item.archived ? 'line-through' : undefined}
    >
      {item.label}
      {item.archived ? ` · ${t('catalogs.archivedBadge')}` : ''}
    </Text>
  );
}

/** A catalog's items: a table with its first fields on wide screens, cards on phones. */
export function ItemsTable({ catalog, items, canManage, onAction }: ItemsTableProps) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const columns = itemColumns(catalog.form).slice(0, isMobile ? 3 : 5);
  if (isMobile) {
    return (
      <Stack gap="sm" data-testid="item-list">
        {items.map((item, index) => (
          <Card key={item.id} withBorder radius="md" data-testid={`item-row-${index}`}>
            <ItemLabel item={item} />
            <Stack gap={2} my="xs">
              {columns.map((column) => (
                <Text key={column.key} size="sm">
                  <Text span c="dimmed" size="sm">
                    {column.label[lang] || column.label.vi}:{' '}
                  </Text>
                  {formatItemValue(item.data[column.key])}
                </Text>
              ))}
            </Stack>
            <ItemActions item={item} index={index} canManage={canManage} onAction={onAction} />
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720} data-testid="item-list">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogs.colLabel')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key}>{column.label[lang] || column.label.vi}</Table.Th>
            ))}
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr key={item.id} data-testid={`item-row-${index}`}>
              <Table.Td>
                <ItemLabel item={item} />
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.key}>{formatItemValue(item.data[column.key])}</Table.Td>
              ))}
              <Table.Td>
                <ItemActions item={item} index={index} canManage={canManage} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
