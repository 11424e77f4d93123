import {
  resourceNames,
  type TakeTemplateDraftUpdateBody,
  type TemplateDraftDetailChange,
  type TemplateDraftUpdateView,
  type TemplateDraftViewSource,
  type TemplateFile,
} from '@nguon/contracts';
import {
  type Db,
  findTemplateDraft,
  findTemplateVersion,
  latestTemplateVersion,
  lockTemplate,
  rebaseTemplateDraft,
  type TemplateDraftRow,
} from '@nguon/db';
import {
  applyTemplateDetailParts,
  applyTemplateStages,
  diffProcessDefinitions,
  type ProcessStage,
  type TemplateStageChange,
  templateDetailChanges,
  templateStageChanges,
} from '@nguon/domain';
import { summarizeFormFields } from '@nguon/forms';
import type { Principal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { parseStoredDefinition } from '../processes/process-views';
import { withUnitOfWork } from '../unit-of-work';
import {
  type DraftContent,
  notesWithStages,
  offeredDetailChanges,
  refuseTooLarge,
  type UpdateContents,
} from './template-draft-update-parts';
import { detailsOfFile, parseStoredDetails } from './template-draft-views';
import { draftView, lockDraftAt, templateDraftConflict } from './template-drafts.service';
import { requireTemplatePublisher } from './template-publishing.service';
import { chosenChanges } from './template-updates';
import { storedTemplateFile } from './template-views';

const fieldsOf = (stage: ProcessStage) => summarizeFormFields(stage.form);

/** An outdated draft with the version it came from and the template's newest version (deprecated ones too). */
interface DraftUpdate extends UpdateContents {
  baseNumber: number;
  latest: { number: number; file: TemplateFile };
}

const contentOf = (file: TemplateFile): DraftContent => ({
  definition: file.process.definition,
  details: detailsOfFile(file),
});

/** The newer version waiting for the draft, or TEMPLATE_DRAFT_CURRENT (a new template's, or already at the newest). */
async function draftUpdate(db: Db, row: TemplateDraftRow): Promise<DraftUpdate> {
  const { template_id: templateId, base_version: baseNumber } = row;
  const newest = templateId && (await latestTemplateVersion(db, templateId, { usable: false }));
  if (!templateId || baseNumber === null || !newest || newest.number <= baseNumber)
    throw new AppError('TEMPLATE_DRAFT_CURRENT');
  const base = await findTemplateVersion(db, templateId, baseNumber);
  if (!base) throw new Error(`template ${row.key}: version ${baseNumber} of a draft is missing`);
  const file = storedTemplateFile(newest);
  return {
    baseNumber,
    latest: { number: newest.number, file },
    base: contentOf(storedTemplateFile(base)),
    newest: contentOf(file),
    draft: { definition: parseStoredDefinition(row.definition), details: parseStoredDetails(row.details) },
  };
}

const definitionsOf = (update: DraftUpdate) => ({
  base: update.base.definition,
  latest: update.newest.definition,
  draft: update.draft.definition,
});

const detailsOf = (update: DraftUpdate) => ({
  base: update.base.details,
  latest: update.newest.details,
  draft: update.draft.details,
});

// an expert's draft has no stages "taken" apart from its content: what it holds is what it took
const stageChangesOf = (update: DraftUpdate): TemplateStageChange[] =>
  templateStageChanges(definitionsOf(update), fieldsOf);

const detailChangesOf = (update: DraftUpdate): TemplateDraftDetailChange[] =>
  offeredDetailChanges(update, templateDetailChanges(detailsOf(update)), stageChangesOf(update));

/**
 * What the template's newest version changed since the version the draft was opened from: the designer's diff,
 * each changed stage and each changed part of the details, with where the draft stands on each.
 */
export async function getTemplateDraftUpdate(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<TemplateDraftUpdateView> {
  requireTemplatePublisher(principal);
  const row = await findTemplateDraft(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.templateDraft });
  const update = await draftUpdate(ctx.db, row);
  const diff = diffProcessDefinitions(update.base.definition, update.newest.definition, fieldsOf);
  const [from, to] = [update.baseNumber, update.latest.number];
  return {
    from,
    to,
    note: update.latest.file.changeNote,
    diff: { ...diff, from: String(from), to: String(to) },
    stages: stageChangesOf(update),
    details: detailChangesOf(update),
  };
}

/** The chosen detail parts, in the update's order; an id the update does not list is refused with its path. */
function chosenParts(changes: readonly TemplateDraftDetailChange[], ids: readonly string[]): string[] {
  ids.forEach((part, index) => {
    if (!changes.some((change) => change.id === part))
      throw new AppError('TEMPLATE_PART_CHANGE_UNKNOWN', { part }, `/detailParts/${index}`);
  });
  return changes.filter((change) => ids.includes(change.id)).map((change) => change.id);
}

/** Locks the draft at both revisions read, then its template, so no version is added until the take is written. */
async function lockForTake(db: Db, id: string, body: TakeTemplateDraftUpdateBody): Promise<TemplateDraftRow> {
  const row = await lockDraftAt(db, id, 'process', body.processRevision);
  if (row.details_revision !== body.detailsRevision) throw await templateDraftConflict(db, row, 'details');
  if (row.template_id && !(await lockTemplate(db, row.template_id)))
    throw new Error(`template ${row.key} missing`);
  return row;
}

/**
 * Brings the draft onto the template's newest version: the chosen stages and detail parts are taken from it,
 * every other stage and part stays as the draft has it, both parts are written (new revisions) and the draft's
 * base becomes that version. The note of a stage the newer version adds or removes goes with that stage. A result
 * past the limits of a draft is refused (TEMPLATE_UPDATE_TOO_LARGE). One unit of work; any refusal changes nothing. The draft's problems afterwards are
 * what they are (a stage taken may pick from a catalog not taken: the draft's problems say so).
 */
export async function takeTemplateDraftUpdate(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: TakeTemplateDraftUpdateBody,
): Promise<TemplateDraftViewSource> {
  const person = requireTemplatePublisher(principal);
  return withUnitOfWork(ctx, async (unit) => {
    const row = await lockForTake(unit.db, id, body);
    const update = await draftUpdate(unit.db, row);
    if (body.version !== update.latest.number)
      throw new AppError('TEMPLATE_DRAFT_OUTDATED', {
        base: update.baseNumber,
        latest: update.latest.number,
      });
    const stages = chosenChanges(stageChangesOf(update), body.stageKeys);
    const parts = chosenParts(detailChangesOf(update), body.detailParts);
    const definition = applyTemplateStages(definitionsOf(update), stages);
    const merged = applyTemplateDetailParts(detailsOf(update), parts);
    const details = notesWithStages(update, stages, definition, merged);
    refuseTooLarge(definition, details);
    const written = await rebaseTemplateDraft(unit.db, {
      id,
      processRevision: body.processRevision,
      detailsRevision: body.detailsRevision,
      definition,
      details,
      baseVersion: update.latest.number,
      updatedBy: person.userId,
      now: unit.now(),
    });
    // the row is locked at both revisions: nothing can have moved them
    if (!written) throw new Error(`template draft ${id} moved while locked`);
    return draftView(unit.db, id);
  });
}
