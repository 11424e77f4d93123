import { foldText } from '@nguon/domain';
import type { FieldType, FormField } from '../model/form-model';
import { readTypedNumber, type TypedNumberProblem } from '../numbers/typed-number';

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

/** Why a cell does not read, as a code and the cell's text; contracts words it (`csvCell.<code>`). */
export type CsvCellProblem =
  | {
      code:
        | TypedNumberProblem
        | 'notDate'
        | 'notDateTime'
        | 'notYesNo'
        | 'notGps'
        | 'notImportable'
        | 'nul'
        | 'loneSurrogate';
      text: string;
    }
  | { code: 'notChoice'; text: string; choices: string };

export type CellResult = { ok: true; value: unknown } | { ok: false; problem: CsvCellProblem };

const fail = (problem: CsvCellProblem): CellResult => ({ ok: false, problem });
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

/** A number cell reads by the rule of every number box (docs/numbers.md): "1.000" is refused, not guessed. */
function numberCell(text: string, kind: 'decimal' | 'whole'): CellResult {
  const read = readTypedNumber(text, kind);
  return read.status === 'number'
    ? { ok: true, value: read.value }
    : fail({ code: read.status === 'refused' ? read.problem : 'notNumber', text });
}

const parsers: Partial<Record<FieldType, CellParser>> = {
  text: (_f, text) => ({ ok: true, value: text }),
  longText: (_f, text) => ({ ok: true, value: text }),
  number: (_f, text) => numberCell(text, 'decimal'),
  integer: (_f, text) => numberCell(text, 'whole'),
  date: (_f, text) => {
    const value = parseDate(text);
    return value ? { ok: true, value } : fail({ code: 'notDate', text });
  },
  dateTime: (_f, text) => {
    const value = parseDateTime(text);
    return value ? { ok: true, value } : fail({ code: 'notDateTime', text });
  },
  yesNo: (_f, text) => {
    const folded = foldText(text);
    if (yes.has(folded)) return { ok: true, value: true };
    if (no.has(folded)) return { ok: true, value: false };
    return fail({ code: 'notYesNo', text });
  },
  choice: (field, text) => {
    const value = choiceValue(field, text);
    return value !== null
      ? { ok: true, value }
      : fail({ code: 'notChoice', text, choices: choiceNames(field) });
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
      : fail({ code: 'notChoice', text: bad, choices: choiceNames(field) });
  },
  gps: (_f, text) => {
    const match = /^(-?\d+(?:\.\d+)?)\s*[,;]\s*(-?\d+(?:\.\d+)?)$/.exec(text);
    return match
      ? { ok: true, value: { lat: Number(match[1]), lon: Number(match[2]) } }
      : fail({ code: 'notGps', text });
  },
};

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text no database stores as written (NUL; half a UTF-16 pair, stored as U+FFFD): the cell shown with the bad characters escaped. */
function unstorableCell(text: string): CsvCellProblem | null {
  const shown = (t: string) =>
    t.replaceAll('\u0000', '\\u0000').replace(loneSurrogate, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  if (text.includes('\u0000')) return { code: 'nul', text: shown(text) };
  return text.search(loneSurrogate) >= 0 ? { code: 'loneSurrogate', text: shown(text) } : null;
}

/** The value a CSV cell gives a field; an empty cell is no value, and a quote we put before a formula is dropped. */
export function parseCsvCell(field: FormField, raw: string): CellResult | null {
  const trimmed = raw.trim();
  const text = trimmed.startsWith("'") && formulaStart.test(trimmed.slice(1)) ? trimmed.slice(1) : trimmed;
  if (text === '') return null;
  const unstorable = unstorableCell(text);
  if (unstorable) return fail(unstorable);
  const parser = parsers[field.type];
  if (!parser) return fail({ code: 'notImportable', text });
  return parser(field, text);
}
