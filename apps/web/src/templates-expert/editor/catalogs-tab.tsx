import { ActionIcon, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TemplateCatalog, TemplateDraftCheck } from '@nguon/contracts/client';
import type { LocalizedText } from '@nguon/domain';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { AppModal } from '../../ui/app-modal';
import { notifySuccess } from '../../ui/notify';
import { CatalogAddModal } from './catalogs-add-modal';
import { CatalogEditor } from './catalogs-editor';
import { type CatalogUser, catalogUsers, fieldCount, maxCatalogs, withCatalog } from './catalogs-model';
import { CatalogsRefusal } from './catalogs-refusal';
import { type CatalogsSaver, useCatalogsSave } from './catalogs-save';
import { draftEditsKey, useKeptState } from './details-kept-state';
import { type DraftTabsTranslate, useDraftTabsT } from './editor-messages';
import type { TemplateDraftPartProps } from './editor-parts';

const problemOf = (check: TemplateDraftCheck | null, index: number) =>
  check && (check.path === `/catalogs/${index}` || check.path.startsWith(`/catalogs/${index}/`))
    ? check.message
    : null;

const isOpenKey = (value: unknown): value is string | null => value === null || typeof value === 'string';

function userName(user: CatalogUser, name: (text: LocalizedText) => string, t: DraftTabsTranslate): string {
  switch (user.kind) {
    case 'stage':
      return name(user.stage);
    case 'job':
      return t('templateDraftCatalogs.formOfJob', { stage: name(user.stage), job: name(user.job) });
    case 'catalog':
      return t('templateDraftCatalogs.formOfCatalog', { name: name(user.catalog) });
  }
}

interface DeleteProps {
  catalog: TemplateCatalog;
  users: CatalogUser[];
  saver: CatalogsSaver;
  onClose: () => void;
}

