import { Button, Group, Stack, TextInput } from '@mantine/core';
import { ApiError } from '@nguon/contracts/client';
import { type ProductType, templateKeyPattern } from '@nguon/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../api/problems';
import { useT } from '../i18n/use-t';
import { ProductTypeSelect, parseProductType } from '../processes/list/product-type-select';
import { AppModal } from '../ui/app-modal';
import { notifyProblem } from '../ui/notify';
import { useEditorT } from './editor/editor-messages';
import { useCreateTemplateDraft } from './editor/template-draft-api';

const keyPattern = new RegExp(templateKeyPattern);
const emptyForm = { key: '', productType: null as ProductType | null, vi: '', en: '' };

/** The mistakes the dialog catches before asking the server; each names the field it is about. */
function formErrors(form: typeof emptyForm) {
  return {
    key: keyPattern.test(form.key) ? null : ('templateEditor.keyInvalid' as const),
    productType: form.productType ? null : ('templateEditor.productTypeRequired' as const),
    vi: form.vi.trim() !== '' ? null : ('templateEditor.nameRequired' as const),
  };
}

/** A new template from nothing: its key, product type and name; it opens in the editor at once. */
export function NewTemplateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const te = useEditorT();
  const navigate = useNavigate();
  const create = useCreateTemplateDraft();
  const [form, setForm] = useState(emptyForm);
  const [tried, setTried] = useState(false);
  const errors = formErrors(form);
  const server = fieldErrorsOf(create.error, ['key', 'productType', 'name']);
  const taken = create.error instanceof ApiError && create.error.code === 'TEMPLATE_KEY_TAKEN';
  const shown = (key: keyof typeof errors) => (tried && errors[key] ? te(errors[key]) : undefined);
  const close = () => {
    setForm(emptyForm);
    setTried(false);
    create.reset();
    onClose();
  };
  const submit = () => {
    setTried(true);
    const { productType } = form;
    if (errors.key || errors.vi || !productType) return;
    create.mutate(
      { key: form.key, productType, name: { vi: form.vi.trim(), en: form.en.trim() } },
      {
        onSuccess: (draft) => navigate(`/templates/manage/drafts/${draft.id}`),
        onError: (error) => {
          if (Object.keys(fieldErrorsOf(error, ['key', 'productType', 'name'])).length === 0)
            notifyProblem(error, t);
        },
      },
    );
  };
  return (
    <AppModal opened={opened} onClose={close} title={te('templateEditor.createTitle')}>
      <Stack gap="sm">
        <TextInput
          label={te('templateEditor.key')}
          description={te('templateEditor.keyHelp')}
          required
          value={form.key}
          onChange={(event) => setForm({ ...form, key: event.currentTarget.value.trim() })}
          error={
            shown('key') ??
            server.key ??
            (taken && create.error instanceof ApiError ? create.error.problem.detail : undefined)
          }
          autoCapitalize="none"
          spellCheck={false}
          data-testid="new-template-key"
        />
        <ProductTypeSelect
          label={te('templateEditor.productType')}
          required
          value={form.productType}
          onChange={(value) => setForm({ ...form, productType: parseProductType(value) })}
          error={shown('productType') ?? server.productType}
          data-testid="new-template-type"
        />
        <TextInput
          label={te('templateEditor.nameVi')}
          required
          value={form.vi}
          onChange={(event) => setForm({ ...form, vi: event.currentTarget.value })}
          error={shown('vi') ?? server.name}
          data-testid="new-template-name-vi"
        />
        <TextInput
          label={te('templateEditor.nameEn')}
          value={form.en}
          onChange={(event) => setForm({ ...form, en: event.currentTarget.value })}
          data-testid="new-template-name-en"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" mih={44} onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button mih={44} loading={create.isPending} onClick={submit} data-testid="new-template-submit">
            {te('templateEditor.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
