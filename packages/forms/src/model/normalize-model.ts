import type { LocalizedText } from '@nguon/domain';
import { fieldCapabilities } from './field-capabilities';
import type { ConditionalRule, FormField, FormModel } from './form-model';

const copyText = (text: LocalizedText): LocalizedText => ({ vi: text.vi, en: text.en });
const isBlank = (text: LocalizedText) => text.vi.trim() === '' && text.en.trim() === '';

/**
 * The canonical form of a model: options a field type does not use are cleared, empty `max` gets the
 * type's default, rule ids are positional (`rule_1`...). `parseFormSchema(compileFormModel(m))`
 * returns `normalizeFormModel(m)`. Returns a deep copy.
 */
export function normalizeFormModel(model: FormModel): FormModel {
  return {
    fields: model.fields.map(normalizeFormField),
    rules: model.rules.map(normalizeRule),
  };
}

export function normalizeFormField(field: FormField): FormField {
  const can = fieldCapabilities[field.type];
  return {
    key: field.key,
    type: field.type,
    label: copyText(field.label),
    help: isBlank(field.help) ? { vi: '', en: '' } : copyText(field.help),
    required: can.canBeRequired && field.required,
    public: field.public,
    min: can.limits ? field.min : null,
    max: can.limits ? (field.max ?? can.defaultMax) : null,
    pattern: can.pattern && field.pattern !== '' ? field.pattern : null,
    unit: can.unit ? field.unit : null,
    defaultValue: can.defaultKind ? field.defaultValue : null,
    choices: can.choices ? field.choices.map((c) => ({ value: c.value, label: copyText(c.label) })) : [],
    catalogId: can.catalog ? field.catalogId : null,
    fields: can.subFields ? field.fields.map(normalizeFormField) : [],
  };
}

function normalizeRule(rule: ConditionalRule, index: number): ConditionalRule {
  return {
    id: positionalRuleId(index),
    when: rule.when,
    equals: rule.equals,
    effect: rule.effect,
    targets: [...rule.targets],
  };
}

/** Rule ids are not stored in the schema; parsing numbers the rules in order. */
export function positionalRuleId(index: number): string {
  return `rule_${index + 1}`;
}
