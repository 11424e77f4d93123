import type { TemplateDraftDetailChange, TemplateDraftDetails } from '@nguon/contracts';
import type {
  ProcessDefinition,
  ProcessStage,
  TemplateDetailChange,
  TemplateStageChange,
} from '@nguon/domain';
import { AppError } from '../errors/app-error';
import { definitionFault } from '../processes/process-views';
import { detailsFault } from './template-draft-views';

/** A template's content as a draft holds it: the process and the rest. Catalogs are named by key in all three. */
export interface DraftContent {
  definition: ProcessDefinition;
  details: TemplateDraftDetails;
}

/** The version a draft came from, the template's newest version and the draft. */
export interface UpdateContents {
  base: DraftContent;
  newest: DraftContent;
  draft: DraftContent;
}

type Name = { vi: string; en: string };

const byKey = (stages: readonly ProcessStage[], key: string) => stages.find((stage) => stage.key === key);
const byId = (stages: readonly ProcessStage[], id: string) => stages.find((stage) => stage.id === id);

/**
 * The ids of the stages the newer version adds (its id) or removes (the base's): their notes are no parts of
 * their own, since a note without its stage (or a stage without its note) is no choice an expert means.
 */
function movedStageIds(contents: UpdateContents, stages: readonly TemplateStageChange[]): Set<string> {
  const ids = stages.map(({ key, change }) => {
    if (change === 'added') return byKey(contents.newest.definition.stages, key)?.id;
    return change === 'removed' ? byKey(contents.base.definition.stages, key)?.id : undefined;
  });
  return new Set(ids.filter((id) => id !== undefined));
}

/** The name an expert reads a catalog or a stage note by: the draft's, else the newest version's, else the base's. */
function partName(contents: UpdateContents, change: TemplateDetailChange): Name | null {
  const { key } = change;
  if (key === null) return null;
  const order = [contents.draft, contents.newest, contents.base];
  const names = order.map((content) =>
    change.part === 'catalog'
      ? content.details.catalogs.find((catalog) => catalog.key === key)?.name
      : change.part === 'stageNote'
        ? byId(content.definition.stages, key)?.name
        : undefined,
  );
  return names.find((name) => name !== undefined) ?? null;
}

/** The detail changes an expert chooses among: named, without the notes of stages added or removed. */
export function offeredDetailChanges(
  contents: UpdateContents,
  details: readonly TemplateDetailChange[],
  stages: readonly TemplateStageChange[],
): TemplateDraftDetailChange[] {
  const moved = movedStageIds(contents, stages);
  return details
    .filter((change) => !(change.part === 'stageNote' && change.key !== null && moved.has(change.key)))
    .map((change) => ({ ...change, name: partName(contents, change) }));
}

const withoutNote = (notes: TemplateDraftDetails['stageNotes'], id: string) =>
  Object.fromEntries(Object.entries(notes).filter(([stageId]) => stageId !== id));

/** The notes after one chosen added or removed stage was taken: latest's note goes or comes with the stage. */
function noteWithStage(
  contents: UpdateContents,
  definition: ProcessDefinition,
  notes: TemplateDraftDetails['stageNotes'],
  { key, change }: TemplateStageChange,
): TemplateDraftDetails['stageNotes'] {
  if (change === 'added') {
    const after = byKey(contents.newest.definition.stages, key);
    const here = byKey(definition.stages, key);
    if (!after || !here) return notes;
    const rest = withoutNote(notes, here.id);
    const note = contents.newest.details.stageNotes[after.id];
    return note === undefined ? rest : { ...rest, [here.id]: note };
  }
  if (change !== 'removed') return notes;
  // the draft's stage may be matched by key under another id; a stage the take kept keeps its note
  const gone = [byKey(contents.base.definition.stages, key), byKey(contents.draft.definition.stages, key)];
  return gone.reduce(
    (left, stage) => (stage && !byId(definition.stages, stage.id) ? withoutNote(left, stage.id) : left),
    notes,
  );
}

/**
 * The merged details with the notes of the chosen stages the newer version adds or removes following them;
 * the note of such a stage not chosen stays as the draft has it. `definition` is the merged one.
 */
export function notesWithStages(
  contents: UpdateContents,
  chosen: readonly TemplateStageChange[],
  definition: ProcessDefinition,
  details: TemplateDraftDetails,
): TemplateDraftDetails {
  const moved = chosen.filter((stage) => stage.change === 'added' || stage.change === 'removed');
  const stageNotes = moved.reduce(
    (notes, stage) => noteWithStage(contents, definition, notes, stage),
    details.stageNotes,
  );
  return { ...details, stageNotes };
}

/**
 * Refuses a take whose result the save endpoints would refuse (too many catalogs, stages or arrows, a text too
 * long): stored, it could not be read back, and every list of drafts would fail with it.
 */
export function refuseTooLarge(definition: ProcessDefinition, details: TemplateDraftDetails): void {
  const definitionAt = definitionFault(definition);
  const fault = definitionAt === null ? detailsFault(details) : null;
  if (definitionAt !== null)
    throw new AppError('TEMPLATE_UPDATE_TOO_LARGE', {}, `/definition${definitionAt}`);
  if (fault !== null) throw new AppError('TEMPLATE_UPDATE_TOO_LARGE', {}, `/details${fault}`);
}
