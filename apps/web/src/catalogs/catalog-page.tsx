import { Alert, Anchor, Badge, Button, EmptyState, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { CatalogItemView, CatalogView } from '@nguon/contracts/client';
import {
  IconArrowLeft,
  IconDownload,
  IconEye,
  IconFileImport,
  IconForms,
  IconListDetails,
  IconPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { PagePagination } from '../ui/page-pagination';
import { QueryState } from '../ui/query-state';
import {
  csvFileName,
  useCanManageCatalogs,
  useCatalog,
  useCatalogItems,
  useExportCsv,
  useUpdateCatalog,
  useUpdateItem,
} from './catalog-api';
import { CatalogFormModal } from './catalog-form-modal';
import { CatalogImportModal } from './catalog-import-modal';
import {
  firstFilters,
  type ItemAction,
  type ItemFilters,
  ItemsTable,
  ItemsToolbar,
  itemPageSize,
  itemQueryOf,
} from './catalog-items';
import { ItemDrawer } from './item-drawer';
import { ItemHistoryDrawer } from './item-history-drawer';

type Dialog =
  | { kind: 'item'; item: CatalogItemView | null }
  | { kind: 'history'; item: CatalogItemView }
  | { kind: 'import' }
  | { kind: 'form' }
  | null;

function OwnerActions({ catalog, onOpen }: { catalog: CatalogView; onOpen: (dialog: Dialog) => void }) {
  const t = useT();
  const exportCsv = useExportCsv(catalog.id);
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconDownload size={18} />}
        loading={exportCsv.isPending}
        onClick={() =>
          exportCsv.mutate(csvFileName(catalog.name.vi), { onError: (error) => notifyProblem(error, t) })
        }
        data-testid="catalog-export"
      >
        {t('catalogs.export')}
      </Button>
      {catalog.own && (
        <>
          <Button
            variant="default"
            leftSection={<IconFileImport size={18} />}
            onClick={() => onOpen({ kind: 'import' })}
            data-testid="catalog-import"
          >
            {t('catalogs.import')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconForms size={18} />}
            onClick={() => onOpen({ kind: 'form' })}
            data-testid="catalog-edit-form"
          >
            {t('catalogs.editForm')}
          </Button>
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => onOpen({ kind: 'item', item: null })}
            data-testid="item-add"
          >
            {t('catalogs.itemAdd')}
          </Button>
        </>
      )}
    </Group>
  );
}

function ShareSwitch({ catalog }: { catalog: CatalogView }) {
  const t = useT();
  const update = useUpdateCatalog(catalog.id);
  return (
    <Switch
      size="md"
      label={t('catalogs.share')}
      description={t('catalogs.shareHint')}
      checked={catalog.shared}
      disabled={update.isPending}
      onChange={(event) => {
        const shared = event.currentTarget.checked;
        update.mutate(
          { revision: catalog.revision, shared },
          {
            onSuccess: () => notifySuccess(t(shared ? 'catalogs.sharedOn' : 'catalogs.sharedOff')),
            onError: (error) => notifyProblem(error, t),
          },
        );
      }}
      data-testid="catalog-share"
    />
  );
}

function EmptyItems({ filtered, canManage }: { filtered: boolean; canManage: boolean }) {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="items-empty">
      <EmptyState
        variant="light"
        color="leaf"
        icon={<IconListDetails size={32} />}
        title={filtered ? t('catalogs.itemsNoMatch') : t('catalogs.itemsEmptyTitle')}
        description={
          filtered ? undefined : t(canManage ? 'catalogs.itemsEmptyOwner' : 'catalogs.itemsEmptyViewer')
        }
      />
    </Paper>
  );
}

