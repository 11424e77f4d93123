import { ActionIcon, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Lang, TemplateCatalog, TemplateDraftView } from '@nguon/contracts/client';
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
import { wordedProblem } from './problem-place-words';

/** The check's message when it is about the catalog at `index`, its pointers named in words. */
const problemOf = (draft: TemplateDraftView, index: number, lang: Lang) => {
  const check = draft.check;
  const about =
    check && (check.path === `/catalogs/${index}` || check.path.startsWith(`/catalogs/${index}/`));
  return about ? wordedProblem(check, draft, lang).message : null;
};

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

/** The forms that still pick from the catalog: each needs fixing after it is deleted. */
function CatalogUsersNotice({ catalogKey, users }: { catalogKey: string; users: readonly CatalogUser[] }) {
  const t = useDraftTabsT();
  const lang = useLang();
  const name = (text: LocalizedText) => text[lang] || text.vi;
  return (
    <Paper withBorder p="sm" radius="md" bg="orange.0" data-testid="catalog-delete-users">
      <Text size="sm" mb={4}>
        {t('templateDraftCatalogs.deleteUsed', { key: catalogKey })}
      </Text>
      <List size="sm">
        {users.map((user) => (
          <List.Item key={userName(user, name, t)}>{userName(user, name, t)}</List.Item>
        ))}
      </List>
    </Paper>
  );
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
        {users.length > 0 && <CatalogUsersNotice catalogKey={catalog.key} users={users} />}
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

interface CatalogCardProps {
  catalog: TemplateCatalog;
  /** The publishing check's message when it is about this catalog, its places in words. */
  problem: string | null;
  readOnly: boolean;
  onOpen: () => void;
  onDelete: () => void;
}

/** The catalog's name and key, and its delete button. */
function CatalogCardHeading({ catalog, readOnly, onDelete }: Omit<CatalogCardProps, 'problem' | 'onOpen'>) {
  const t = useDraftTabsT();
  const lang = useLang();
  const name = catalog.name[lang] || catalog.name.vi;
  return (
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
  );
}

function CatalogCard({ catalog, problem, readOnly, onOpen, onDelete }: CatalogCardProps) {
  const t = useDraftTabsT();
  return (
    <Paper withBorder radius="lg" p="sm" data-testid={`catalog-card-${catalog.key}`}>
      <Stack gap={6}>
        <CatalogCardHeading catalog={catalog} readOnly={readOnly} onDelete={onDelete} />
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

/** "Add a catalog", and why it is off once the template has as many as it may. */
function AddCatalogButton({ count, onAdd }: { count: number; onAdd: () => void }) {
  const t = useDraftTabsT();
  return (
    <Stack gap={4}>
      <Button
        size="md"
        w="fit-content"
        leftSection={<IconPlus size={18} />}
        disabled={count >= maxCatalogs}
        onClick={onAdd}
        data-testid="catalog-add"
      >
        {t('templateDraftCatalogs.add')}
      </Button>
      {count >= maxCatalogs && (
        <Text size="sm" c="dimmed">
          {t('templateDraftCatalogs.tooMany', { max: maxCatalogs })}
        </Text>
      )}
    </Stack>
  );
}

/** Which catalog is open (kept across tabs), being added or deleted; starting one clears the last refusal. */
function useCatalogsTab(props: TemplateDraftPartProps) {
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
  const start = (action: () => void) => {
    saver.setRefusal(null);
    action();
  };
  const opened = catalogs.find((catalog) => catalog.key === openKey);
  const toDelete = catalogs.find((catalog) => catalog.key === deleting);
  return {
    saver,
    catalogs,
    opened,
    toDelete,
    adding,
    setAdding,
    setOpenKey,
    setDeleting,
    markUnsaved,
    start,
  };
}

type CatalogsTabState = ReturnType<typeof useCatalogsTab>;

/** A card per catalog, each with the check's problem when it is about that catalog. */
function CatalogGrid({ tab, props }: { tab: CatalogsTabState; props: TemplateDraftPartProps }) {
  const lang = useLang();
  const { start, setOpenKey, setDeleting } = tab;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {tab.catalogs.map((catalog, index) => (
        <CatalogCard
          key={catalog.key}
          catalog={catalog}
          problem={problemOf(props.draft, index, lang)}
          readOnly={props.readOnly}
          onOpen={() => start(() => setOpenKey(catalog.key))}
          onDelete={() => start(() => setDeleting(catalog.key))}
        />
      ))}
    </SimpleGrid>
  );
}

/** The dialog adding a catalog (which opens it once added) or deleting one. */
function CatalogDialogs({ tab, props }: { tab: CatalogsTabState; props: TemplateDraftPartProps }) {
  const { saver, catalogs, toDelete, setAdding, setOpenKey } = tab;
  const onAdded = (key: string) => {
    setAdding(false);
    setOpenKey(key);
  };
  return (
    <>
      {tab.adding && (
        <CatalogAddModal
          catalogs={catalogs}
          saver={saver}
          onClose={() => setAdding(false)}
          onAdded={onAdded}
        />
      )}
      {toDelete && (
        <CatalogDeleteDialog
          catalog={toDelete}
          users={catalogUsers(props.draft, toDelete.key)}
          saver={saver}
          onClose={() => tab.setDeleting(null)}
        />
      )}
    </>
  );
}

/** The template's catalogs: listed, added, each edited (form, label fields, sample items) and deleted; every action saves. */
export function TemplateCatalogsTab(props: TemplateDraftPartProps) {
  const t = useDraftTabsT();
  const tab = useCatalogsTab(props);
  const { saver, catalogs, opened, start } = tab;
  if (opened)
    return (
      <CatalogEditor
        key={opened.key}
        keptPrefix={draftEditsKey(props.draft)}
        onDirty={tab.markUnsaved}
        check={props.draft.check}
        catalog={opened}
        catalogs={catalogs}
        saver={saver}
        readOnly={props.readOnly}
        onBack={() => start(() => tab.setOpenKey(null))}
      />
    );
  return (
    <Stack gap="md" data-testid="template-catalogs-tab">
      <Text size="sm" c="dimmed">
        {t('templateDraftCatalogs.intro')}
      </Text>
      {!tab.adding && !tab.toDelete && <CatalogsRefusal saver={saver} />}
      {catalogs.length === 0 && <Text>{t('templateDraftCatalogs.empty')}</Text>}
      <CatalogGrid tab={tab} props={props} />
      {!props.readOnly && (
        <AddCatalogButton count={catalogs.length} onAdd={() => start(() => tab.setAdding(true))} />
      )}
      <CatalogDialogs tab={tab} props={props} />
    </Stack>
  );
}
