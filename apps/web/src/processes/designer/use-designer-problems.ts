import { useDebouncedValue } from '@mantine/hooks';
import type { ProcessProblemView } from '@nguon/contracts/client';
import type { ProcessDefinition } from '@nguon/domain';
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang-store';
import {
  type DesignerProblem,
  designerProblems,
  problemCountsByStage,
  problemEdgeIds,
} from './designer-problems';

export interface DesignerProblems {
  list: DesignerProblem[];
  countsByStage: ReadonlyMap<string, number>;
  edgeIds: ReadonlySet<string>;
  /** The list is for an older definition: a check is waiting for typing to pause. */
  checking: boolean;
  /** The definition the list is for. */
  checked: ProcessDefinition;
}

const checkDelayMs = 300;

/** Problems of the draft, checked in the browser after each pause in editing, with the server's for what it checked. */
export function useDesignerProblems(
  present: ProcessDefinition,
  saved: ProcessDefinition,
  serverProblems: readonly ProcessProblemView[],
): DesignerProblems {
  const lang = useLang();
  const [checked] = useDebouncedValue(present, checkDelayMs);
  const list = useMemo(
    () => designerProblems(checked, lang, { definition: saved, problems: serverProblems }),
    [checked, lang, saved, serverProblems],
  );
  return useMemo(
    () => ({
      list,
      countsByStage: problemCountsByStage(list),
      edgeIds: problemEdgeIds(list),
      checking: checked !== present,
      checked,
    }),
    [list, checked, present],
  );
}
