import { ActionIcon, Box, Button, Drawer, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { Lang, TemplateCatalog, TemplateDraftCheck } from '@nguon/contracts/client';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { formatItemValue } from '../../catalogs/item-values';
import { itemColumns } from '../../catalogs/label-fields';
import { StageFormView } from '../../form-renderer';
import { useLang } from '../../i18n/lang-store';
import { sampleItemLabel, templateFormContext } from '../../templates/template-form-context';
import { AppModal } from '../../ui/app-modal';
import { notifySuccess } from '../../ui/notify';
import { useIsMobile } from '../../ui/use-is-mobile';
import { maxSamples, withCatalog } from './catalogs-model';
import { CatalogsRefusal } from './catalogs-refusal';
import { type CatalogsSaver, errorsUnder } from './catalogs-save';
import { type DraftTabsTranslate, useDraftTabsT } from './editor-messages';
import { wordedProblem } from './problem-place-words';
import '../../catalogs/catalogs.css';

type Sample = Record<string, unknown>;
const isSample = (value: unknown): value is Sample =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface SamplesProps {
  catalog: TemplateCatalog;
  catalogs: readonly TemplateCatalog[];
  saver: CatalogsSaver;
  readOnly: boolean;
  /** What would refuse publishing now, when it is about one of these samples (its path says which). */
  check?: TemplateDraftCheck | null;
}

type DrawerProps = SamplesProps & { index: number | null; onClose: () => void };

/** The catalog with the sample at `index` replaced, or with a new one added (`index` null). */
const withSample = (latest: readonly TemplateCatalog[], key: string, index: number | null, value: Sample) =>
  withCatalog(latest, key, (old) => ({
    ...old,
    samples:
      index === null ? [...old.samples, value] : old.samples.map((item, i) => (i === index ? value : item)),
  }));

/** The server's errors of this sample, by field, as the form shows them and as the refusal need not repeat them. */
function sampleServerErrors({ catalog, catalogs, saver }: SamplesProps, sampleAt: number) {
  const at = `/catalogs/${catalogs.findIndex((item) => item.key === catalog.key)}/samples/${sampleAt}`;
  const server = errorsUnder(saver, at);
  const byField = Object.fromEntries(
    [...server].filter(([field]) => field).map(([field, message]) => [field, { __errors: [message] }]),
  );
  return { byField, shown: new Set([...server.keys()].map((field) => `${at}/${field}`)) };
}

/** The drawer's title: the catalog a new sample goes into, or the sample being edited. */
function sampleDrawerTitle({ catalog, index }: DrawerProps, t: DraftTabsTranslate, lang: Lang) {
  if (index === null)
    return t('templateDraftCatalogs.sampleAddTitle', { name: catalog.name[lang] || catalog.name.vi });
  return t('templateDraftCatalogs.sampleEditTitle', {
    label: sampleItemLabel(catalog, catalog.samples[index] ?? {}),
  });
}

/** The catalog's own form, as a clerk fills it, and its save button below (outside the form, thumb-reachable). */
interface SampleFormProps extends SamplesProps {
  data: unknown;
  onChange: (data: unknown) => void;
  onSave: (value: unknown) => void;
  serverErrors: Record<string, { __errors: string[] }>;
}

function SampleForm({ catalog, catalogs, saver, data, onChange, onSave, serverErrors }: SampleFormProps) {
  const t = useDraftTabsT();
  const lang = useLang();
  const formBox = useRef<HTMLDivElement>(null);
  return (
    <>
      <Box ref={formBox} className="nguon-item-form" data-testid="sample-form">
        <StageFormView
          form={catalog.form}
          lang={lang}
          formData={data}
          onChange={onChange}
          onSubmit={onSave}
          context={templateFormContext(catalogs)}
          serverErrors={serverErrors}
          submitting={saver.pending}
          idPrefix={`sample_${catalog.key}`}
        />
      </Box>
      <Box className="nguon-item-footer">
        <Button
          size="lg"
          fullWidth
          loading={saver.pending}
          onClick={() => formBox.current?.querySelector('form')?.requestSubmit()}
          data-testid="sample-submit"
        >
          {t('templateDraftCatalogs.sampleSave')}
        </Button>
      </Box>
    </>
  );
}

/** Adds or edits one sample item through the catalog's own form, as a clerk fills it; nothing typed is lost on a refusal. */
function SampleDrawer(props: DrawerProps) {
  const t = useDraftTabsT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const { catalog, saver, index, onClose } = props;
  const [data, setData] = useState<unknown>(index === null ? {} : (catalog.samples[index] ?? {}));
  const server = sampleServerErrors(props, index ?? catalog.samples.length);
  const save = (value: unknown) => {
    if (!isSample(value)) return;
    saver.saveCatalogs(
      (latest) => withSample(latest, catalog.key, index, value),
      () => {
        notifySuccess(t('templateDraftCatalogs.sampleSaved', { label: sampleItemLabel(catalog, value) }));
        onClose();
      },
    );
  };
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={isMobile ? '100%' : 'lg'}
      title={sampleDrawerTitle(props, t, lang)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="sample-drawer"
    >
      <Stack gap="sm">
        <CatalogsRefusal saver={saver} shown={server.shown} />
        <SampleForm {...props} data={data} onChange={setData} onSave={save} serverErrors={server.byField} />
      </Stack>
    </Drawer>
  );
}

interface TableProps {
  catalog: TemplateCatalog;
  /** The publishing check's message for the sample at an index. */
  problemAt: (index: number) => string | null;
  readOnly: boolean;
  labelOf: (item: Sample) => string;
  onEdit: (index: number) => void;
  onDelete: (index: number) => void;
}

/** Edit and delete buttons of one sample, large enough for a thumb. */
function SampleActions({
  label,
  onEdit,
  onDelete,
}: {
  label: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useDraftTabsT();
  return (
    <Table.Td>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          size="xl"
          variant="subtle"
          aria-label={t('templateDraftCatalogs.sampleEdit', { label })}
          onClick={onEdit}
        >
          <IconPencil size={20} />
        </ActionIcon>
        <ActionIcon
          size="xl"
          variant="subtle"
          color="red"
          aria-label={t('templateDraftCatalogs.sampleDelete', { label })}
          onClick={onDelete}
          data-testid="sample-delete"
        >
          <IconTrash size={20} />
        </ActionIcon>
      </Group>
    </Table.Td>
  );
}

function SamplesHead({ columns, readOnly }: { columns: ReturnType<typeof itemColumns>; readOnly: boolean }) {
  const lang = useLang();
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column.key}>{column.label[lang] || column.label.vi}</Table.Th>
        ))}
        {!readOnly && <Table.Th w={112} />}
      </Table.Tr>
    </Table.Thead>
  );
}

