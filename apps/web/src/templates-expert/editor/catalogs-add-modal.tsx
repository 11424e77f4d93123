import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { TemplateCatalog } from '@nguon/contracts/client';
import { useState } from 'react';
import { AppModal } from '../../ui/app-modal';
import { notifySuccess } from '../../ui/notify';
import { catalogKeyFault, newTemplateCatalog } from './catalogs-model';
import { CatalogsRefusal } from './catalogs-refusal';
import type { CatalogsSaver } from './catalogs-save';
import { type DraftTabsTranslate, useDraftTabsT } from './editor-messages';

interface CatalogAddModalProps {
  catalogs: readonly TemplateCatalog[];
  saver: CatalogsSaver;
  onClose: () => void;
  onAdded: (key: string) => void;
}

type AddField = 'key' | 'nameVi' | 'nameEn';
type AddErrors = Partial<Record<AddField, string>>;

/** What the server would refuse in a new catalog, said before sending it. */
function newCatalogErrors(
  form: Record<AddField, string>,
  catalogs: readonly TemplateCatalog[],
  t: DraftTabsTranslate,
): AddErrors {
  const found: AddErrors = {};
  const key = form.key.trim();
  const fault = catalogKeyFault(key, catalogs);
  if (fault === 'pattern') found.key = t('templateDraftCatalogs.keyPattern');
  if (fault === 'taken') found.key = t('templateDraftCatalogs.keyTaken', { key });
  if (form.nameVi.trim() === '') found.nameVi = t('common.required');
  else if (form.nameVi.trim().length > 200) found.nameVi = t('templateDraftDetails.tooLong', { max: 200 });
  if (form.nameEn.trim().length > 200) found.nameEn = t('templateDraftDetails.tooLong', { max: 200 });
  return found;
}

/** The catalog's key, typed as is (no capitals or corrections); a change clears its error. */
function CatalogKeyInput({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (key: string) => void;
}) {
  const t = useDraftTabsT();
  return (
    <TextInput
      label={t('templateDraftCatalogs.key')}
      description={t('templateDraftCatalogs.keyHint')}
      required
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid="catalog-add-key"
    />
  );
}

/** The catalog's names: Vietnamese required, English when known. */
function CatalogNameInputs({
  form,
  errors,
  onChange,
}: {
  form: Record<AddField, string>;
  errors: AddErrors;
  onChange: (form: Record<AddField, string>) => void;
}) {
  const t = useDraftTabsT();
  return (
    <>
      <TextInput
        label={t('templateDraftCatalogs.nameVi')}
        required
        value={form.nameVi}
        error={errors.nameVi}
        onChange={(event) => onChange({ ...form, nameVi: event.currentTarget.value })}
        data-testid="catalog-add-name-vi"
      />
      <TextInput
        label={t('templateDraftCatalogs.nameEn')}
        value={form.nameEn}
        error={errors.nameEn}
        onChange={(event) => onChange({ ...form, nameEn: event.currentTarget.value })}
        data-testid="catalog-add-name-en"
      />
    </>
  );
}

/** A new catalog of the template: its key (what forms point at) and its names; the form starts with a name field. */
export function CatalogAddModal({ catalogs, saver, onClose, onAdded }: CatalogAddModalProps) {
  const t = useDraftTabsT();
  const [form, setForm] = useState<Record<AddField, string>>({ key: '', nameVi: '', nameEn: '' });
  const [errors, setErrors] = useState<AddErrors>({});
  const create = () => {
    const found = newCatalogErrors(form, catalogs, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const catalog = newTemplateCatalog(form.key.trim(), { vi: form.nameVi.trim(), en: form.nameEn.trim() });
    saver.saveCatalogs(
      (latest) => [...latest, catalog],
      () => {
        notifySuccess(t('templateDraftCatalogs.created', { name: catalog.name.vi }));
        onAdded(catalog.key);
      },
    );
  };
  const typeKey = (key: string) => {
    setForm((old) => ({ ...old, key }));
    setErrors((old) => ({ ...old, key: undefined }));
  };
  return (
    <AppModal opened onClose={onClose} title={t('templateDraftCatalogs.addTitle')}>
      <Stack gap="sm">
        <CatalogsRefusal saver={saver} />
        <CatalogKeyInput value={form.key} error={errors.key} onChange={typeKey} />
        <CatalogNameInputs form={form} errors={errors} onChange={setForm} />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button size="md" onClick={create} loading={saver.pending} data-testid="catalog-add-submit">
            {t('templateDraftCatalogs.create')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
