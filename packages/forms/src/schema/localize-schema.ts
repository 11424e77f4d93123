import type { LocalizedText } from '@nguon/domain';
import type { FormDocument } from './compile-form';
import { isRecord, type JsonRecord, own, setOwn } from './json-utils';
import { isLocalizedText } from './parse-read';

/** The languages a form's content is written in. */
export type MessageLang = 'vi' | 'en';

/** Stored forms are at most 16 levels deep; anything deeper is left unlocalized. */
const maxLocalizeDepth = 64;

/** The text in `lang`; blank English falls back to Vietnamese (and blank Vietnamese to English). */
export function pickText(text: LocalizedText, lang: MessageLang): string {
  const preferred = text[lang];
  return preferred.trim() !== '' ? preferred : lang === 'en' ? text.vi : text.en;
}

const recordOr = (value: unknown): JsonRecord => (isRecord(value) ? value : {});

/** `ui:title` of each choice of a `oneOf`, in the order rjsf's `optionsList` reads them. */
function choiceTitles(choices: unknown[], ui: unknown, lang: MessageLang): JsonRecord[] {
  const given = Array.isArray(ui) ? ui : [];
  return choices.map((choice, index) => {
    const entry = { ...recordOr(given[index]) };
    const label = isRecord(choice) ? own(choice, 'x-label') : undefined;
    if (isLocalizedText(label)) entry['ui:title'] = pickText(label, lang);
    return entry;
  });
}

/** The properties of an object schema, including those a rule shows (`allOf[i].then.properties`). */
function propertiesOf(schema: JsonRecord): [string, unknown][] {
  const rules = own(schema, 'allOf');
  const shown = Array.isArray(rules)
    ? rules.map((rule) => own(recordOr(own(recordOr(rule), 'then')), 'properties'))
    : [];
  return [own(schema, 'properties'), ...shown].flatMap((map) =>
    isRecord(map) ? Object.keys(map).map((key): [string, unknown] => [key, own(map, key)]) : [],
  );
}

function localizeUi(schema: JsonRecord, ui: JsonRecord, lang: MessageLang, depth: number): JsonRecord {
  const out: JsonRecord = { ...ui };
  if (depth > maxLocalizeDepth) return out;
  const label = own(schema, 'x-label');
  if (isLocalizedText(label)) out['ui:title'] = pickText(label, lang);
  const help = own(schema, 'x-help');
  if (isLocalizedText(help)) out['ui:description'] = pickText(help, lang);
  const choices = own(schema, 'oneOf');
  if (Array.isArray(choices)) out.oneOf = choiceTitles(choices, own(ui, 'oneOf'), lang);
  const items = own(schema, 'items');
  if (isRecord(items)) out.items = localizeUi(items, recordOr(own(ui, 'items')), lang, depth + 1);
  for (const [key, property] of propertiesOf(schema)) {
    if (isRecord(property)) setOwn(out, key, localizeUi(property, recordOr(own(ui, key)), lang, depth + 1));
  }
  return out;
}

/**
 * The form's uiSchema with every title, help and choice label in `lang` (`ui:title`, `ui:description`,
 * `oneOf[i]['ui:title']`), taken from `x-label`/`x-help`. The schema itself stays as stored: the
 * browser's precompiled validator is built for that exact schema, so a language switch must not change it.
 */
export function localizeFormUi(form: FormDocument, lang: MessageLang): JsonRecord {
  return localizeUi(form.schema, form.uiSchema, lang, 0);
}
