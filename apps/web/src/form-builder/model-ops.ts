import type { ConditionalRule, FormField, FormModel } from '@nguon/forms';
import { fieldKeyFromLabel, keyFollowsLabel, uniqueFieldKey } from './field-keys';

/** Where a field lives: at the top of the form (`group` null) or among a group's sub-fields. */
export interface FieldPath {
  group: string | null;
  key: string;
}

export const pathId = (path: FieldPath): string => (path.group ? `${path.group}.${path.key}` : path.key);
export const samePath = (a: FieldPath | null, b: FieldPath | null): boolean =>
  a !== null && b !== null && a.group === b.group && a.key === b.key;

/** The list a path points into: the form's fields or one group's sub-fields. */
export function siblingsOf(model: FormModel, group: string | null): FormField[] {
  if (group === null) return model.fields;
  return model.fields.find((field) => field.key === group)?.fields ?? [];
}

export function findField(model: FormModel, path: FieldPath): FormField | undefined {
  return siblingsOf(model, path.group).find((field) => field.key === path.key);
}

function withSiblings(model: FormModel, group: string | null, fields: FormField[]): FormModel {
  if (group === null) return { ...model, fields };
  return {
    ...model,
    fields: model.fields.map((field) => (field.key === group ? { ...field, fields } : field)),
  };
}

export function takenKeys(model: FormModel, group: string | null): Set<string> {
  return new Set(siblingsOf(model, group).map((field) => field.key));
}

/** Inserts after `afterKey` (or at the end when it is null or not a sibling). */
export function insertField(
  model: FormModel,
  group: string | null,
  field: FormField,
  afterKey: string | null,
) {
  const fields = [...siblingsOf(model, group)];
  const after = afterKey === null ? -1 : fields.findIndex((sibling) => sibling.key === afterKey);
  fields.splice(after === -1 ? fields.length : after + 1, 0, field);
  return withSiblings(model, group, fields);
}

export function moveField(model: FormModel, group: string | null, from: number, to: number): FormModel {
  const fields = [...siblingsOf(model, group)];
  const [moved] = fields.splice(from, 1);
  if (!moved || to < 0 || to > fields.length) return model;
  fields.splice(to, 0, moved);
  return withSiblings(model, group, fields);
}

function renameInRules(rules: ConditionalRule[], from: string, to: string): ConditionalRule[] {
  return rules.map((rule) => ({
    ...rule,
    when: rule.when === from ? to : rule.when,
    targets: rule.targets.map((target) => (target === from ? to : target)),
  }));
}

/** Rules testing a choice field compare with its values: a renamed value is renamed there too. */
function renameChoiceValues(
  rules: ConditionalRule[],
  before: FormField,
  after: FormField,
): ConditionalRule[] {
  if (before.choices.length !== after.choices.length) return rules;
  const renamed = new Map<string, string>();
  before.choices.forEach((choice, index) => {
    const next = after.choices[index]?.value;
    if (next !== undefined && next !== choice.value) renamed.set(choice.value, next);
  });
  if (renamed.size === 0) return rules;
  return rules.map((rule) =>
    rule.when === after.key && typeof rule.equals === 'string' && renamed.has(rule.equals)
      ? { ...rule, equals: renamed.get(rule.equals) ?? rule.equals }
      : rule,
  );
}

/** Replaces a field; its new key and choice values are carried into the rules (top-level fields only have rules). */
export function replaceField(model: FormModel, path: FieldPath, next: FormField): FormModel {
  const before = findField(model, path);
  const fields = siblingsOf(model, path.group).map((field) => (field.key === path.key ? next : field));
  const updated = withSiblings(model, path.group, fields);
  if (path.group !== null || !before) return updated;
  const rules = renameInRules(updated.rules, path.key, next.key);
  return { ...updated, rules: renameChoiceValues(rules, before, next) };
}

/** An edit from the property panel; the key follows the Vietnamese name while it is still made from it. */
export function editField(
  model: FormModel,
  path: FieldPath,
  next: FormField,
): { model: FormModel; path: FieldPath } {
  const field = findField(model, path);
  if (!field) return { model, path };
  let key = next.key;
  if (
    next.label.vi !== field.label.vi &&
    next.label.vi.trim() !== '' &&
    keyFollowsLabel(field.key, field.label.vi)
  ) {
    const taken = takenKeys(model, path.group);
    taken.delete(field.key);
    key = uniqueFieldKey(fieldKeyFromLabel(next.label.vi), taken);
  }
  return { model: replaceField(model, path, { ...next, key }), path: { group: path.group, key } };
}

/** Removes a field and every mention of it in the rules; a rule left without condition or targets goes. */
export function removeField(model: FormModel, path: FieldPath): FormModel {
  const fields = siblingsOf(model, path.group).filter((field) => field.key !== path.key);
  const updated = withSiblings(model, path.group, fields);
  if (path.group !== null) return updated;
  const rules = updated.rules
    .filter((rule) => rule.when !== path.key && !(rule.targets.length === 1 && rule.targets[0] === path.key))
    .map((rule) => ({ ...rule, targets: rule.targets.filter((target) => target !== path.key) }));
  return { ...updated, rules };
}

/** A copy right after the original, under a fresh key; returns the copy's path too. */
export function duplicateField(model: FormModel, path: FieldPath): { model: FormModel; path: FieldPath } {
  const field = findField(model, path);
  if (!field) return { model, path };
  const key = uniqueFieldKey(field.key, takenKeys(model, path.group));
  const copy: FormField = { ...field, key, fields: field.fields.map((sub) => ({ ...sub })) };
  return { model: insertField(model, path.group, copy, field.key), path: { group: path.group, key } };
}
