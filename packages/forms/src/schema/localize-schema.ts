import type { LocalizedText } from '@nguon/domain';
import type { FormDocument } from './compile-form';
import { isRecord, type JsonRecord, own, setOwn } from './json-utils';
import { isLocalizedText } from './parse-read';

/** The languages a form's content is written in. */
export type MessageLang = 'vi' | 'en';

/** Stored forms are at most 16 levels deep; anything deeper is copied unlocalized. */
const maxLocalizeDepth = 64;

/** The text in `lang`; blank English falls back to Vietnamese (and blank Vietnamese to English). */
export function pickText(text: LocalizedText, lang: MessageLang): string {
  const preferred = text[lang];
  return preferred.trim() !== '' ? preferred : lang === 'en' ? text.vi : text.en;
}

function localizeValue(value: unknown, lang: MessageLang, depth: number): unknown {
  if (depth > maxLocalizeDepth) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => localizeValue(item, lang, depth + 1));
  if (!isRecord(value)) return value;
  const copy: JsonRecord = {};
  for (const key of Object.keys(value)) setOwn(copy, key, localizeValue(own(value, key), lang, depth + 1));
  const label = own(value, 'x-label');
  if (isLocalizedText(label)) copy.title = pickText(label, lang);
  const help = own(value, 'x-help');
  if (isLocalizedText(help)) copy.description = pickText(help, lang);
  return copy;
}

/**
 * A copy of the form whose titles and descriptions (fields and choices) are in `lang`, taken from
 * `x-label`/`x-help`, for rjsf to render in the clerk's language.
 */
export function localizeFormSchema(form: FormDocument, lang: MessageLang): FormDocument {
  const schema = localizeValue(form.schema, lang, 0);
  const uiSchema = localizeValue(form.uiSchema, lang, 0);
  return { schema: isRecord(schema) ? schema : {}, uiSchema: isRecord(uiSchema) ? uiSchema : {} };
}