/** The samples, a few columns of each; scrolls sideways on a phone rather than squeezing. */
function SamplesTable({ catalog, problemAt, readOnly, labelOf, onEdit, onDelete }: TableProps) {
  const columns = itemColumns(catalog.form).slice(0, 4);
  return (
    <ScrollArea type="auto">
      <Table
        striped
        verticalSpacing="xs"
        miw={columns.length > 2 ? 560 : undefined}
        data-testid="sample-table"
      >
        <SamplesHead columns={columns} readOnly={readOnly} />
        <Table.Tbody>
          {catalog.samples.map((item, index) => (
            // samples have no ids in the file: their place is who they are
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={index} data-testid="sample-row">
              {columns.map((column, at) => (
                <Table.Td key={column.key}>
                  {formatItemValue(item[column.key])}
                  {at === 0 && problemAt(index) && (
                    <Text size="xs" c="red.8" data-testid="sample-problem">
                      {problemAt(index)}
                    </Text>
                  )}
                </Table.Td>
              ))}
              {!readOnly && (
                <SampleActions
                  label={labelOf(item)}
                  onEdit={() => onEdit(index)}
                  onDelete={() => onDelete(index)}
                />
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

interface SampleDeleteProps {
  catalog: TemplateCatalog;
  index: number;
  label: string;
  saver: CatalogsSaver;
  onClose: () => void;
}

/** Asks before deleting a sample item; a refusal shows in the dialog, where the person is looking. */
function SampleDeleteDialog({ catalog, index, label, saver, onClose }: SampleDeleteProps) {
  const t = useDraftTabsT();
  const remove = () =>
    saver.saveCatalogs(
      (latest) =>
        withCatalog(latest, catalog.key, (old) => ({
          ...old,
          samples: old.samples.filter((_, i) => i !== index),
        })),
      () => {
        notifySuccess(t('templateDraftCatalogs.sampleDeleted', { label }));
        onClose();
      },
    );
  return (
    <AppModal opened onClose={onClose} title={t('templateDraftCatalogs.sampleDeleteTitle')}>
      <Stack gap="sm">
        <CatalogsRefusal saver={saver} />
        <Text>{t('templateDraftCatalogs.sampleDeleteBody', { label })}</Text>
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            size="md"
            onClick={remove}
            loading={saver.pending}
            data-testid="sample-delete-confirm"
          >
            {t('templateDraftCatalogs.sampleDelete', { label })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** The check's message when it is about the sample at `index`, its places in words. */
function sampleProblem({ catalog, catalogs, check, saver }: SamplesProps, index: number, lang: Lang) {
  const at = `/catalogs/${catalogs.indexOf(catalog)}/samples/${index}`;
  const about = check && (check.path === at || check.path.startsWith(`${at}/`));
  return about ? wordedProblem(check, saver.draft, lang).message : null;
}

/** "Add a sample item", and why it is off once the catalog has as many as it may. */
function AddSampleButton({ count, onAdd }: { count: number; onAdd: () => void }) {
  const t = useDraftTabsT();
  return (
    <>
      <Button
        size="md"
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={18} />}
        disabled={count >= maxSamples}
        onClick={onAdd}
        data-testid="sample-add"
      >
        {t('templateDraftCatalogs.sampleAdd')}
      </Button>
      {count >= maxSamples && (
        <Text size="sm" c="dimmed">
          {t('templateDraftCatalogs.sampleTooMany', { max: maxSamples })}
        </Text>
      )}
    </>
  );
}

/** Which sample is being edited (or a new one added) or deleted; starting an action clears the last one's refusal. */
function useSampleActions({ catalog, saver }: SamplesProps) {
  const t = useDraftTabsT();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const labelOf = (item: Sample) =>
    sampleItemLabel(catalog, item) || t('templateDraftCatalogs.sampleNoLabel');
  const start = (action: () => void) => {
    saver.setRefusal(null);
    action();
  };
  return { editing, setEditing, deleting, setDeleting, labelOf, start };
}

/** The catalog's sample items in a table, each added, changed or deleted through its form. */
export function CatalogSamples(props: SamplesProps) {
  const t = useDraftTabsT();
  const lang = useLang();
  const { catalog, saver, readOnly } = props;
  const { editing, setEditing, deleting, setDeleting, labelOf, start } = useSampleActions(props);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('templateDraftCatalogs.samplesIntro')}
      </Text>
      {catalog.samples.length === 0 ? (
        <Text size="sm">{t('templateDraftCatalogs.samplesEmpty')}</Text>
      ) : (
        <SamplesTable
          catalog={catalog}
          problemAt={(index) => sampleProblem(props, index, lang)}
          readOnly={readOnly}
          labelOf={labelOf}
          onEdit={(index) => start(() => setEditing(index))}
          onDelete={(index) => start(() => setDeleting(index))}
        />
      )}
      {!readOnly && (
        <AddSampleButton count={catalog.samples.length} onAdd={() => start(() => setEditing('new'))} />
      )}
      {editing !== null && (
        <SampleDrawer
          {...props}
          index={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting !== null && (
        <SampleDeleteDialog
          catalog={catalog}
          index={deleting}
          label={labelOf(catalog.samples[deleting] ?? {})}
          saver={saver}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}
