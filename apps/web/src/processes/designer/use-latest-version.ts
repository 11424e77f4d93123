import { isProcessDefinitionChanged, type ProcessDefinition } from '@nguon/domain';
import { useMemo, useState } from 'react';
import { useProcessVersion } from '../designer-api';
import type { DesignerSource } from './designer-source';

const noStages: ReadonlySet<string> = new Set();

/**
 * The latest published version's number and whether `checked` (the draft as last checked) differs from it;
 * `changed` is null while the version loads. A draft with no version yet is changed once it has stages.
 * `publishedStageIds`: the stages that version has (their keys are frozen), null while it loads; likewise
 * `publishedJobIds` for jobs. Without a process (a template draft) the source's `published` definition (the
 * template's base version) freezes the keys instead: co-ops made processes and records with them.
 */
export function useLatestVersion(source: DesignerSource, checked: ProcessDefinition) {
  const { process } = source;
  const [number, setNumber] = useState<number | null>(process?.latestVersion?.number ?? null);
  const version = useProcessVersion(process?.id ?? '', process ? number : null);
  // nothing published yet; otherwise the published definition, undefined while it loads
  const none = process ? number === null : source.published === null;
  const latest = process ? version.data?.definition : (source.published ?? undefined);
  const changed = useMemo(() => {
    if (none) return checked.stages.length > 0;
    return latest ? isProcessDefinitionChanged(latest, checked) : null;
  }, [none, latest, checked]);
  const publishedStageIds = useMemo(() => {
    if (none) return noStages;
    return latest ? new Set(latest.stages.map((stage) => stage.id)) : null;
  }, [none, latest]);
  const publishedJobIds = useMemo(() => {
    if (none) return noStages;
    return latest ? new Set(latest.stages.flatMap((stage) => (stage.jobs ?? []).map((job) => job.id))) : null;
  }, [none, latest]);
  return { number, changed, setNumber, publishedStageIds, publishedJobIds };
}
