import type { ProcessView } from '@nguon/contracts/client';
import { isProcessDefinitionChanged, type ProcessDefinition } from '@nguon/domain';
import { useMemo, useState } from 'react';
import { useProcessVersion } from '../designer-api';

const noStages: ReadonlySet<string> = new Set();

/**
 * The latest published version's number and whether `checked` (the draft as last checked) differs from it;
 * `changed` is null while the version loads. A draft with no version yet is changed once it has stages.
 * `publishedStageIds`: the stages that version has (their keys are frozen), null while it loads; likewise
 * `publishedJobIds` for jobs. Without a process (a template draft) there is no version: nothing is frozen,
 * since owners' processes follow a template's stages by id, never by key.
 */
export function useLatestVersion(process: ProcessView | null, checked: ProcessDefinition) {
  const [number, setNumber] = useState<number | null>(process?.latestVersion?.number ?? null);
  const version = useProcessVersion(process?.id ?? '', process ? number : null);
  const latest = version.data?.definition;
  const changed = useMemo(() => {
    if (number === null) return checked.stages.length > 0;
    return latest ? isProcessDefinitionChanged(latest, checked) : null;
  }, [number, latest, checked]);
  const publishedStageIds = useMemo(() => {
    if (number === null) return noStages;
    return latest ? new Set(latest.stages.map((stage) => stage.id)) : null;
  }, [number, latest]);
  const publishedJobIds = useMemo(() => {
    if (number === null) return noStages;
    return latest ? new Set(latest.stages.flatMap((stage) => (stage.jobs ?? []).map((job) => job.id))) : null;
  }, [number, latest]);
  return { number, changed, setNumber, publishedStageIds, publishedJobIds };
}
