import { Button, Input, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TemplateCatalog, TemplateDraftCheck } from '@nguon/contracts/client';
import type { StageForm } from '@nguon/domain';
import { IconArrowLeft } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { keepLabelFields } from '../../catalogs/label-fields';
import { LabelFieldsSelect } from '../../catalogs/label-fields-select';
import { FormBuilder } from '../../form-builder';
import { useLang } from '../../i18n/lang-store';
import { templateFormContext } from '../../templates/template-form-context';
import { notifySuccess } from '../../ui/notify';
import { withCatalog } from './catalogs-model';
import { CatalogsRefusal } from './catalogs-refusal';
import { CatalogSamples } from './catalogs-samples';
import { type CatalogsSaver, errorsUnder } from './catalogs-save';
import { useKeptState } from './details-kept-state';
import { SaveBar } from './details-save-bar';
import { useDraftTabsT } from './editor-messages';

/** The catalog's settings as shown here: the catalog's own with this expert's edits over them. */
interface CatalogLocal {
  nameVi: string;
  nameEn: string;
  form: StageForm;
  labelFields: string[];
}

/** Only the settings this expert touched: a save puts them over the latest catalog, leaving others' changes. */
type CatalogEdits = Partial<CatalogLocal>;

const localOf = (catalog: TemplateCatalog): CatalogLocal => ({
  nameVi: catalog.name.vi,
  nameEn: catalog.name.en,
  form: catalog.form,
  labelFields: catalog.labelFields,
});

const isCatalogEdits = (value: unknown): value is CatalogEdits =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The latest catalog with the touched settings over it, as the save sends it. */
export function mergeCatalog(latest: TemplateCatalog, edits: CatalogEdits): TemplateCatalog {
  const { nameVi, nameEn, form, labelFields } = { ...localOf(latest), ...edits };
  return { ...latest, name: { vi: nameVi.trim(), en: nameEn.trim() }, form, labelFields };
}

interface CatalogEditorProps {
  /** Where the draft's edits are kept (`draftEditsKey`). */
  keptPrefix: string;
  check: TemplateDraftCheck | null;
  catalog: TemplateCatalog;
  catalogs: readonly TemplateCatalog[];
  saver: CatalogsSaver;
  readOnly: boolean;
  /** Told whether this catalog's settings hold edits not saved yet. */
  onDirty: (key: string, dirty: boolean) => void;
  onBack: () => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface NameFieldsProps {
  local: CatalogLocal;
  onChange: (patch: Partial<CatalogLocal>) => void;
  readOnly: boolean;
  error: string | undefined;
}

function CatalogNameFields({ local, onChange, readOnly, error }: NameFieldsProps) {
  const t = useDraftTabsT();
  const tooLong = (text: string) =>
    text.trim().length > 200 ? t('templateDraftDetails.tooLong', { max: 200 }) : undefined;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={t('templateDraftCatalogs.nameVi')}
        required
        readOnly={readOnly}
        value={local.nameVi}
        error={error ?? tooLong(local.nameVi)}
        onChange={(event) => onChange({ nameVi: event.currentTarget.value })}
        data-testid="catalog-name-vi"
      />
      <TextInput
        label={t('templateDraftCatalogs.nameEn')}
        readOnly={readOnly}
        value={local.nameEn}
        error={tooLong(local.nameEn)}
        onChange={(event) => onChange({ nameEn: event.currentTarget.value })}
        data-testid="catalog-name-en"
      />
    </SimpleGrid>
  );
}

/** A new item form; the label fields are touched only when fields they name were removed from it. */
function withForm(old: CatalogEdits, catalog: TemplateCatalog, form: StageForm): CatalogEdits {
  const current = old.labelFields ?? catalog.labelFields;
  const labelFields = keepLabelFields(current, form);
  return sameJson(labelFields, current) ? { ...old, form } : { ...old, form, labelFields };
}

type SettingsProps = Omit<CatalogEditorProps, 'onBack'>;