/** Asks before deleting a catalog, naming every form that still picks from it. */
function CatalogDeleteDialog({ catalog, users, saver, onClose }: DeleteProps) {
  const t = useDraftTabsT();
  const lang = useLang();
  const name = (text: LocalizedText) => text[lang] || text.vi;
  const remove = () =>
    saver.saveCatalogs(
      (latest) => withCatalog(latest, catalog.key, () => null),
      () => {
        notifySuccess(t('templateDraftCatalogs.deleted', { name: name(catalog.name) }));
        onClose();
      },
    );
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('templateDraftCatalogs.deleteTitle', { name: name(catalog.name) })}
    >
      <Stack gap="sm" data-testid="catalog-delete-dialog">
        <CatalogsRefusal saver={saver} />
        <Text>{t('templateDraftCatalogs.deleteBody', { count: catalog.samples.length })}</Text>
        {users.length > 0 && (
          <Paper withBorder p="sm" radius="md" bg="orange.0" data-testid="catalog-delete-users">
            <Text size="sm" mb={4}>
              {t('templateDraftCatalogs.deleteUsed', { key: catalog.key })}
            </Text>
            <List size="sm">
              {users.map((user) => (
                <List.Item key={userName(user, name, t)}>{userName(user, name, t)}</List.Item>
              ))}
            </List>
          </Paper>
        )}
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            size="md"
            onClick={remove}
            loading={saver.pending}
            data-testid="catalog-delete-confirm"
          >
            {t('templateDraftCatalogs.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

function CatalogCard({
  catalog,
  problem,
  readOnly,
  onOpen,
  onDelete,
}: {
  catalog: TemplateCatalog;
  /** The publishing check's message when it is about this catalog. */
  problem: string | null;
  readOnly: boolean;
  onOpen: () => void;
  onDelete: () => void;
}) {
  const t = useDraftTabsT();
  const lang = useLang();
  const name = catalog.name[lang] || catalog.name.vi;
  return (
    <Paper withBorder radius="lg" p="sm" data-testid={`catalog-card-${catalog.key}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600}>{name}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {catalog.key}
            </Text>
          </div>
          {!readOnly && (
            <ActionIcon
              size="xl"
              variant="subtle"
              color="red"
              aria-label={t('templateDraftCatalogs.delete', { name })}
              onClick={onDelete}
              data-testid={`catalog-delete-${catalog.key}`}
            >
              <IconTrash size={20} />
            </ActionIcon>
          )}
        </Group>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t('templateDraftCatalogs.fields', { count: fieldCount(catalog) })}
          </Badge>
          <Badge variant="light" color="gray">
            {t('templateDraftCatalogs.samples', { count: catalog.samples.length })}
          </Badge>
        </Group>
        {problem && (
          <Text size="sm" c="red.8" data-testid={`catalog-problem-${catalog.key}`}>
            {t('templateDraftCatalogs.problem', { message: problem })}
          </Text>
        )}
        <Button
          size="md"
          variant="light"
          leftSection={<IconPencil size={18} />}
          onClick={onOpen}
          data-testid={`catalog-open-${catalog.key}`}
        >
          {t('templateDraftCatalogs.open')}
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * Which catalogs' settings hold unsaved edits (told by each catalog's editor, also after it is left: the edits
 * are kept), reported to the page as one flag; a deleted catalog's edits no longer count.
 */
function useUnsavedCatalogs(
  catalogs: readonly TemplateCatalog[],
  onDirty: ((dirty: boolean) => void) | undefined,
) {
  const [unsaved, setUnsaved] = useState<Readonly<Record<string, boolean>>>({});
  const mark = useCallback(
    (key: string, dirty: boolean) =>
      setUnsaved((old) => (old[key] === dirty ? old : { ...old, [key]: dirty })),
    [],
  );
  const dirty = catalogs.some((catalog) => unsaved[catalog.key] === true);
  useEffect(() => onDirty?.(dirty), [onDirty, dirty]);
  return mark;
}

/** The template's catalogs: listed, added, each edited (form, label fields, sample items) and deleted; every action saves. */
export function TemplateCatalogsTab(props: TemplateDraftPartProps) {
  const t = useDraftTabsT();
  const saver = useCatalogsSave(props);
  const catalogs = props.draft.details.catalogs;
  const [openKey, setOpenKey] = useKeptState(
    `${draftEditsKey(props.draft)}:catalogs-open`,
    () => null,
    isOpenKey,
  );
  const [adding, setAdding] = useState(false);
  const markUnsaved = useUnsavedCatalogs(catalogs, props.onDirty);
  const [deleting, setDeleting] = useState<string | null>(null);
  const opened = catalogs.find((catalog) => catalog.key === openKey);
  const toDelete = catalogs.find((catalog) => catalog.key === deleting);
  const start = (action: () => void) => {
    saver.setRefusal(null);
    action();
  };

  if (opened)
    return (
      <CatalogEditor
        key={opened.key}
        keptPrefix={draftEditsKey(props.draft)}
        onDirty={markUnsaved}
        check={props.draft.check}
        catalog={opened}
        catalogs={catalogs}
        saver={saver}
        readOnly={props.readOnly}
        onBack={() => start(() => setOpenKey(null))}
      />
    );
  return (
    <Stack gap="md" data-testid="template-catalogs-tab">
      <Text size="sm" c="dimmed">
        {t('templateDraftCatalogs.intro')}
      </Text>
      {!adding && !toDelete && <CatalogsRefusal saver={saver} />}
      {catalogs.length === 0 && <Text>{t('templateDraftCatalogs.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {catalogs.map((catalog, index) => (
          <CatalogCard
            key={catalog.key}
            catalog={catalog}
            problem={problemOf(props.draft.check, index)}
            readOnly={props.readOnly}
            onOpen={() => start(() => setOpenKey(catalog.key))}
            onDelete={() => start(() => setDeleting(catalog.key))}
          />
        ))}
      </SimpleGrid>
      {!props.readOnly && (
        <Stack gap={4}>
          <Button
            size="md"
            w="fit-content"
            leftSection={<IconPlus size={18} />}
            disabled={catalogs.length >= maxCatalogs}
            onClick={() => start(() => setAdding(true))}
            data-testid="catalog-add"
          >
            {t('templateDraftCatalogs.add')}
          </Button>
          {catalogs.length >= maxCatalogs && (
            <Text size="sm" c="dimmed">
              {t('templateDraftCatalogs.tooMany', { max: maxCatalogs })}
            </Text>
          )}
        </Stack>
      )}
      {adding && (
        <CatalogAddModal
          catalogs={catalogs}
          saver={saver}
          onClose={() => setAdding(false)}
          onAdded={(key) => {
            setAdding(false);
            setOpenKey(key);
          }}
        />
      )}
      {toDelete && (
        <CatalogDeleteDialog
          catalog={toDelete}
          users={catalogUsers(props.draft, toDelete.key)}
          saver={saver}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}
