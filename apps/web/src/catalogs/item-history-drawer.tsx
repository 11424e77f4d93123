import { Badge, Drawer, Group, Stack, Table, Text, Timeline } from '@mantine/core';
import type { CatalogItemView, CatalogView } from '@nguon/contracts/client';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { QueryState } from '../ui/query-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { useItemHistory } from './catalog-api';
import { itemChanges } from './item-values';
import { itemColumns } from './label-fields';

const historyActionKeys = {
  created: 'catalogs.history.created',
  updated: 'catalogs.history.updated',
  archived: 'catalogs.history.archived',
  restored: 'catalogs.history.restored',
  imported: 'catalogs.history.imported',
} as const;

function historyActionKey(action: string) {
  return (
    Object.entries(historyActionKeys).find(([known]) => known === action)?.[1] ?? historyActionKeys.updated
  );
}

/** Who changed an item, when, and what: newest first, each entry against the one before it. */
export function ItemHistoryDrawer({
  catalog,
  item,
  onClose,
}: {
  catalog: CatalogView;
  item: CatalogItemView;
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const history = useItemHistory(catalog.id, item.id);
  const columns = itemColumns(catalog.form);
  const labelOf = new Map(columns.map((column) => [column.key, column.label[lang] || column.label.vi]));
  const order = columns.map((column) => column.key);
  const entries = [...(history.data?.items ?? [])].sort((a, b) => a.revision - b.revision);
  const newestFirst = entries
    .map((entry, index) => ({
      entry,
      changes: itemChanges(entries[index - 1]?.data ?? null, entry.data, order),
    }))
    .reverse();
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={isMobile ? '100%' : 'lg'}
      title={t('catalogs.historyTitle', { label: item.label })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <QueryState isPending={history.isPending} error={history.error} onRetry={() => history.refetch()} />
      {history.data && newestFirst.length === 0 && <Text c="dimmed">{t('catalogs.historyEmpty')}</Text>}
      <Timeline bulletSize={14} lineWidth={2} data-testid="item-history">
        {newestFirst.map(({ entry, changes }) => (
          <Timeline.Item
            key={entry.revision}
            title={
              <Group gap={6}>
                <Badge variant="light">{t(historyActionKey(entry.action))}</Badge>
                <Text size="sm" fw={600}>
                  {entry.label}
                </Text>
              </Group>
            }
          >
            <Stack gap={4} mt={4}>
              <Text size="xs" c="dimmed">
                {t('catalogs.historyBy', {
                  name: entry.changedBy?.name ?? t('catalogs.historyNobody'),
                  when: formatDateTime(entry.changedAt, lang),
                })}
              </Text>
              {changes.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('catalogs.historyNoChange')}
                </Text>
              ) : (
                <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
                  <Table.Tbody>
                    {changes.map((change) => (
                      <Table.Tr key={change.key}>
                        <Table.Td c="dimmed" w="35%">
                          {labelOf.get(change.key) ?? change.key}
                        </Table.Td>
                        <Table.Td>
                          {change.before && (
                            <Text span size="sm" td="line-through" c="dimmed" mr={6}>
                              {change.before}
                            </Text>
                          )}
                          {change.after}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Drawer>
  );
}
