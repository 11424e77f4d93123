import type { ConditionalRule } from '../model/form-model';
import { positionalRuleId } from '../model/normalize-model';
import { type FormProblem, formProblem } from './form-problem';
import { isRecord, isStringArray, type JsonRecord, own, pointer } from './json-utils';

/** One `allOf` entry read back: the rule, and the property schemas its `then` shows. */
export interface ParsedRule {
  rule: ConditionalRule;
  shown: JsonRecord;
  path: string;
}

const onlyKeys = (record: JsonRecord, keys: readonly string[]) =>
  Object.keys(record).every((key) => keys.includes(key));

/** `{ properties: { W: { const: V } }, required: [W] }` -> [W, V], else null. */
function readCondition(condition: unknown): [string, string | number | boolean] | null {
  if (!isRecord(condition) || !onlyKeys(condition, ['properties', 'required'])) return null;
  const properties = own(condition, 'properties');
  const required = own(condition, 'required');
  if (!isRecord(properties) || !isStringArray(required) || required.length !== 1) return null;
  const keys = Object.keys(properties);
  const [when] = required;
  const test = own(properties, keys[0] ?? '');
  if (keys.length !== 1 || keys[0] !== when || when === undefined || !isRecord(test)) return null;
  const equals = own(test, 'const');
  if (!onlyKeys(test, ['const'])) return null;
  if (typeof equals === 'string' || typeof equals === 'boolean') return [when, equals];
  return typeof equals === 'number' && Number.isFinite(equals) ? [when, equals] : null;
}

type Effect = Pick<ConditionalRule, 'effect' | 'targets'> & { shown: JsonRecord };

/** `then` -> effect and targets: properties = show, required = require, both with the same keys = showAndRequire. */
function readEffect(then: unknown): Effect | null {
  if (!isRecord(then) || !onlyKeys(then, ['properties', 'required'])) return null;
  const properties = own(then, 'properties');
  const required = own(then, 'required');
  if (properties !== undefined && (!isRecord(properties) || Object.keys(properties).length === 0))
    return null;
  if (required !== undefined && (!isStringArray(required) || required.length === 0)) return null;
  if (isRecord(properties)) {
    const targets = Object.keys(properties);
    if (required === undefined) return { effect: 'show', targets, shown: properties };
    const same = required.length === targets.length && required.every((key) => targets.includes(key));
    return same ? { effect: 'showAndRequire', targets, shown: properties } : null;
  }
  return isStringArray(required) ? { effect: 'require', targets: [...required], shown: {} } : null;
}

/** Reads `allOf[index]`; shape problems are reported as `invalid_rule` / `unknown_keyword`. */
export function parseRuleEntry(entry: unknown, index: number, problems: FormProblem[]): ParsedRule | null {
  const path = pointer('schema/allOf', index);
  if (!isRecord(entry)) {
    problems.push(formProblem('invalid_rule', path, { reason: 'shape' }));
    return null;
  }
  for (const keyword of Object.keys(entry)) {
    if (keyword !== 'if' && keyword !== 'then')
      problems.push(formProblem('unknown_keyword', pointer(path, keyword), { keyword }));
  }
  const condition = readCondition(own(entry, 'if'));
  const effect = readEffect(own(entry, 'then'));
  if (!condition || !effect) {
    problems.push(formProblem('invalid_rule', pointer(path, condition ? 'then' : 'if'), { reason: 'shape' }));
    return null;
  }
  const [when, equals] = condition;
  const rule: ConditionalRule = {
    id: positionalRuleId(index),
    when,
    equals,
    effect: effect.effect,
    targets: effect.targets,
  };
  return { rule, shown: effect.shown, path };
}