/** The catalog's settings with this expert's edits over them, saved together; what was typed meanwhile stays. */
function useCatalogSettings({ keptPrefix, catalog, catalogs, saver, onDirty }: SettingsProps) {
  const t = useDraftTabsT();
  const keptKey = `${keptPrefix}:catalog:${catalog.key}`;
  const [edits, setEdits] = useKeptState<CatalogEdits>(keptKey, () => ({}), isCatalogEdits);
  const [nameError, setNameError] = useState<string | undefined>();
  const shown = localOf(catalog);
  const local = { ...shown, ...edits };
  const dirty = (Object.keys(edits) as (keyof CatalogLocal)[]).some(
    (field) => !sameJson(edits[field], shown[field]),
  );
  useEffect(() => onDirty(catalog.key, dirty), [onDirty, catalog.key, dirty]);
  const save = () => {
    const name = { vi: local.nameVi.trim(), en: local.nameEn.trim() };
    setNameError(name.vi === '' ? t('common.required') : undefined);
    if (name.vi === '' || name.vi.length > 200 || name.en.length > 200) return;
    const sent = edits;
    saver.saveCatalogs(
      (latest) => withCatalog(latest, catalog.key, (old) => mergeCatalog(old, sent)),
      () => {
        // what was typed while the save was on its way stays an edit
        setEdits((current) => (current === sent ? {} : current));
        notifySuccess(t('templateDraftCatalogs.formSaved', { name: name.vi }));
      },
    );
  };
  const server = errorsUnder(saver, `/catalogs/${catalogs.findIndex((item) => item.key === catalog.key)}`);
  return { local, setEdits, nameError, server, dirty, save };
}

/** The item form in the form builder (lookups into the template's other catalogs) and its label fields. */
function CatalogFormFields({
  settings,
  catalog,
  catalogs,
  readOnly,
}: Pick<SettingsProps, 'catalog' | 'catalogs' | 'readOnly'> & {
  settings: ReturnType<typeof useCatalogSettings>;
}) {
  const { local, setEdits } = settings;
  const others = catalogs
    .filter((item) => item.key !== catalog.key)
    .map((item) => ({ id: item.key, name: item.name }));
  return (
    <Stack gap="sm">
      <Input.Wrapper error={settings.server.get('form')}>
        <FormBuilder
          form={local.form}
          readOnly={readOnly}
          onChange={(form) => setEdits((old) => withForm(old, catalog, form))}
          catalogs={others}
          searchCatalog={templateFormContext(catalogs).searchCatalog}
        />
      </Input.Wrapper>
      <LabelFieldsSelect
        form={local.form}
        value={local.labelFields}
        onChange={(labelFields) => setEdits((old) => ({ ...old, labelFields }))}
        disabled={readOnly}
      />
    </Stack>
  );
}

/** Names, item form and label fields, edited here and saved together; kept when refused or left unsaved. */
function CatalogSettings(props: SettingsProps) {
  const t = useDraftTabsT();
  const settings = useCatalogSettings(props);
  const { local, setEdits } = settings;
  const { readOnly } = props;
  return (
    <>
      <Section title={t('templateDraftCatalogs.section.name')}>
        <CatalogNameFields
          local={local}
          onChange={(patch: CatalogEdits) => setEdits((old) => ({ ...old, ...patch }))}
          readOnly={readOnly}
          error={settings.nameError ?? settings.server.get('name')}
        />
      </Section>
      <Section title={t('templateDraftCatalogs.section.form')}>
        <CatalogFormFields settings={settings} {...props} />
      </Section>
      {!readOnly && (
        <SaveBar
          dirty={settings.dirty}
          state={{ dirty: t('templateDraftCatalogs.formUnsaved'), clean: t('templateDraftDetails.allSaved') }}
          saveLabel={t('templateDraftCatalogs.saveForm')}
          onSave={settings.save}
          pending={props.saver.pending}
          disabled={local.labelFields.length === 0}
          testId="catalog"
        />
      )}
    </>
  );
}

/** One catalog of the template: its names, its item form with its label fields, and its sample items. */
export function CatalogEditor({ onBack, ...props }: CatalogEditorProps) {
  const t = useDraftTabsT();
  const lang = useLang();
  const { catalog } = props;
  return (
    <Stack gap="md" data-testid={`catalog-editor-${catalog.key}`}>
      <Button
        variant="subtle"
        size="md"
        w="fit-content"
        px="xs"
        leftSection={<IconArrowLeft size={18} />}
        onClick={onBack}
        data-testid="catalog-back"
      >
        {t('templateDraftCatalogs.back')}
      </Button>
      <Title order={2} size="h3">
        {t('templateDraftCatalogs.editTitle', { name: catalog.name[lang] || catalog.name.vi })}{' '}
        <Text span c="dimmed" ff="monospace" size="sm">
          {catalog.key}
        </Text>
      </Title>
      <CatalogsRefusal saver={props.saver} />
      <CatalogSettings {...props} />
      <Section title={t('templateDraftCatalogs.section.samples')}>
        <CatalogSamples {...props} />
      </Section>
    </Stack>
  );
}
