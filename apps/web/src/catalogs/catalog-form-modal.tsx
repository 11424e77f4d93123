import { Alert, Button, Group, Input, Stack } from '@mantine/core';
import { ApiError, type CatalogView } from '@nguon/contracts/client';
import type { StageForm } from '@nguon/domain';
import { useState } from 'react';
import { FormBuilder } from '../form-builder';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { useIsMobile } from '../ui/use-is-mobile';
import { useUpdateCatalog } from './catalog-api';
import { keepLabelFields } from './label-fields';
import { LabelFieldsSelect } from './label-fields-select';
import { searchCatalogItems, useCatalogOptions } from './use-catalog-options';

/** Edits a catalog's item form and label fields as a new revision; a stale revision shows the server's message. */
export function CatalogFormModal({ catalog, onClose }: { catalog: CatalogView; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const update = useUpdateCatalog(catalog.id);
  const catalogs = useCatalogOptions().filter((option) => option.id !== catalog.id);
  const [form, setForm] = useState<StageForm>(catalog.form);
  const [labelFields, setLabelFields] = useState<string[]>(catalog.labelFields);
  const [conflict, setConflict] = useState<string | null>(null);

  const save = () =>
    update.mutate(
      { revision: catalog.revision, form, labelFields },
      {
        onSuccess: (saved) => {
          notifySuccess(t('catalogs.formSaved', { revision: saved.revision }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'EDIT_CONFLICT') setConflict(error.problem.detail);
          else notifyProblem(error, t);
        },
      },
    );

  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('catalogs.editFormTitle', { name: catalog.name[lang] || catalog.name.vi })}
      size="xl"
      fullScreen={isMobile}
    >
      <Stack>
        {conflict && (
          <Alert color="orange" role="alert" data-testid="catalog-form-conflict">
            {conflict}
          </Alert>
        )}
        <Input.Wrapper label={t('catalogs.itemForm')}>
          <FormBuilder
            form={form}
            onChange={(next) => {
              setForm(next);
              setLabelFields((chosen) => keepLabelFields(chosen, next));
            }}
            catalogs={catalogs}
            searchCatalog={searchCatalogItems}
          />
        </Input.Wrapper>
        <LabelFieldsSelect form={form} value={labelFields} onChange={setLabelFields} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={save}
            loading={update.isPending}
            disabled={labelFields.length === 0}
            data-testid="catalog-form-save"
          >
            {t('catalogs.editFormSave')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
