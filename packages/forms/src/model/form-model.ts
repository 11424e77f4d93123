import type { LocalizedText } from '@nguon/domain';

/**
 * The form builder's model of one stage (or catalog) form. It compiles to JSON Schema 2020-12 +
 * UI schema (`compileFormModel`) and is parsed back from them (`parseFormSchema`); the round trip
 * is lossless for everything the builder can express.
 */

export const fieldTypes = [
  'text',
  'longText',
  'integer',
  'number',
  'date',
  'dateTime',
  'choice',
  'multiChoice',
  'yesNo',
  'catalog',
  'photos',
  'gps',
  'signature',
  'file',
  'group',
  'heading',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export interface FieldChoice {
  /** Stored value, `[a-z0-9_-]{1,60}`. */
  value: string;
  label: LocalizedText;
}

export interface FormField {
  /** Property name in the record, `[a-z][a-z0-9_]{0,39}`, unique among its siblings. */
  key: string;
  type: FieldType;
  label: LocalizedText;
  help: LocalizedText;
  required: boolean;
  /** Shown on the consumer page; private by default. */
  public: boolean;
  /** text/longText: length; integer/number: value; multiChoice/photos/group: item count. */
  min: number | null;
  max: number | null;
  /** text only: a regular expression the value must match. */
  pattern: string | null;
  /** number only: a unit code from `units`. */
  unit: string | null;
  /** text, longText, integer, number, choice, yesNo, date: a default of the field's value type. */
  defaultValue: string | number | boolean | null;
  /** choice and multiChoice. */
  choices: FieldChoice[];
  /** catalog only: the catalog's id. */
  catalogId: string | null;
  /** group only: the sub-fields of each row (no nested groups). */
  fields: FormField[];
}

/** "When field `when` equals `equals`, show and/or require the `targets`." */
export interface ConditionalRule {
  id: string;
  when: string;
  equals: string | number | boolean;
  effect: 'show' | 'require' | 'showAndRequire';
  targets: string[];
}

export interface FormModel {
  fields: FormField[];
  rules: ConditionalRule[];
}
