import { Button, Group, Input, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { StageForm } from '@nguon/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormBuilder } from '../form-builder';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { requireText, useFormState } from '../ui/use-form-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { useCreateCatalog } from './catalog-api';
import {
  blankCatalogForm,
  type CatalogTemplateKind,
  catalogTemplate,
  catalogTemplateKinds,
} from './catalog-templates';
import { keepLabelFields } from './label-fields';
import { LabelFieldsSelect } from './label-fields-select';
import { searchCatalogItems, useCatalogOptions } from './use-catalog-options';

type TemplateChoice = CatalogTemplateKind | 'blank';

function TemplatePicker({
  value,
  onChange,
}: {
  value: TemplateChoice;
  onChange: (kind: TemplateChoice) => void;
}) {
  const t = useT();
  const kinds: TemplateChoice[] = ['blank', ...catalogTemplateKinds];
  return (
    <Input.Wrapper label={t('catalogs.templateLabel')} description={t('catalogs.templateHint')}>
      <Group gap="xs" mt={6}>
        {kinds.map((kind) => (
          <Button
            key={kind}
            variant={value === kind ? 'filled' : 'default'}
            aria-pressed={value === kind}
            onClick={() => onChange(kind)}
            radius="xl"
            data-testid={`catalog-template-${kind}`}
          >
            {t(`catalogs.template.${kind}`)}
          </Button>
        ))}
      </Group>
    </Input.Wrapper>
  );
}

interface CatalogCreateModalProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new catalog instead of opening it (when created from a form's lookup field). */
  onCreated?: (catalog: { id: string }) => void;
}

/** An owner defines a catalog: its names, its item form (a template to start from) and its label fields. */
export function CatalogCreateModal({ opened, onClose, onCreated }: CatalogCreateModalProps) {
  const t = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const create = useCreateCatalog();
  const catalogs = useCatalogOptions();
  const [template, setTemplate] = useState<TemplateChoice>('blank');
  const [form, setForm] = useState<StageForm>(() => blankCatalogForm().form);
  const [labelFields, setLabelFields] = useState<string[]>(['ten']);
  const state = useFormState({ nameVi: '', nameEn: '' }, (values, translate) => ({
    nameVi: requireText(values.nameVi, translate),
  }));

  const pickTemplate = (kind: TemplateChoice) => {
    const chosen = kind === 'blank' ? blankCatalogForm() : catalogTemplate(kind);
    setTemplate(kind);
    setForm(chosen.form);
    setLabelFields(chosen.labelFields);
    if (kind !== 'blank' && state.values.nameVi.trim() === '') {
      state.setField('nameVi', chosen.name.vi);
      state.setField('nameEn', chosen.name.en);
    }
  };

  const changeForm = (next: StageForm) => {
    setForm(next);
    setLabelFields((chosen) => keepLabelFields(chosen, next));
  };

  const submit = state.onSubmit((values) => {
    create.mutate(
      { name: { vi: values.nameVi.trim(), en: values.nameEn.trim() }, form, labelFields },
      {
        onSuccess: (catalog) => {
          notifySuccess(t('catalogs.created', { name: catalog.name.vi }));
          onClose();
          if (onCreated) onCreated(catalog);
          else navigate(`/catalogs/${catalog.id}`);
        },
        onError: state.showServerError,
      },
    );
  });

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('catalogs.createTitle')}
      size="xl"
      fullScreen={isMobile}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TemplatePicker value={template} onChange={pickTemplate} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('catalogs.nameVi')}
              required
              data-autofocus
              {...state.textProps('nameVi')}
              data-testid="catalog-name-vi"
            />
            <TextInput
              label={t('catalogs.nameEn')}
              description={t('catalogs.nameEnHint')}
              {...state.textProps('nameEn')}
              data-testid="catalog-name-en"
            />
          </SimpleGrid>
          <Input.Wrapper label={t('catalogs.itemForm')}>
            <FormBuilder
              key={template}
              form={form}
              onChange={changeForm}
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
              type="submit"
              loading={create.isPending}
              disabled={labelFields.length === 0}
              data-testid="catalog-create-submit"
            >
              {t('catalogs.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
