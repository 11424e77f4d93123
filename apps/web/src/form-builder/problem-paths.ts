import type { FormModel, FormProblem } from '@nguon/forms';
import { type FieldPath, pathId } from './model-ops';

/** What a problem is about, read from its model path (`fields/3/fields/1/label`, `rules/0/targets/2`). */
export type ProblemSubject =
  | { kind: 'field'; path: FieldPath; rest: string }
  | { kind: 'rule'; index: number }
  | { kind: 'form' };

const fieldPathPattern = /^fields\/(\d+)(?:\/fields\/(\d+))?(?:\/(.*))?$/;
const rulePattern = /^rules\/(\d+)/;

export function problemSubject(problem: FormProblem, model: FormModel): ProblemSubject {
  const rule = rulePattern.exec(problem.path);
  if (rule) return { kind: 'rule', index: Number(rule[1]) };
  const match = fieldPathPattern.exec(problem.path);
  const top = match ? model.fields[Number(match[1])] : undefined;
  if (!match || !top) return { kind: 'form' };
  const sub = match[2] === undefined ? undefined : top.fields[Number(match[2])];
  const path: FieldPath = sub ? { group: top.key, key: sub.key } : { group: null, key: top.key };
  return { kind: 'field', path, rest: match[3] ?? '' };
}

/** Problems per field (by `pathId`); a group also counts its sub-fields' problems. */
export function problemsByField(
  problems: readonly FormProblem[],
  model: FormModel,
): Map<string, FormProblem[]> {
  const byField = new Map<string, FormProblem[]>();
  const add = (id: string, problem: FormProblem) => byField.set(id, [...(byField.get(id) ?? []), problem]);
  for (const problem of problems) {
    const subject = problemSubject(problem, model);
    if (subject.kind !== 'field') continue;
    add(pathId(subject.path), problem);
    if (subject.path.group) add(subject.path.group, problem);
  }
  return byField;
}
