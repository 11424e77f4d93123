import type { StageForm } from '@nguon/domain';
import { compileFormModel, emptyFormModel, type FormModel, parseFormSchema } from '@nguon/forms';
import { useState } from 'react';
import { vi } from 'vitest';
import { renderWithForms } from '../form-renderer/test-utils';
import { FormBuilder, type FormBuilderCatalog } from './form-builder';

interface HostProps {
  initial?: StageForm;
  readOnly?: boolean;
  catalogs?: FormBuilderCatalog[];
  onChange: (form: StageForm) => void;
}

/** The designer's side of the contract: it keeps the form and passes it back. */
function Host({ initial, readOnly, catalogs = [], onChange }: HostProps) {
  const [form, setForm] = useState<StageForm>(initial ?? compileFormModel(emptyFormModel()));
  return (
    <FormBuilder
      form={form}
      readOnly={readOnly}
      catalogs={catalogs}
      onChange={(next) => {
        setForm(next);
        onChange(next);
      }}
    />
  );
}

export function renderBuilder(props: Omit<HostProps, 'onChange'> = {}) {
  const onChange = vi.fn<(form: StageForm) => void>();
  const view = renderWithForms(<Host {...props} onChange={onChange} />);
  const lastForm = (): StageForm => {
    const form = onChange.mock.calls.at(-1)?.[0];
    if (!form) throw new Error('the builder never called onChange');
    return form;
  };
  /** The last emitted form, read back as the server would. */
  const lastModel = (): FormModel => {
    const { schema, uiSchema } = lastForm();
    const parsed = parseFormSchema(schema, uiSchema);
    if (!parsed.ok) throw new Error(`emitted a form that does not parse: ${JSON.stringify(parsed.problems)}`);
    return parsed.model;
  };
  return { ...view, onChange, lastForm, lastModel };
}
