import type { LocalizedText } from '@nguon/domain';

/** Where in the editor a problem of the template file is fixed: a tab, and on the process tab maybe a stage. */
export type ProblemPlace =
  | { tab: 'process'; stage: { id: string; name: LocalizedText } | null }
  | { tab: 'details' }
  | { tab: 'catalogs' };

export type EditorTab = ProblemPlace['tab'];

type StageRef = { id: string; name: LocalizedText };

// the details tab's roots (the process's name too is written with the details, not in the designer)
const detailsRoots: ReadonlySet<string> = new Set([
  'name',
  'summary',
  'guide',
  'keywords',
  'productType',
  'processName',
  'stageNotes',
  'sampleProduct',
]);

/**
 * The place of a JSON pointer into the template file (`/process/definition/stages/2/form/...` → that stage on
 * the process tab, `/catalogs/1/...` → the catalogs tab, the details and `/process/name` → the details tab);
 * null when no tab fixes it: no path (a conflict, an unchanged draft), the key, the publish dialog's note.
 */
export function problemPlace(path: string, stages: readonly StageRef[]): ProblemPlace | null {
  const parts = path
    .replace(/^\/(?:file|details)(?=\/|$)/, '')
    .split('/')
    .slice(1);
  if (parts[0] === 'process' && parts[1] !== 'name') {
    const stage = parts[1] === 'definition' && parts[2] === 'stages' ? stages[Number(parts[3])] : undefined;
    return { tab: 'process', stage: stage ? { id: stage.id, name: stage.name } : null };
  }
  if (parts[0] === 'catalogs') return { tab: 'catalogs' };
  return parts[0] === 'process' || detailsRoots.has(parts[0] ?? '') ? { tab: 'details' } : null;
}
