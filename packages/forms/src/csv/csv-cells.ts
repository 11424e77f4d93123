import { foldText, type LocalizedText } from '@nguon/domain';
import type { FieldType, FormField } from '../model/form-model';

/** Field types a CSV cell can carry; media, groups and lookups need the app. */
export const csvFieldTypes: readonly FieldType[] = [
  'text',
  'longText',
  'integer',
  'number',
  'date',
  'dateTime',
  'choice',
  'multiChoice',
  'yesNo',
  'gps',
];

export type CellResult = { ok: true; value: unknown } | { ok: false; message: LocalizedText };

const fail = (vi: string, en: string): CellResult => ({ ok: false, message: { vi, en } });
const formulaStart = /^[=+\-@\t\r]/;

/** The field a header cell names: "Label (key)" as we export, the key, or a label in either language (accents and case ignored). */
export function matchCsvColumn(header: string, fields: readonly FormField[]): FormField | null {
  const text = header.replace(/^\uFEFF/, '').trim();
  const keyed = /\(([a-z][a-z0-9_]{0,39})\)$/.exec(text)?.[1];
  const byKey = fields.find((f) => f.key === (keyed ?? text));
  if (byKey) return byKey;
  const folded = foldText(text);
  return fields.find((f) => foldText(f.label.vi) === folded || foldText(f.label.en) === folded) ?? null;
}

/** "1,5", "1.5", "1.234,5", "1,234.5" and "1 234,5" all read; the last separator is the decimal one. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(compact)) return null;
  const lastSeparator = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  const whole = lastSeparator < 0 ? compact : compact.slice(0, lastSeparator).replace(/[.,]/g, '');
  const fraction = lastSeparator < 0 ? '' : compact.slice(lastSeparator + 1);
  const value = Number(fraction === '' ? whole : `${whole}.${fraction}`);
  return Number.isFinite(value) ? value : null;
}

const isCalendarDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** dd/mm/yyyy (also with - or .) or ISO yyyy-mm-dd, as ISO. */
export function parseDate(text: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d || !isCalendarDate(Number(y), Number(m), Number(d))) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** ISO date-time, or "dd/mm/yyyy hh:mm" read as Viet Nam time. */
function parseDateTime(text: string): string | null {
  const local = /^(\S+)\s+(\d{1,2}):(\d{2})$/.exec(text);
  if (local?.[1] && local[2] && local[3]) {
    const date = parseDate(local[1]);
    return date && Number(local[2]) < 24 ? `${date}T${local[2].padStart(2, '0')}:${local[3]}:00+07:00` : null;
  }
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : null;
}

const yes = new Set(['co', 'yes', 'true', '1', 'x', 'c', 'y']);
const no = new Set(['khong', 'no', 'false', '0', 'k', 'n']);

function choiceValue(field: FormField, text: string): string | null {
  const folded = foldText(text);
  const choice = field.choices.find(
    (c) => c.value === text || foldText(c.label.vi) === folded || foldText(c.label.en) === folded,
  );
  return choice?.value ?? null;
}

const choiceNames = (field: FormField) => field.choices.map((c) => c.label.vi).join(', ');

type CellParser = (field: FormField, text: string) => CellResult;

const parsers: Partial<Record<FieldType, CellParser>> = {
  text: (_f, text) => ({ ok: true, value: text }),
  longText: (_f, text) => ({ ok: true, value: text }),
  number: (_f, text) => {
    const value = parseDecimal(text);
    return value === null
      ? fail(`"${text}" không phải là số`, `"${text}" is not a number`)
      : { ok: true, value };
  },
  integer: (_f, text) => {
    const value = parseDecimal(text);
    return value === null || !Number.isInteger(value)
      ? fail(`"${text}" không phải là số nguyên`, `"${text}" is not a whole number`)
      : { ok: true, value };
  },
  date: (_f, text) => {
    const value = parseDate(text);
    return value
      ? { ok: true, value }
      : fail(`"${text}" không phải ngày dd/mm/yyyy`, `"${text}" is not a date (dd/mm/yyyy)`);
  },
  dateTime: (_f, text) => {
    const value = parseDateTime(text);
    return value
      ? { ok: true, value }
      : fail(`"${text}" không phải ngày giờ`, `"${text}" is not a date and time`);
  },
  yesNo: (_f, text) => {
    const folded = foldText(text);
    if (yes.has(folded)) return { ok: true, value: true };
    if (no.has(folded)) return { ok: true, value: false };
    return fail(`"${text}" phải là Có hoặc Không`, `"${text}" must be yes or no`);
  },
  choice: (field, text) => {
    const value = choiceValue(field, text);
    return value !== null
      ? { ok: true, value }
      : fail(
          `"${text}" không phải lựa chọn: ${choiceNames(field)}`,
          `"${text}" is not one of: ${choiceNames(field)}`,
        );
  },
  multiChoice: (field, text) => {
    const parts = text
      .split(/[;|]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const values = parts.map((part) => choiceValue(field, part));
    const bad = parts.find((_part, i) => values[i] === null);
    return bad === undefined
      ? { ok: true, value: [...new Set(values)] }
      : fail(
          `"${bad}" không phải lựa chọn: ${choiceNames(field)}`,
          `"${bad}" is not one of: ${choiceNames(field)}`,
        );
  },
  gps: (_f, text) => {
    const match = /^(-?\d+(?:\.\d+)?)\s*[,;]\s*(-?\d+(?:\.\d+)?)$/.exec(text);
    return match
      ? { ok: true, value: { lat: Number(match[1]), lon: Number(match[2]) } }
      : fail(
          `"${text}" phải là vĩ độ, kinh độ (ví dụ 21.59, 105.84)`,
          `"${text}" must be latitude, longitude (e.g. 21.59, 105.84)`,
        );
  },
};

/** The value a CSV cell gives a field; an empty cell is no value, and a quote we put before a formula is dropped. */
export function parseCsvCell(field: FormField, raw: string): CellResult | null {
  const trimmed = raw.trim();
  const text = trimmed.startsWith("'") && formulaStart.test(trimmed.slice(1)) ? trimmed.slice(1) : trimmed;
  if (text === '') return null;
  const parser = parsers[field.type];
  if (!parser) return fail('trường này không nhập được từ CSV', 'this field cannot be imported from CSV');
  return parser(field, text);
}
