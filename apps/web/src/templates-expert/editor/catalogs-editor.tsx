import { Button, Input, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TemplateCatalog } from '@nguon/contracts/client';
import type { StageForm } from '@nguon/domain';
import { IconArrowLeft } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { keepLabelFields } from '../../catalogs/label-fields';
import { LabelFieldsSelect } from '../../catalogs/label-fields-select';
import { FormBuilder } from '../../form-builder';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { templateFormContext } from '../../templates/template-form-context';
import { notifySuccess } from '../../ui/notify';
import { withCatalog } from './catalogs-model';
import { CatalogsRefusal } from './catalogs-refusal';
import { CatalogSamples } from './catalogs-samples';
import { type CatalogsSaver, errorsUnder } from './catalogs-save';
import { forgetKept, useKeptState } from './details-kept-state';
import { SaveBar } from './details-save-bar';

/** The catalog's settings as edited here, before they are saved. */
interface CatalogLocal {
  nameVi: string;
  nameEn: string;
  form: StageForm;
  labelFields: string[];
}

const localOf = (catalog: TemplateCatalog): CatalogLocal => ({
  nameVi: catalog.name.vi,
  nameEn: catalog.name.en,
  form: catalog.form,
  labelFields: catalog.labelFields,
});

const isCatalogLocal = (value: unknown): value is CatalogLocal =>
  typeof value === 'object' && value !== null && 'form' in value && 'labelFields' in value;

interface CatalogEditorProps {
  draftId: string;
  catalog: TemplateCatalog;
  catalogs: readonly TemplateCatalog[];
  saver: CatalogsSaver;
  readOnly: boolean;
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

/**
 * One catalog of the template: its names, its item form in the form builder with its label fields (saved
 * together, kept here when refused), and its sample items.
 */
export function CatalogEditor({ draftId, catalog, catalogs, saver, readOnly, onBack }: CatalogEditorProps) {
  const t = useT();
  const lang = useLang();
  const keptKey = `${draftId}:catalog:${catalog.key}`;
  const [local, setLocal] = useKeptState<CatalogLocal>(keptKey, () => localOf(catalog), isCatalogLocal);
  const { nameVi, nameEn, form, labelFields } = local;
  const setNameVi = (value: string) => setLocal((old) => ({ ...old, nameVi: value }));
  const setNameEn = (value: string) => setLocal((old) => ({ ...old, nameEn: value }));
  const setLabelFields = (value: string[]) => setLocal((old) => ({ ...old, labelFields: value }));
  const [nameError, setNameError] = useState<string | undefined>();
  const index = catalogs.findIndex((item) => item.key === catalog.key);
  const server = errorsUnder(saver, `/catalogs/${index}`);
  const others = catalogs
    .filter((item) => item.key !== catalog.key)
    .map((item) => ({ id: item.key, name: item.name }));
  const context = templateFormContext(catalogs);
  const dirty =
    nameVi !== catalog.name.vi ||
    nameEn !== catalog.name.en ||
    !sameJson(form, catalog.form) ||
    !sameJson(labelFields, catalog.labelFields);

  const save = () => {
    const tooLong = t('templateDraftDetails.tooLong', { max: 200 });
    const problem =
      nameVi.trim() === '' ? t('common.required') : nameVi.trim().length > 200 ? tooLong : undefined;
    setNameError(problem);
    if (problem || nameEn.trim().length > 200) return;
    const name = { vi: nameVi.trim(), en: nameEn.trim() };
    saver.saveCatalogs(
      (latest) => withCatalog(latest, catalog.key, (old) => ({ ...old, name, form, labelFields })),
      () => {
        forgetKept(keptKey);
        notifySuccess(t('templateDraftCatalogs.formSaved', { name: name.vi }));
      },
    );
  };

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
      <CatalogsRefusal saver={saver} />
      <Section title={t('templateDraftCatalogs.section.name')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('templateDraftCatalogs.nameVi')}
            required
            readOnly={readOnly}
            value={nameVi}
            error={nameError ?? server.get('name')}
            onChange={(event) => setNameVi(event.currentTarget.value)}
            data-testid="catalog-name-vi"
          />
          <TextInput
            label={t('templateDraftCatalogs.nameEn')}
            readOnly={readOnly}
            value={nameEn}
            error={nameEn.trim().length > 200 ? t('templateDraftDetails.tooLong', { max: 200 }) : undefined}
            onChange={(event) => setNameEn(event.currentTarget.value)}
            data-testid="catalog-name-en"
          />
        </SimpleGrid>
      </Section>
      <Section title={t('templateDraftCatalogs.section.form')}>
        <Stack gap="sm">
          <Input.Wrapper error={server.get('form')}>
            <FormBuilder
              form={form}
              readOnly={readOnly}
              onChange={(next) =>
                setLocal((old) => ({
                  ...old,
                  form: next,
                  labelFields: keepLabelFields(old.labelFields, next),
                }))
              }
              catalogs={others}
              searchCatalog={context.searchCatalog}
            />
          </Input.Wrapper>
          <LabelFieldsSelect form={form} value={labelFields} onChange={setLabelFields} disabled={readOnly} />
        </Stack>
      </Section>
      {!readOnly && (
        <SaveBar
          dirty={dirty}
          state={{ dirty: t('templateDraftCatalogs.formUnsaved'), clean: t('templateDraftDetails.allSaved') }}
          saveLabel={t('templateDraftCatalogs.saveForm')}
          onSave={save}
          pending={saver.pending}
          disabled={labelFields.length === 0}
          testId="catalog"
        />
      )}
      <Section title={t('templateDraftCatalogs.section.samples')}>
        <CatalogSamples catalog={catalog} catalogs={catalogs} saver={saver} readOnly={readOnly} />
      </Section>
    </Stack>
  );
}
