import { ActionIcon, Box, Button, Drawer, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { TemplateCatalog, TemplateDraftCheck } from '@nguon/contracts/client';
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
import { useDraftTabsT } from './editor-messages';
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

/** Adds or edits one sample item through the catalog's own form, as a clerk fills it; nothing typed is lost on a refusal. */
function SampleDrawer({
  index,
  onClose,
  ...props
}: SamplesProps & { index: number | null; onClose: () => void }) {
  const t = useDraftTabsT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const formBox = useRef<HTMLDivElement>(null);
  const { catalog, saver } = props;
  const [data, setData] = useState<unknown>(index === null ? {} : (catalog.samples[index] ?? {}));
  const position = props.catalogs.findIndex((item) => item.key === catalog.key);
  const sampleAt = index ?? catalog.samples.length;
  const server = errorsUnder(saver, `/catalogs/${position}/samples/${sampleAt}`);
  const serverErrors = Object.fromEntries(
    [...server].filter(([field]) => field).map(([field, message]) => [field, { __errors: [message] }]),
  );
  const shown = new Set(
    [...server.keys()].map((field) => `/catalogs/${position}/samples/${sampleAt}/${field}`),
  );
  const label = index === null ? '' : sampleItemLabel(catalog, catalog.samples[index] ?? {});

  const save = (value: unknown) => {
    if (!isSample(value)) return;
    saver.saveCatalogs(
      (latest) =>
        withCatalog(latest, catalog.key, (old) => ({
          ...old,
          samples:
            index === null
              ? [...old.samples, value]
              : old.samples.map((item, i) => (i === index ? value : item)),
        })),
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
      title={
        index === null
          ? t('templateDraftCatalogs.sampleAddTitle', { name: catalog.name[lang] || catalog.name.vi })
          : t('templateDraftCatalogs.sampleEditTitle', { label })
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="sample-drawer"
    >
      <Stack gap="sm">
        <CatalogsRefusal saver={saver} shown={shown} />
        <Box ref={formBox} className="nguon-item-form" data-testid="sample-form">
          <StageFormView
            form={catalog.form}
            lang={lang}
            formData={data}
            onChange={setData}
            onSubmit={save}
            context={templateFormContext(props.catalogs)}
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

/** The samples, a few columns of each; scrolls sideways on a phone rather than squeezing. */
function SamplesTable({ catalog, problemAt, readOnly, labelOf, onEdit, onDelete }: TableProps) {
  const t = useDraftTabsT();
  const lang = useLang();
  const columns = itemColumns(catalog.form).slice(0, 4);
  return (
    <ScrollArea type="auto">
      <Table
        striped
        verticalSpacing="xs"
        miw={columns.length > 2 ? 560 : undefined}
        data-testid="sample-table"
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key}>{column.label[lang] || column.label.vi}</Table.Th>
            ))}
            {!readOnly && <Table.Th w={112} />}
          </Table.Tr>
        </Table.Thead>
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
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      size="xl"
                      variant="subtle"
                      aria-label={t('templateDraftCatalogs.sampleEdit', { label: labelOf(item) })}
                      onClick={() => onEdit(index)}
                    >
                      <IconPencil size={20} />
                    </ActionIcon>
                    <ActionIcon
                      size="xl"
                      variant="subtle"
                      color="red"
                      aria-label={t('templateDraftCatalogs.sampleDelete', { label: labelOf(item) })}
                      onClick={() => onDelete(index)}
                      data-testid="sample-delete"
                    >
                      <IconTrash size={20} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** Asks before deleting a sample item; a refusal shows in the dialog, where the person is looking. */
function SampleDeleteDialog({
  catalog,
  index,
  label,
  saver,
  onClose,
}: {
  catalog: TemplateCatalog;
  index: number;
  label: string;
  saver: CatalogsSaver;
  onClose: () => void;
}) {
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

/** The catalog's sample items in a table, each added, changed or deleted through its form. */
export function CatalogSamples(props: SamplesProps) {
  const t = useDraftTabsT();
  const { catalog, saver, readOnly } = props;
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const labelOf = (item: Sample) =>
    sampleItemLabel(catalog, item) || t('templateDraftCatalogs.sampleNoLabel');
  const start = (action: () => void) => {
    saver.setRefusal(null);
    action();
  };
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
          problemAt={(index) => {
            const at = `/catalogs/${props.catalogs.indexOf(catalog)}/samples/${index}`;
            const check = props.check;
            return check && (check.path === at || check.path.startsWith(`${at}/`)) ? check.message : null;
          }}
          readOnly={readOnly}
          labelOf={labelOf}
          onEdit={(index) => start(() => setEditing(index))}
          onDelete={(index) => start(() => setDeleting(index))}
        />
      )}
      {!readOnly && (
        <Button
          size="md"
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={18} />}
          disabled={catalog.samples.length >= maxSamples}
          onClick={() => start(() => setEditing('new'))}
          data-testid="sample-add"
        >
          {t('templateDraftCatalogs.sampleAdd')}
        </Button>
      )}
      {!readOnly && catalog.samples.length >= maxSamples && (
        <Text size="sm" c="dimmed">
          {t('templateDraftCatalogs.sampleTooMany', { max: maxSamples })}
        </Text>
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
