import type { Ajv2020 } from 'ajv/dist/2020';
import type { FormField, FormModel } from '../model/form-model';
import { createFormAjv } from './form-keywords';
import { type FormProblem, formProblem, parseRefusalCodes } from './form-problem';
import { checkFormModel } from './form-problems';
import { isRecord, type JsonRecord, own, pointer } from './json-utils';
import { parseField, type SubFieldReader } from './parse-field';
import { guardFormInput } from './parse-guard';
import { badValue, checkKeywords, orderKeys, type ParseSite, readRequired } from './parse-read';
import { type ParsedRule, parseRuleEntry } from './parse-rules';

export type ParseFormResult = { ok: true; model: FormModel } | { ok: false; problems: FormProblem[] };

const rootKeywords = [
  'type',
  'properties',
  'required',
  'unevaluatedProperties',
  'additionalProperties',
  'allOf',
  '$schema',
];
const draft2020 = 'https://json-schema.org/draft/2020-12/schema';

interface FieldEntry {
  key: string;
  schema: unknown;
  path: string;
}

/** Sub-fields of a group: `items.properties` in `items['ui:order']` order. */
const readGroupFields: SubFieldReader = (field, schema, ui, site) => {
  const items = own(schema, 'items');
  if (!isRecord(items)) return;
  const itemsPath = pointer(site.schemaPath, 'items');
  const itemsUiPath = pointer(site.uiPath, 'items');
  checkKeywords(items, ['type', 'properties', 'required', 'additionalProperties'], itemsPath, site);
  const extra = own(items, 'additionalProperties');
  if (extra !== undefined && extra !== false)
    badValue(site, pointer(itemsPath, 'additionalProperties'), 'additionalProperties');
  const properties = own(items, 'properties') ?? {};
  const itemsUi = own(ui, 'items') ?? {};
  if (!isRecord(properties)) return void badValue(site, pointer(itemsPath, 'properties'), 'properties');
  if (!isRecord(itemsUi)) return void badValue(site, itemsUiPath, 'items');
  const keys = Object.keys(properties);
  checkKeywords(itemsUi, ['ui:order', ...keys], itemsUiPath, site);
  const required = readRequired(items, keys, itemsPath, site);
  field.fields = orderKeys(keys, itemsUi, itemsUiPath, site).flatMap((key) => {
    const subSite = {
      ...site,
      key: `${site.key}.${key}`,
      schemaPath: pointer(pointer(itemsPath, 'properties'), key),
      uiPath: pointer(itemsUiPath, key),
    };
    const sub = parseField(key, own(properties, key), own(itemsUi, key), subSite, readGroupFields);
    return sub ? [{ ...sub, required: required.includes(key) }] : [];
  });
};

function checkRootKeywords(schema: JsonRecord, site: ParseSite): void {
  checkKeywords(schema, rootKeywords, 'schema', site);
  const declared = own(schema, '$schema');
  if (declared !== undefined && declared !== draft2020) badValue(site, 'schema/$schema', '$schema');
  const unevaluated = own(schema, 'unevaluatedProperties');
  if (unevaluated !== undefined && unevaluated !== false)
    badValue(site, 'schema/unevaluatedProperties', 'unevaluatedProperties');
  const additional = own(schema, 'additionalProperties');
  const hasRules = own(schema, 'allOf') !== undefined;
  if (additional !== undefined && (additional !== false || hasRules)) {
    badValue(site, 'schema/additionalProperties', 'additionalProperties');
  }
}

/** Root properties, then the properties each rule shows; a key met twice is a duplicate. */
function collectEntries(
  properties: JsonRecord,
  rules: readonly ParsedRule[],
  problems: FormProblem[],
): FieldEntry[] {
  const entries: FieldEntry[] = Object.keys(properties).map((key) => ({
    key,
    schema: own(properties, key),
    path: pointer('schema/properties', key),
  }));
  for (const { shown, path } of rules) {
    for (const key of Object.keys(shown)) {
      entries.push({
        key,
        schema: own(shown, key),
        path: pointer(pointer(pointer(path, 'then'), 'properties'), key),
      });
    }
  }
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const duplicate = seen.has(entry.key);
    if (duplicate)
      problems.push(formProblem('duplicate_field_key', entry.path, { key: entry.key.slice(0, 80) }));
    seen.add(entry.key);
    return !duplicate;
  });
}

