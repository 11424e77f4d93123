import type { Lang, ProcessDiffView } from '@nguon/contracts/client';
import type { StageChange } from '../canvas/flow-elements';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ValueWords {
  yes: string;
  no: string;
  none: string;
}

/** A diff value that is a list of waiting periods (the stage's or a job's). */
export function isWaitingPeriodList(value: unknown): value is { afterJobId: string; days: number }[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) => isRecord(item) && typeof item.afterJobId === 'string' && typeof item.days === 'number',
    )
  );
}

/** A before/after value of a diff as a person reads it: localized text, yes/no, a range, or compact JSON. */
export function formatDiffValue(value: unknown, lang: Lang, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value) && typeof value.vi === 'string') {
    const english = typeof value.en === 'string' ? value.en : '';
    return (lang === 'en' && english) || value.vi || words.none;
  }
  if (isRecord(value) && ('minPercent' in value || 'maxPercent' in value)) {
    const end = (bound: unknown) => (typeof bound === 'number' ? String(bound) : '…');
    return `${end(value.minPercent)}–${end(value.maxPercent)} %`;
  }
  return JSON.stringify(value);
}

/** Stage key -> how it changed, for colouring the canvas; unchanged stages are left out. */
export function stageChangesByKey(diff: ProcessDiffView): Map<string, StageChange> {
  const changes = new Map<string, StageChange>();
  for (const stage of diff.stages) {
    if (stage.change === 'added' || stage.change === 'changed' || stage.change === 'removed') {
      changes.set(stage.key, stage.change);
    }
  }
  return changes;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  edgesAdded: number;
  edgesRemoved: number;
}

export function diffCounts(diff: ProcessDiffView): DiffCounts {
  const count = (change: string) => diff.stages.filter((stage) => stage.change === change).length;
  return {
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    edgesAdded: diff.edges.added.length,
    edgesRemoved: diff.edges.removed.length,
  };
}

export const changeColors: Record<StageChange, string> = {
  added: 'green',
  removed: 'red',
  changed: 'orange',
  unchanged: 'gray',
};

/** The diff's change kind, narrowed from the contract's string. */
export function parseStageChange(value: string): StageChange {
  return value === 'added' || value === 'removed' || value === 'changed' ? value : 'unchanged';
}
