import {
  type ConditionalRule,
  type FieldType,
  type FormField,
  type FormModel,
  newFormField,
} from '@nguon/forms';
import { useState } from 'react';
import { translate } from '../i18n/use-t';
import { fieldKeyFromLabel, uniqueFieldKey } from './field-keys';
import { fieldTypeName } from './field-types';
import {
  duplicateField,
  editField,
  type FieldPath,
  findField,
  insertField,
  moveField,
  removeField,
  replaceField,
  samePath,
  takenKeys,
} from './model-ops';

/** A new field named after its type in Vietnamese ("Số nguyên"), keyed from the name; its English follows
 * the Vietnamese the owner types until they write one (a typed English name would never follow). */
export function fieldForPalette(model: FormModel, type: FieldType, group: string | null): FormField {
  const label = { vi: translate('vi', fieldTypeName(type)), en: '' };
  return newFormField(type, uniqueFieldKey(fieldKeyFromLabel(label.vi), takenKeys(model, group)), label);
}

/** The builder's edits as model operations, and which field is selected. A new catalog field starts with
 * no catalog: the owner chooses one (the field shows a problem until then), never silently the first. */
export function useBuilderActions(model: FormModel, change: (next: FormModel) => void) {
  const [selectedPath, setSelected] = useState<FieldPath | null>(null);
  const [deleting, setDeleting] = useState<FieldPath | null>(null);
  // after an undo the selected field may be gone
  const selected = selectedPath && findField(model, selectedPath) ? selectedPath : null;

  const add = (type: FieldType, group: string | null) => {
    const field = fieldForPalette(model, type, group);
    const after = group === null ? (selected?.group ?? selected?.key ?? null) : null;
    change(insertField(model, group, field, after));
    setSelected({ group, key: field.key });
  };
  const update = (path: FieldPath, next: FormField) => {
    const edited = editField(model, path, next);
    change(edited.model);
    setSelected(edited.path);
  };
  const rename = (path: FieldPath, key: string) => {
    const field = findField(model, path);
    if (!field) return;
    change(replaceField(model, path, { ...field, key }));
    setSelected({ group: path.group, key });
  };
  const duplicate = (path: FieldPath) => {
    const copied = duplicateField(model, path);
    change(copied.model);
    setSelected(copied.path);
  };
  const confirmDelete = () => {
    if (!deleting) return;
    change(removeField(model, deleting));
    if (samePath(selected, deleting) || (deleting.group === null && selected?.group === deleting.key))
      setSelected(null);
    setDeleting(null);
  };
  return {
    selected,
    select: setSelected,
    add,
    update,
    rename,
    duplicate,
    move: (group: string | null, from: number, to: number) => change(moveField(model, group, from, to)),
    setRules: (rules: ConditionalRule[]) => change({ ...model, rules }),
    deleting,
    askDelete: setDeleting,
    cancelDelete: () => setDeleting(null),
    confirmDelete,
  };
}

export type BuilderActions = ReturnType<typeof useBuilderActions>;
