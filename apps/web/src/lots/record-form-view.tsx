import { Box } from '@mantine/core';
import type { StageForm } from '@nguon/domain';
import { serverRendererContext } from '../catalogs/file-upload';
import { StageFormView } from '../form-renderer';
import { useLang } from '../i18n/lang-store';
import type { RecordFormState } from './use-record-form';

interface RecordFormViewProps {
  state: RecordFormState;
  form: StageForm;
  onSubmit: (data: unknown) => void;
  testId: string;
}

/** A stage form being filled on a lot screen: data, server messages and submit come from `useRecordForm`. */
export function RecordFormView({ state, form, onSubmit, testId }: RecordFormViewProps) {
  const lang = useLang();
  return (
    <Box ref={state.formBox} className="nguon-lot-form" data-testid={testId}>
      <StageFormView
        form={form}
        lang={lang}
        formData={state.formData}
        onChange={state.setFormData}
        onSubmit={onSubmit}
        context={serverRendererContext}
        serverErrors={state.formErrors}
      />
    </Box>
  );
}
