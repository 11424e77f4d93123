import type { LocalizedText } from '@nguon/domain';
import type { FieldChoice, FormField, FormModel } from '../model/form-model';
import { typedNumberText } from '../numbers/typed-number';
import { unitLabel } from '../units/units';

/**
 * The consumer's view of one record: only the fields a form marks public (`x-public`), worded in both
 * languages. A group's sub-field shows only when the group and the sub-field are both public. Signatures and
 * uploaded documents never show (a signature is a person's; a document is not an image). Values that do not
 * have their field's shape are left out rather than guessed.
 */
export interface PublicFieldValue {
  key: string;
  label: LocalizedText;
  value: LocalizedText;
  /** File ids of a photos field, in order; the caller shows only those whose file is public. */
  photoIds: string[];
  location: { latitude: number; longitude: number } | null;
}

/** Longest text a public value carries (the public trace's limit). */
export const maxPublicTextLength = 5000;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Viet Nam keeps UTC+7 all year: no daylight saving to look up.
const vietnamOffsetMs = 7 * 3600 * 1000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const clip = (text: string) =>
  text.length > maxPublicTextLength ? text.slice(0, maxPublicTextLength) : text;
const same = (text: string): LocalizedText => ({ vi: clip(text), en: clip(text) });
const both = (vi: string, en: string): LocalizedText => ({ vi: clip(vi), en: clip(en) });
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date: 05/12/2026 in Vietnamese, 5 Dec 2026 in English. */
export function publicDateText(isoDate: string): LocalizedText | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, year, month, day] = match;
  const monthName = months[Number(month) - 1];
  if (!monthName) return null;
  return both(`${day}/${month}/${year}`, `${Number(day)} ${monthName} ${year}`);
}

/** A moment in Viet Nam's time: 14:30 05/12/2026, 5 Dec 2026 14:30. */
export function publicDateTimeText(iso: string): LocalizedText | null {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return null;
  const local = new Date(time + vietnamOffsetMs);
  const date = publicDateText(local.toISOString().slice(0, 10));
  if (!date) return null;
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return both(`${clock} ${date.vi}`, `${date.en} ${clock}`);
}

function numberText(value: number, unit: string | null): LocalizedText {
  const withUnit = (lang: 'vi' | 'en') => {
    const number = typedNumberText(value, lang);
    return unit ? `${number} ${unitLabel(unit, lang)}` : number;
  };
  return both(withUnit('vi'), withUnit('en'));
}

function choiceText(choices: readonly FieldChoice[], value: string): LocalizedText {
  const choice = choices.find((candidate) => candidate.value === value);
  return choice ? both(choice.label.vi, choice.label.en) : same(value);
}

const textValue = (value: LocalizedText): Omit<PublicFieldValue, 'key' | 'label'> => ({
  value,
  photoIds: [],
  location: null,
});

/** The worded value of a field that is not a group, or null when it has none (or not of its shape). */
function wordedValue(field: FormField, value: unknown): Omit<PublicFieldValue, 'key' | 'label'> | null {
  switch (field.type) {
    case 'text':
    case 'longText':
      return typeof value === 'string' ? textValue(same(value)) : null;
    case 'integer':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? textValue(numberText(value, field.type === 'number' ? field.unit : null))
        : null;
    case 'date': {
      const text = typeof value === 'string' ? publicDateText(value) : null;
      return text && textValue(text);
    }
    case 'dateTime': {
      const text = typeof value === 'string' ? publicDateTimeText(value) : null;
      return text && textValue(text);
    }
    case 'choice':
      return typeof value === 'string' ? textValue(choiceText(field.choices, value)) : null;
    case 'multiChoice': {
      if (!Array.isArray(value)) return null;
      const labels = value.filter((v) => typeof v === 'string').map((v) => choiceText(field.choices, v));
      return textValue(both(labels.map((l) => l.vi).join(', '), labels.map((l) => l.en || l.vi).join(', ')));
    }
    case 'yesNo':
      return typeof value === 'boolean' ? textValue(value ? both('Có', 'Yes') : both('Không', 'No')) : null;
    case 'catalog':
      // the label snapshot taken when the record was stored: never the item's id
      return isObject(value) && typeof value.label === 'string' ? textValue(same(value.label)) : null;
    case 'photos':
      return Array.isArray(value)
        ? { value: same(''), photoIds: value.filter((id) => typeof id === 'string'), location: null }
        : null;
    case 'gps':
      return gpsValue(value);
    case 'signature':
    case 'file':
    case 'heading':
    case 'group':
      return null;
  }
}

function gpsValue(value: unknown): Omit<PublicFieldValue, 'key' | 'label'> | null {
  if (!isObject(value)) return null;
  const { lat, lon } = value;
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  const text = `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
  return { value: same(text), photoIds: [], location: { latitude: lat, longitude: lon } };
}

function groupValues(field: FormField, value: unknown): PublicFieldValue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row, i) => {
    if (!isObject(row)) return [];
    const rowLabel = both(`${field.label.vi} ${i + 1}`, `${field.label.en || field.label.vi} ${i + 1}`);
    return publicValuesIn(field.fields, row).map((sub) => ({
      ...sub,
      key: `${field.key}.${i + 1}.${sub.key}`,
      label: both(`${rowLabel.vi} · ${sub.label.vi}`, `${rowLabel.en} · ${sub.label.en || sub.label.vi}`),
    }));
  });
}

function publicValuesIn(fields: readonly FormField[], data: Record<string, unknown>): PublicFieldValue[] {
  return fields.flatMap((field) => {
    if (!field.public || !Object.hasOwn(data, field.key)) return [];
    const value = data[field.key];
    if (field.type === 'group') return groupValues(field, value);
    const worded = wordedValue(field, value);
    return worded ? [{ key: field.key, label: both(field.label.vi, field.label.en), ...worded }] : [];
  });
}

/** The public fields of a record, in form order, worded in both languages. */
export function publicFieldValues(model: FormModel, data: Record<string, unknown>): PublicFieldValue[] {
  return publicValuesIn(model.fields, data);
}

/** The photos a record shows the public: the files a store of it marks public. */
export function publicPhotoIds(model: FormModel, data: Record<string, unknown>): string[] {
  return [...new Set(publicFieldValues(model, data).flatMap((field) => field.photoIds))];
}
