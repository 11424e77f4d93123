import type { StageForm } from '@nguon/domain';
import { useState } from 'react';
import { CatalogCreateModal } from '../../catalogs/catalog-create-modal';
import { searchCatalogItems, useCatalogOptions } from '../../catalogs/use-catalog-options';
import { FormBuilder } from '../../form-builder';

interface StageFormTabProps {
  form: StageForm;
  readOnly: boolean;
  onChange: (form: StageForm) => void;
}

/** The stage's form in the form builder; its edits go through the designer's history like any other.
 * A lookup field's catalog can be created from here, in the catalogs' own creation dialog. */
export function StageFormTab({ form, readOnly, onChange }: StageFormTabProps) {
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
