import type { StageForm } from '@nguon/domain';
import { useState } from 'react';
import { CatalogCreateModal } from '../../catalogs/catalog-create-modal';
import { searchCatalogItems, useCatalogOptions } from '../../catalogs/use-catalog-options';
import { FormBuilder } from '../../form-builder';
import { type FormCatalogSource, useFormCatalogSource } from './form-catalog-source';

interface StageFormTabProps {
  form: StageForm;
  readOnly: boolean;
  onChange: (form: StageForm) => void;
}

/** The stage's form in the form builder; its edits go through the designer's history like any other.
 * Its lookups pick the tenant's catalogs, or the ones the designer's source gives (a template's, by key). */
export function StageFormTab(props: StageFormTabProps) {
  const source = useFormCatalogSource();
  return source ? <SourceFormTab {...props} source={source} /> : <TenantFormTab {...props} />;
}

function SourceFormTab({
  form,
  readOnly,
  onChange,
  source,
}: StageFormTabProps & { source: FormCatalogSource }) {
  const { onCreateCatalog } = source;
  return (
    <FormBuilder
      form={form}
      onChange={onChange}
      readOnly={readOnly}
      catalogs={source.catalogs}
      onCreateCatalog={onCreateCatalog ? () => onCreateCatalog() : undefined}
      searchCatalog={source.searchCatalog}
    />
  );
}

/** A lookup field's catalog can be created from here, in the catalogs' own creation dialog. */
function TenantFormTab({ form, readOnly, onChange }: StageFormTabProps) {
  const catalogs = useCatalogOptions();
  // the builder's callback for the field that asked, kept while the dialog is open
  const [creating, setCreating] = useState<{ chosen: (catalogId: string) => void } | null>(null);
  return (
    <>
      <FormBuilder
        form={form}
        onChange={onChange}
        readOnly={readOnly}
        catalogs={catalogs}
        onCreateCatalog={(chosen) => setCreating({ chosen })}
        searchCatalog={searchCatalogItems}
      />
      <CatalogCreateModal
        opened={creating !== null}
        onClose={() => setCreating(null)}
        onCreated={(catalog) => creating?.chosen(catalog.id)}
      />
    </>
  );
}
