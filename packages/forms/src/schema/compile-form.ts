import type { ConditionalRule, FormField, FormModel } from '../model/form-model';
import { normalizeFormModel } from '../model/normalize-model';
import {
  type CompiledField,
  compileField,
  type JsonSchemaObject,
  type UiSchemaObject,
} from './compile-field';
import { setOwn } from './json-utils';

/** A stage or catalog form as stored and handed to rjsf (same shape as the domain's `StageForm`). */
export interface FormDocument {
  schema: JsonSchemaObject;
  uiSchema: UiSchemaObject;
}

const showsTargets = (rule: ConditionalRule) => rule.effect === 'show' || rule.effect === 'showAndRequire';
const requiresTargets = (rule: ConditionalRule) =>
  rule.effect === 'require' || rule.effect === 'showAndRequire';

/** Which rule shows each conditionally shown field (the first one, if a bad model names it twice). */
function shownBy(rules: readonly ConditionalRule[]): Map<string, ConditionalRule> {
  const map = new Map<string, ConditionalRule>();
  for (const rule of rules) {
    if (!showsTargets(rule)) continue;
    for (const key of rule.targets) if (!map.has(key)) map.set(key, rule);
  }
  return map;
}

function compileRule(
  rule: ConditionalRule,
  compiled: ReadonlyMap<string, CompiledField>,
  owner: ReadonlyMap<string, ConditionalRule>,
): JsonSchemaObject {
  const then: JsonSchemaObject = {};
  if (showsTargets(rule)) {
    const properties: JsonSchemaObject = {};
    for (const key of rule.targets) {
      const field = compiled.get(key);
      if (field && owner.get(key) === rule) setOwn(properties, key, field.schema);
    }
    then.properties = properties;
  }
  if (requiresTargets(rule)) then.required = [...rule.targets];
  return {
    if: { properties: { [rule.when]: { const: rule.equals } }, required: [rule.when] },
    then,
  };
}

function compileUiSchema(fields: readonly FormField[], compiled: ReadonlyMap<string, CompiledField>) {
  const uiSchema: UiSchemaObject = { 'ui:order': fields.map((field) => field.key) };
  for (const field of fields) {
    const ui = compiled.get(field.key)?.ui;
    if (ui) setOwn(uiSchema, field.key, ui);
  }
  return uiSchema;
}

/**
 * Builder model -> JSON Schema 2020-12 + uiSchema for rjsf and ajv. Fields shown by a rule live in
 * that rule's `then.properties`; `unevaluatedProperties: false` refuses them while hidden.
 * Expects a model `checkFormModel` accepts; on a bad one it still returns, never throws.
 */
export function compileFormModel(model: FormModel): FormDocument {
  const { fields, rules } = normalizeFormModel(model);
  const compiled = new Map(fields.map((field) => [field.key, compileField(field)]));
  const owner = shownBy(rules);
  const properties: JsonSchemaObject = {};
  for (const field of fields) {
    const entry = compiled.get(field.key);
    if (entry && !owner.has(field.key)) setOwn(properties, field.key, entry.schema);
  }
  const required = fields.filter((f) => f.required && !owner.has(f.key)).map((f) => f.key);
  const schema: JsonSchemaObject = { type: 'object', properties, required, unevaluatedProperties: false };
  if (rules.length > 0) schema.allOf = rules.map((rule) => compileRule(rule, compiled, owner));
  return { schema, uiSchema: compileUiSchema(fields, compiled) };
}