function CatalogItemsSection({
  catalog,
  canWrite,
  onOpen,
}: {
  catalog: CatalogView;
  canWrite: boolean;
  onOpen: (dialog: Dialog) => void;
}) {
  const t = useT();
  const [filters, setFilters] = useState<ItemFilters>(firstFilters);
  const [typed] = useDebouncedValue(filters, 300);
  const items = useCatalogItems(catalog.id, itemQueryOf(typed));
  const updateItem = useUpdateItem(catalog.id);
  const page = items.data;
  const pages = page ? Math.max(1, Math.ceil(page.total / itemPageSize)) : 1;
  const filtered = filters.q.trim() !== '' || (filters.field !== null && filters.value.trim() !== '');

  const onAction = (action: ItemAction, item: CatalogItemView) => {
    if (action === 'edit') return onOpen({ kind: 'item', item });
    if (action === 'history') return onOpen({ kind: 'history', item });
    const archived = action === 'archive';
    updateItem.mutate(
      { itemId: item.id, body: { revision: item.revision, archived } },
      {
        onSuccess: () =>
          notifySuccess(
            t(archived ? 'catalogs.itemArchived' : 'catalogs.itemRestored', { label: item.label }),
          ),
        onError: (error) => notifyProblem(error, t),
      },
    );
  };

  return (
    <>
      <ItemsToolbar
        catalog={catalog}
        filters={filters}
        onChange={(patch) => setFilters((old) => ({ ...old, ...patch }))}
      />
      <QueryState isPending={items.isPending} error={items.error} onRetry={() => items.refetch()} />
      {page &&
        (page.items.length === 0 ? (
          <EmptyItems filtered={filtered || filters.archived} canManage={canWrite} />
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" data-testid="items-total">
              {t('catalogs.itemsTotal', { count: page.total })}
            </Text>
            <ItemsTable catalog={catalog} items={page.items} canManage={canWrite} onAction={onAction} />
            {pages > 1 && (
              <Group justify="center">
                <PagePagination
                  total={pages}
                  value={filters.page}
                  onChange={(next) => setFilters((old) => ({ ...old, page: next }))}
                  size="lg"
                  aria-label={t('catalogs.pageOf', { page: filters.page, pages })}
                  data-testid="items-pagination"
                />
              </Group>
            )}
          </Stack>
        ))}
    </>
  );
}

/** One catalog: its items to search and page; owners add, edit, archive, import, export, share and reshape it. */
export function CatalogPage() {
  const t = useT();
  const lang = useLang();
  const { id = '' } = useParams();
  const catalog = useCatalog(id);
  const canManage = useCanManageCatalogs();
  const [dialog, setDialog] = useState<Dialog>(null);
  const view = catalog.data;
  const canWrite = canManage && view?.own === true;
  const close = () => setDialog(null);

  return (
    <>
      <Anchor
        component={Link}
        to="/catalogs"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={16} />
        {t('catalogs.back')}
      </Anchor>
      <QueryState isPending={catalog.isPending} error={catalog.error} onRetry={() => catalog.refetch()} />
      {view && (
        <>
          <PageHeader
            title={view.name[lang] || view.name.vi}
            action={canManage && <OwnerActions catalog={view} onOpen={setDialog} />}
          />
          <Group gap="xs" mt={-12} mb="md">
            {view.shared && (
              <Badge color="blue" variant="light">
                {t('catalogs.sharedBadge')}
              </Badge>
            )}
            {!view.own && <Badge variant="outline">{t('catalogs.ownerOf', { owner: view.ownerName })}</Badge>}
          </Group>
          {!view.own && (
            <Alert color="gray" icon={<IconEye size={20} />} mb="md" data-testid="catalog-read-only">
              {t('catalogs.readOnlyShared', { owner: view.ownerName })}
            </Alert>
          )}
          {view.own && !canManage && (
            <Alert color="gray" icon={<IconEye size={20} />} mb="md" data-testid="catalog-read-only">
              {t('catalogs.readOnlyViewer')}
            </Alert>
          )}
          {canWrite && (
            <Paper withBorder radius="md" p="sm" mb="md">
              <ShareSwitch catalog={view} />
            </Paper>
          )}
          <CatalogItemsSection catalog={view} canWrite={canWrite} onOpen={setDialog} />
          {dialog?.kind === 'item' && (
            <ItemDrawer
              key={dialog.item?.id ?? 'new'}
              catalog={view}
              item={dialog.item}
              readOnly={!canWrite || dialog.item?.archived === true}
              onClose={close}
            />
          )}
          {dialog?.kind === 'history' && (
            <ItemHistoryDrawer catalog={view} item={dialog.item} onClose={close} />
          )}
          {dialog?.kind === 'import' && <CatalogImportModal catalog={view} onClose={close} />}
          {dialog?.kind === 'form' && <CatalogFormModal catalog={view} onClose={close} />}
        </>
      )}
    </>
  );
}
