import { Anchor, Badge, Button, Card, EmptyState, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CatalogView } from '@nguon/contracts/client';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { ArchivedFilter, ReadOnlyNotice } from '../ui/list-controls';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { useCanManageCatalogs, useCatalogList } from './catalog-api';
import { CatalogCreateModal } from './catalog-create-modal';

function CatalogName({ catalog }: { catalog: CatalogView }) {
  const t = useT();
  const lang = useLang();
  return (
    <Group gap={6}>
      <Anchor component={Link} to={`/catalogs/${catalog.id}`} fw={600}>
        {catalog.name[lang] || catalog.name.vi}
      </Anchor>
      {catalog.shared && (
        <Badge color="blue" variant="light" data-testid="catalog-shared">
          {t('catalogs.sharedBadge')}
        </Badge>
      )}
      {catalog.archived && (
        <Badge color="gray" variant="light">
          {t('catalogs.archivedBadge')}
        </Badge>
      )}
    </Group>
  );
}

function CatalogTable({ catalogs }: { catalogs: CatalogView[] }) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const owner = (catalog: CatalogView) => (catalog.own ? t('catalogs.ours') : catalog.ownerName);
  if (isMobile) {
    return (
      <Stack gap="sm" data-testid="catalog-list">
        {catalogs.map((catalog, index) => (
          <Card key={catalog.id} withBorder radius="md" data-testid={`catalog-row-${index}`}>
            <CatalogName catalog={catalog} />
            <Text size="sm" c="dimmed" mt={4}>
              {t('catalogs.itemsTotal', { count: catalog.itemCount })} ·{' '}
              {catalog.own
                ? formatDateTime(catalog.updatedAt, lang)
                : t('catalogs.ownerOf', { owner: owner(catalog) })}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640} data-testid="catalog-list">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogs.colName')}</Table.Th>
            <Table.Th>{t('catalogs.colItems')}</Table.Th>
            <Table.Th>{t('catalogs.colOwner')}</Table.Th>
            <Table.Th>{t('catalogs.colUpdated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalogs.map((catalog, index) => (
            <Table.Tr key={catalog.id} data-testid={`catalog-row-${index}`}>
              <Table.Td>
                <CatalogName catalog={catalog} />
              </Table.Td>
              <Table.Td>{catalog.itemCount}</Table.Td>
              <Table.Td>{owner(catalog)}</Table.Td>
              <Table.Td>{formatDateTime(catalog.updatedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EmptyCatalogs({ archived, canManage }: { archived: boolean; canManage: boolean }) {
  const t = useT();
  const description = archived
    ? t('catalogs.emptyArchived')
    : t(canManage ? 'catalogs.emptyOwner' : 'catalogs.emptyViewer');
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="catalogs-empty">
      <EmptyState
        variant="light"
        color="leaf"
        icon={<IconListDetails size={32} />}
        title={t('catalogs.emptyTitle')}
        description={description}
      />
    </Paper>
  );
}

/** The tenant's catalogs and those shared with it; owners create new ones. */
export function CatalogListPage() {
  const t = useT();
  const canManage = useCanManageCatalogs();
  const [archived, setArchived] = useState(false);
  const catalogs = useCatalogList(archived);
  const [creating, createDialog] = useDisclosure(false);
  const items = catalogs.data?.items.filter((catalog) => catalog.archived === archived);
  return (
    <>
      <PageHeader
        title={t('catalogs.title')}
        description={t('catalogs.intro')}
        action={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={createDialog.open}
              data-testid="catalog-create"
            >
              {t('catalogs.create')}
            </Button>
          )
        }
      />
      {!canManage && (
        <ReadOnlyNotice testId="catalogs-read-only">{t('catalogs.readOnlyList')}</ReadOnlyNotice>
      )}
      <ArchivedFilter archived={archived} onChange={setArchived} />
      <QueryState isPending={catalogs.isPending} error={catalogs.error} onRetry={() => catalogs.refetch()} />
      {items &&
        (items.length === 0 ? (
          <EmptyCatalogs archived={archived} canManage={canManage} />
        ) : (
          <CatalogTable catalogs={items} />
        ))}
      {creating && <CatalogCreateModal opened={creating} onClose={createDialog.close} />}
    </>
  );
}
