import { fieldCapabilities } from '../model/field-capabilities';
import type { ConditionalRule, FormField } from '../model/form-model';
import { maxSchemaStringLength } from './form-keywords';
import { type FormProblem, formProblem } from './form-problem';

const effects: readonly string[] = ['show', 'require', 'showAndRequire'];
const shows = (rule: ConditionalRule) => rule.effect === 'show' || rule.effect === 'showAndRequire';
const requires = (rule: ConditionalRule) => rule.effect === 'require' || rule.effect === 'showAndRequire';

/** Does `equals` fit the `when` field's value type? */
function conditionValueFits(field: FormField, equals: ConditionalRule['equals']): boolean {
  switch (field.type) {
    case 'choice':
      return field.choices.some((choice) => choice.value === equals);
    case 'yesNo':
      return typeof equals === 'boolean';
    case 'integer':
      return Number.isInteger(equals);
    default:
      return typeof equals === 'string' && equals.length <= maxSchemaStringLength;
  }
}

function conditionProblems(rule: ConditionalRule, path: string, byKey: ReadonlyMap<string, FormField>) {
  const problems: FormProblem[] = [];
  if (!effects.includes(rule.effect))
    problems.push(formProblem('invalid_rule', `${path}/effect`, { reason: 'effect' }));
  if (rule.targets.length === 0)
    problems.push(formProblem('invalid_rule', `${path}/targets`, { reason: 'no_targets' }));
  const when = byKey.get(rule.when);
  if (!when)
    return [...problems, formProblem('rule_unknown_field', `${path}/when`, { key: rule.when.slice(0, 80) })];
  if (!fieldCapabilities[when.type].canBeCondition) {
    problems.push(formProblem('rule_condition_type', `${path}/when`, { key: when.key, type: when.type }));
  } else if (!conditionValueFits(when, rule.equals)) {
    problems.push(formProblem('invalid_rule', `${path}/equals`, { reason: 'value', key: when.key }));
  }
  return problems;
}

interface RuleContext {
  byKey: ReadonlyMap<string, FormField>;
  conditions: ReadonlySet<string>;
  /** key -> index of the first rule that shows it */
  shownBy: ReadonlyMap<string, number>;
}

function targetProblems(rule: ConditionalRule, index: number, context: RuleContext): FormProblem[] {
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  rule.targets.forEach((key, j) => {
    const path = `rules/${index}/targets/${j}`;
    const field = context.byKey.get(key);
    const shower = context.shownBy.get(key);
    if (!field) problems.push(formProblem('rule_unknown_field', path, { key: key.slice(0, 80) }));
    else if (key === rule.when || (shows(rule) && context.conditions.has(key))) {
      problems.push(formProblem('rule_target_is_condition', path, { key }));
    } else if (seen.has(key) || (shower !== undefined && shower !== index)) {
      problems.push(formProblem('rule_target_twice', path, { key }));
    } else if (shows(rule) && field.required) {
      problems.push(formProblem('rule_target_required', path, { key }));
    } else if (requires(rule) && !fieldCapabilities[field.type].canBeRequired) {
      problems.push(formProblem('option_not_applicable', path, { key, option: 'required' }));
    }
    seen.add(key);
  });
  return problems;
}

/**
 * Problems of the rules over the top-level fields. A field shown by a rule belongs to that rule alone:
 * it is not required at the root, not the condition of any rule, not the target of another rule.
 */
export function checkRules(fields: readonly FormField[], rules: readonly ConditionalRule[]): FormProblem[] {
  const byKey = new Map<string, FormField>();
  for (const field of fields) if (!byKey.has(field.key)) byKey.set(field.key, field);
  const shownBy = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (!shows(rule)) return;
    for (const key of rule.targets) if (!shownBy.has(key)) shownBy.set(key, index);
  });
  const context: RuleContext = { byKey, conditions: new Set(rules.map((rule) => rule.when)), shownBy };
  return rules.flatMap((rule, index) => [
    ...conditionProblems(rule, `rules/${index}`, byKey),
    ...targetProblems(rule, index, context),
  ]);
}
