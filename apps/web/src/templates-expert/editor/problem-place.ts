import type { LocalizedText } from '@nguon/domain';

/** Where in the editor a problem of the template file is fixed: a tab, and on the process tab maybe a stage. */
export type ProblemPlace =
  | { tab: 'process'; stage: { id: string; name: LocalizedText } | null }
  | { tab: 'details' }
  | { tab: 'catalogs' };

export type EditorTab = ProblemPlace['tab'];

type StageRef = { id: string; name: LocalizedText };

/**
 * The place of a JSON pointer into the template file (`/process/definition/stages/2/form/...` → that stage on
 * the process tab, `/catalogs/1/...` → the catalogs tab, anything else the file holds, `/process/name` too → the
 * details tab).
 */
export function problemPlace(path: string, stages: readonly StageRef[]): ProblemPlace {
  const parts = path
    .replace(/^\/file(?=\/|$)/, '')
    .split('/')
    .slice(1);
  // the process's name is written with the details, not in the designer
  if (parts[0] === 'process' && parts[1] !== 'name') {
    const stage = parts[1] === 'definition' && parts[2] === 'stages' ? stages[Number(parts[3])] : undefined;
    return { tab: 'process', stage: stage ? { id: stage.id, name: stage.name } : null };
  }
  if (parts[0] === 'catalogs') return { tab: 'catalogs' };
  return { tab: 'details' };
}
