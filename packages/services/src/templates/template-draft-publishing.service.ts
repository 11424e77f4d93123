import type { PublishTemplateDraftBody, TemplateFile, TemplateView } from '@nguon/contracts';
import {
  type Db,
  deleteTemplateDraft,
  latestTemplateVersion,
  lockTemplate,
  type TemplateDraftRow,
} from '@nguon/db';
import { canonicalJson } from '@nguon/domain';
import type { Principal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { parseStoredDefinition } from '../processes/process-views';
import { withUnitOfWork } from '../unit-of-work';
import { assembleTemplateFile, parseStoredDetails } from './template-draft-views';
import { lockDraftAt, templateDraftConflict } from './template-drafts.service';
import { checkTemplateFile } from './template-file-check';
import { publishTemplateFile, requireTemplatePublisher } from './template-publishing.service';
import { storedTemplateFile } from './template-views';

/** A file's content apart from its change note: a new note alone is not a new version. */
const contentOf = (file: TemplateFile) => canonicalJson({ ...file, changeNote: null });

/**
 * Refuses a draft that publishes what the newest version (deprecated too) already has, whatever its note says
 * (TEMPLATE_UNCHANGED). Only the newest: going back to an older version's content is a legit revert.
 */
async function refuseUnchanged(db: Db, templateId: string, file: TemplateFile): Promise<void> {
  const newest = await latestTemplateVersion(db, templateId, { usable: false });
  if (newest && contentOf(storedTemplateFile(newest)) === contentOf(file))
    throw new AppError('TEMPLATE_UNCHANGED', { version: newest.number });
}

/**
 * Refuses a draft of a template whose newest version (deprecated too) is not the one it was opened from:
 * publishing it would silently undo that version (TEMPLATE_DRAFT_OUTDATED). Takes the template's lock, so no
 * version is added until the draft is published.
 */
async function refuseOutdated(db: Db, row: TemplateDraftRow & { template_id: string }): Promise<void> {
  if (!(await lockTemplate(db, row.template_id))) throw new Error(`template ${row.key} missing`);
  const newest = await latestTemplateVersion(db, row.template_id, { usable: false });
  if (newest && newest.number !== row.base_version)
    throw new AppError('TEMPLATE_DRAFT_OUTDATED', { base: row.base_version ?? 0, latest: newest.number });
}

/**
 * Publishes the draft as its template's next version (or a new template, whose id is the draft's) after the
 * same check as an uploaded file, then closes the draft: one unit of work, so a refusal changes nothing.
 * Paths of refusals point into the assembled file (`/process/definition/...`, `/stageNotes/...`).
 */
export async function publishTemplateDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: PublishTemplateDraftBody,
): Promise<TemplateView> {
  const person = requireTemplatePublisher(principal);
  return withUnitOfWork(ctx, async (unit) => {
    const row = await lockDraftAt(unit.db, id, 'process', body.processRevision);
    if (row.details_revision !== body.detailsRevision)
      throw await templateDraftConflict(unit.db, row, 'details');
    if (row.template_id) await refuseOutdated(unit.db, { ...row, template_id: row.template_id });
    const definition = parseStoredDefinition(row.definition);
    const details = parseStoredDetails(row.details);
    const file = checkTemplateFile(assembleTemplateFile(row.key, definition, details, body.changeNote));
    if (row.template_id) await refuseUnchanged(unit.db, row.template_id, file);
    const target = row.template_id ? { templateId: row.template_id } : { newTemplateId: row.id };
    const view = await publishTemplateFile(unit, person, file, target);
    await deleteTemplateDraft(unit.db, id);
    return view;
  });
}
