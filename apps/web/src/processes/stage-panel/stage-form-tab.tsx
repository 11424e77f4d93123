import type { StageForm } from '@nguon/domain';
import { searchCatalogItems, useCatalogOptions } from '../../catalogs/use-catalog-options';
import { FormBuilder } from '../../form-builder';

interface StageFormTabProps {
  form: StageForm;
  readOnly: boolean;
  onChange: (form: StageForm) => void;
}

/** The stage's form in the form builder; its edits go through the designer's history like any other. */
export function StageFormTab({ form, readOnly, onChange }: StageFormTabProps) {
  const catalogs = useCatalogOptions();
  return (
    <FormBuilder
      form={form}
      onChange={onChange}
      readOnly={readOnly}
      catalogs={catalogs}
      searchCatalog={searchCatalogItems}
    />
  );
}
