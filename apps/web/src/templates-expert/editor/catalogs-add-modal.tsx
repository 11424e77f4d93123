import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { TemplateCatalog } from '@nguon/contracts/client';
import { useState } from 'react';
import { AppModal } from '../../ui/app-modal';
import { notifySuccess } from '../../ui/notify';
import { catalogKeyFault, newTemplateCatalog } from './catalogs-model';
import { CatalogsRefusal } from './catalogs-refusal';
import type { CatalogsSaver } from './catalogs-save';
import { useDraftTabsT } from './editor-messages';

interface CatalogAddModalProps {
  catalogs: readonly TemplateCatalog[];
  saver: CatalogsSaver;
  onClose: () => void;
  onAdded: (key: string) => void;
}

/** A new catalog of the template: its key (what forms point at) and its names; the form starts with a name field. */
export function CatalogAddModal({ catalogs, saver, onClose, onAdded }: CatalogAddModalProps) {
  const t = useDraftTabsT();
  const [key, setKey] = useState('');
  const [nameVi, setNameVi] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'key' | 'nameVi' | 'nameEn', string>>>({});

  const create = () => {
    const found: typeof errors = {};
    const fault = catalogKeyFault(key.trim(), catalogs);
    if (fault === 'pattern') found.key = t('templateDraftCatalogs.keyPattern');
    if (fault === 'taken') found.key = t('templateDraftCatalogs.keyTaken', { key: key.trim() });
    if (nameVi.trim() === '') found.nameVi = t('common.required');
    else if (nameVi.trim().length > 200) found.nameVi = t('templateDraftDetails.tooLong', { max: 200 });
    if (nameEn.trim().length > 200) found.nameEn = t('templateDraftDetails.tooLong', { max: 200 });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const catalog = newTemplateCatalog(key.trim(), { vi: nameVi.trim(), en: nameEn.trim() });
    saver.saveCatalogs(
      (latest) => [...latest, catalog],
      () => {
        notifySuccess(t('templateDraftCatalogs.created', { name: catalog.name.vi }));
        onAdded(catalog.key);
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('templateDraftCatalogs.addTitle')}>
      <Stack gap="sm">
        <CatalogsRefusal saver={saver} />
        <TextInput
          label={t('templateDraftCatalogs.key')}
          description={t('templateDraftCatalogs.keyHint')}
          required
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={key}
          error={errors.key}
          onChange={(event) => {
            setKey(event.currentTarget.value);
            setErrors((old) => ({ ...old, key: undefined }));
          }}
          data-testid="catalog-add-key"
        />
        <TextInput
          label={t('templateDraftCatalogs.nameVi')}
          required
          value={nameVi}
          error={errors.nameVi}
          onChange={(event) => setNameVi(event.currentTarget.value)}
          data-testid="catalog-add-name-vi"
        />
        <TextInput
          label={t('templateDraftCatalogs.nameEn')}
          value={nameEn}
          error={errors.nameEn}
          onChange={(event) => setNameEn(event.currentTarget.value)}
          data-testid="catalog-add-name-en"
        />
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
