import type { LocalizedText } from '@nguon/domain';
import { fieldCapabilities } from './field-capabilities';
import type { FieldChoice, FieldType, FormField, FormModel } from './form-model';

// no English: until the owner writes one, it follows the Vietnamese label they type over these
const starterChoices = (): FieldChoice[] => [
  { value: 'lua_chon_1', label: { vi: 'Lựa chọn 1', en: '' } },
  { value: 'lua_chon_2', label: { vi: 'Lựa chọn 2', en: '' } },
];

/** A field as the builder palette adds it: optional, private, the type's usual limits. */
export function newFormField(type: FieldType, key: string, label: LocalizedText): FormField {
  const capabilities = fieldCapabilities[type];
  return {
    key,
    type,
    label: { vi: label.vi, en: label.en },
    help: { vi: '', en: '' },
    required: false,
    public: false,
    min: null,
    max: capabilities.defaultMax,
    pattern: null,
    unit: null,
    defaultValue: null,
    choices: capabilities.choices ? starterChoices() : [],
    catalogId: null,
    fields: [],
  };
}

export function emptyFormModel(): FormModel {
  return { fields: [], rules: [] };
}
