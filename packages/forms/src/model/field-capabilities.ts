import type { FieldType } from './form-model';

/** What `min`/`max` bound for a field type. */
export type LimitKind = 'length' | 'value' | 'items';
/** The value type a field's default must have. */
export type DefaultKind = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'choice';

export interface FieldCapabilities {
  limits: LimitKind | null;
  /** `max` applied when the builder leaves it empty. */
  defaultMax: number | null;
  defaultKind: DefaultKind | null;
  pattern: boolean;
  unit: boolean;
  choices: boolean;
  catalog: boolean;
  subFields: boolean;
  /** Headings hold no value, so they cannot be required. */
  canBeRequired: boolean;
  /** A rule may test this field's value (`when`). */
  canBeCondition: boolean;
  /** May appear inside a group row. */
  inGroup: boolean;
}

const none: FieldCapabilities = {
  limits: null,
  defaultMax: null,
  defaultKind: null,
  pattern: false,
  unit: false,
  choices: false,
  catalog: false,
  subFields: false,
  canBeRequired: true,
  canBeCondition: false,
  inGroup: true,
};

export const fieldCapabilities: Readonly<Record<FieldType, FieldCapabilities>> = {
  text: {
    ...none,
    limits: 'length',
    defaultMax: 500,
    defaultKind: 'string',
    pattern: true,
    canBeCondition: true,
  },
  longText: { ...none, limits: 'length', defaultMax: 5000, defaultKind: 'string' },
  integer: { ...none, limits: 'value', defaultKind: 'integer', canBeCondition: true },
  number: { ...none, limits: 'value', defaultKind: 'number', unit: true },
  date: { ...none, defaultKind: 'date' },
  dateTime: none,
  choice: { ...none, defaultKind: 'choice', choices: true, canBeCondition: true },
  multiChoice: { ...none, limits: 'items', choices: true },
  yesNo: { ...none, defaultKind: 'boolean', canBeCondition: true },
  catalog: { ...none, catalog: true },
  photos: { ...none, limits: 'items', defaultMax: 10 },
  gps: none,
  signature: none,
  file: none,
  group: { ...none, limits: 'items', subFields: true, inGroup: false },
  heading: { ...none, canBeRequired: false, inGroup: false },
};

/** Field keys: `[a-z][a-z0-9_]{0,39}` (never `__proto__` and friends). */
export const fieldKeyPattern = /^[a-z][a-z0-9_]{0,39}$/;
/** Choice values: `[a-z0-9_-]{1,60}`. */
export const choiceValuePattern = /^[a-z0-9_-]{1,60}$/;
/** Uploaded file ids (photos, signature, file). */
export const fileIdPattern = '^[A-Za-z0-9_-]{8,64}$';
/** Most fields a form may hold, sub-fields included. */
export const maxFormFields = 300;
/** rjsf shows radio buttons up to this many choices, a select above. */
export const maxRadioChoices = 5;
