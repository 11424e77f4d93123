import { fieldCapabilities } from '../model/field-capabilities';
import type { FormField } from '../model/form-model';
import { checkPattern } from './pattern-safety';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (what ajv-formats' `date` accepts). */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const within = (n: number, min: number | null, max: number | null) =>
  (min === null || n >= min) && (max === null || n <= max);

function stringDefaultFits(field: FormField, value: string): boolean {
  // JSON Schema counts code points, not UTF-16 units.
  if (!within([...value].length, field.min, field.max ?? fieldCapabilities[field.type].defaultMax))
    return false;
  if (field.type !== 'text' || !field.pattern || checkPattern(field.pattern)) return true;
  return new RegExp(field.pattern, 'u').test(value);
}

/** Why a field's default would fail its own schema, or null when it fits (or there is none). */
export function defaultValueFault(field: FormField): 'type' | 'range' | null {
  const value = field.defaultValue;
  if (value === null) return null;
  switch (fieldCapabilities[field.type].defaultKind) {
    case 'string':
      if (typeof value !== 'string') return 'type';
      return stringDefaultFits(field, value) ? null : 'range';
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'type';
      if (field.type === 'integer' && !Number.isInteger(value)) return 'type';
      return within(value, field.min, field.max) ? null : 'range';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'type';
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : 'type';
    case 'choice':
      return field.choices.some((choice) => choice.value === value) ? null : 'range';
    case null:
      return 'type';
  }
}