function readRules(schema: JsonRecord, site: ParseSite): ParsedRule[] {
  const allOf = own(schema, 'allOf') ?? [];
  if (!Array.isArray(allOf)) return badValue(site, 'schema/allOf', 'allOf') ?? [];
  return allOf.flatMap((entry: unknown, index) => parseRuleEntry(entry, index, site.problems) ?? []);
}

/** The model a document describes, with the structural problems met on the way. */
function readModel(schema: JsonRecord, ui: JsonRecord, site: ParseSite): FormModel {
  checkRootKeywords(schema, site);
  const properties = own(schema, 'properties') ?? {};
  if (!isRecord(properties)) {
    badValue(site, 'schema/properties', 'properties');
    return { fields: [], rules: [] };
  }
  const rules = readRules(schema, site);
  const entries = collectEntries(properties, rules, site.problems);
  const keys = entries.map((entry) => entry.key);
  checkKeywords(ui, ['ui:order', ...keys], 'uiSchema', site);
  const required = readRequired(schema, keys, 'schema', site);
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const fields = orderKeys(keys, ui, 'uiSchema', site).flatMap((key): FormField[] => {
    const entry = byKey.get(key);
    const fieldSite = { ...site, key, schemaPath: entry?.path ?? '', uiPath: pointer('uiSchema', key) };
    const field = entry ? parseField(key, entry.schema, own(ui, key), fieldSite, readGroupFields) : null;
    return field ? [{ ...field, required: required.includes(key) }] : [];
  });
  return { fields, rules: rules.map((parsed) => parsed.rule) };
}

let sharedAjv: Ajv2020 | null = null;

/** Compiles with the forms' ajv set-up, forgetting the schema afterwards so the cache does not grow. */
function ajvProblem(schema: JsonRecord): FormProblem | null {
  sharedAjv ??= createFormAjv();
  try {
    sharedAjv.compile(schema);
    return null;
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message.slice(0, 300) : 'unknown';
    return formProblem('invalid_schema', 'schema', { reason: 'ajv', detail });
  } finally {
    sharedAjv.removeSchema(schema);
  }
}

export interface ParseFormOptions {
  /** Also compile with ajv (the default). Skip it only for forms already checked, e.g. stored versions. */
  compile?: boolean;
}

function parseChecked(schema: unknown, uiSchema: unknown, compile: boolean): ParseFormResult {
  const hostile = guardFormInput(schema, uiSchema);
  if (hostile) return { ok: false, problems: [hostile] };
  const ui = uiSchema ?? {};
  if (!isRecord(schema) || own(schema, 'type') !== 'object' || !isRecord(ui)) {
    const path = isRecord(ui) ? 'schema' : 'uiSchema';
    return { ok: false, problems: [formProblem('invalid_schema', path, { reason: 'not_object' })] };
  }
  const site: ParseSite = { schemaPath: 'schema', uiPath: 'uiSchema', key: '', problems: [] };
  const model = readModel(schema, ui, site);
  if (site.problems.length > 0) return { ok: false, problems: site.problems };
  const refused = checkFormModel(model).filter((problem) => parseRefusalCodes.has(problem.code));
  if (refused.length > 0) return { ok: false, problems: refused };
  const compileFault = compile ? ajvProblem(schema) : null;
  return compileFault ? { ok: false, problems: [compileFault] } : { ok: true, model };
}

/**
 * Stored or hand-written schema + uiSchema -> builder model: the inverse of `compileFormModel`. Accepts
 * its output and plain variants (no x-label, `enum` choices, no `ui:order`), refuses the rest with
 * coded problems. Semantic slips the builder can show (blank labels, no choices...) do not stop it:
 * run `checkFormModel` on the model. Never throws.
 */
export function parseFormSchema(
  schema: unknown,
  uiSchema: unknown,
  options: ParseFormOptions = {},
): ParseFormResult {
  try {
    return parseChecked(schema, uiSchema, options.compile ?? true);
  } catch {
    // Only exotic objects get here (throwing getters, proxies): JSON input cannot.
    return { ok: false, problems: [formProblem('invalid_schema', 'schema', { reason: 'not_json' })] };
  }
}
