import { canonicalJson } from '../canonical/canonical-json';
import type { LocalizedText } from './process-definition';

/** One form field as the forms package reads it from a stage's schema; group sub-fields as `group.field`. */
export interface FieldSummary {
  key: string;
  label: LocalizedText;
  type: string;
  required: boolean;
  public: boolean;
}

export type Changes<Values> = {
  [P in keyof Values]: { property: P; before: Values[P]; after: Values[P] };
}[keyof Values];

export type FieldPropertyChange = Changes<Pick<FieldSummary, 'label' | 'type' | 'required' | 'public'>>;

export interface FieldDiff {
  change: 'added' | 'removed' | 'changed';
  key: string;
  label: LocalizedText;
  changes: FieldPropertyChange[];
}

export function diffFields(before: FieldSummary[], after: FieldSummary[]): FieldDiff[] {
  const oldByKey = new Map(before.map((field) => [field.key, field]));
  const newKeys = new Set(after.map((field) => field.key));
  const diffs: FieldDiff[] = [];
  for (const field of after) {
    const old = oldByKey.get(field.key);
    const changes = old ? fieldChanges(old, field) : [];
    if (!old) diffs.push({ change: 'added', key: field.key, label: field.label, changes });
    else if (changes.length > 0)
      diffs.push({ change: 'changed', key: field.key, label: field.label, changes });
  }
  for (const field of before) {
    if (!newKeys.has(field.key))
      diffs.push({ change: 'removed', key: field.key, label: field.label, changes: [] });
  }
  return diffs;
}

function fieldChanges(before: FieldSummary, after: FieldSummary): FieldPropertyChange[] {
  const candidates: FieldPropertyChange[] = [
    { property: 'label', before: before.label, after: after.label },
    { property: 'type', before: before.type, after: after.type },
    { property: 'required', before: before.required, after: after.required },
    { property: 'public', before: before.public, after: after.public },
  ];
  return candidates.filter((change) => !same(change.before, change.after));
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
