import {
  type CreateTemplateDraftBody,
  type DiscardTemplateDraftQuery,
  type ProcessDraftSource,
  resourceNames,
  type SaveDraftBody,
  type SaveTemplateDraftDetailsBody,
  type TemplateDraftDetails,
  type TemplateDraftSummary,
  type TemplateDraftViewSource,
} from '@nguon/contracts';
import {
  type Db,
  deleteTemplateDraft,
  findTemplate,
  findTemplateByKey,
  findTemplateDraft,
  findTemplateDraftByKey,
  findUserById,
  insertTemplateDraft,
  latestTemplateVersion,
  listTemplateDrafts as listDraftRows,
  lockTemplateDraft,
  lockTemplateKey,
  type TemplateDraftRow,
  updateTemplateDraftDetails,
  updateTemplateDraftProcess,
} from '@nguon/db';
import { canonicalJson, emptyProcessDefinition } from '@nguon/domain';
import type { Principal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { assertStorableText } from '../errors/storable-text';
import { parseStoredDefinition } from '../processes/process-views';
import { withUnitOfWork } from '../unit-of-work';
import {
  detailsOfFile,
  parseStoredDetails,
  toTemplateDraftProcess,
  toTemplateDraftSummary,
  toTemplateDraftView,
} from './template-draft-views';
import { requireTemplatePublisher } from './template-publishing.service';
import { storedTemplateFile } from './template-views';

const vietnamTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
});

type DraftPart = 'process' | 'details';

/** Someone saved this part since the caller read it: say who, when and at which revision; change nothing. */
export async function templateDraftConflict(
  db: Db,
  row: TemplateDraftRow,
  part: DraftPart,
): Promise<AppError> {
  const [by, at, revision] =
    part === 'process'
      ? [row.process_updated_by, row.process_updated_at, row.process_revision]
      : [row.details_updated_by, row.details_updated_at, row.details_revision];
  const user = by ? await findUserById(db, by) : undefined;
  return new AppError('TEMPLATE_DRAFT_CONFLICT', {
    name: user?.name ?? { kind: 'message', key: 'processes.detail.someoneElse' },
    at: vietnamTime.format(at),
    revision,
  });
}

/** Locks the draft (NOT_FOUND when there is none) and checks the part is still at the revision read. */
export async function lockDraftAt(db: Db, id: string, part: DraftPart, revision: number) {
  const row = await lockTemplateDraft(db, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.templateDraft });
  const current = part === 'process' ? row.process_revision : row.details_revision;
  if (current !== revision) throw await templateDraftConflict(db, row, part);
  return row;
}

/** The draft as the editor reads it; NOT_FOUND when there is none. */
export async function draftView(db: Db, id: string): Promise<TemplateDraftViewSource> {
  const row = await findTemplateDraft(db, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.templateDraft });
  return toTemplateDraftView(row);
}

/** What a new template starts with: its name everywhere a name is asked, a sample product named like it. */
function newDraftDetails(body: CreateTemplateDraftBody): TemplateDraftDetails {
  const empty = { vi: '', en: '' };
  return {
    productType: body.productType,
    name: body.name,
    summary: empty,
    keywords: [],
    guide: empty,
    processName: body.name,
    stageNotes: {},
    catalogs: [],
    // a template key is a valid SKU (lower-case words and hyphens, at most 64 characters)
    sampleProduct: { name: body.name, sku: body.key },
  };
}

/** Starts a new template from an empty process; its key must be free among templates and drafts. */
export async function createTemplateDraft(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateTemplateDraftBody,
): Promise<TemplateDraftViewSource> {
  const person = requireTemplatePublisher(principal);
  const taken = () => new AppError('TEMPLATE_KEY_TAKEN', { key: body.key }, '/key');
  return withUnitOfWork(ctx, async (unit) => {
    // an upload of the same key at the same moment waits here (it checks the drafts, this the templates)
    await lockTemplateKey(unit.db, body.key);
    if ((await findTemplateByKey(unit.db, body.key)) || (await findTemplateDraftByKey(unit.db, body.key)))
      throw taken();
    const id = unit.newId();
    const inserted = await insertTemplateDraft(unit.db, {
      id,
      templateId: null,
      key: body.key,
      baseVersion: null,
      definition: emptyProcessDefinition(),
      details: newDraftDetails(body),
      createdBy: person.userId,
      now: unit.now(),
    });
    // another expert took the key between the look-up and the insert
    if (!inserted) throw taken();
    return draftView(unit.db, id);
  });
}

/**
 * The template's draft, started from its newest version when there is none. The newest even when it is
 * deprecated: the next version follows it, and starting from an older one would silently undo its changes.
 * Two experts opening at once get the same draft (one id, the insert of the second does nothing).
 */
export async function openTemplateDraft(
  ctx: ServiceContext,
  principal: Principal,
  templateId: string,
): Promise<TemplateDraftViewSource> {
  const person = requireTemplatePublisher(principal);
  return withUnitOfWork(ctx, async (unit) => {
    const template = await findTemplate(unit.db, templateId);
    if (!template) throw new AppError('NOT_FOUND', { resource: resourceNames.template });
    if (await findTemplateDraft(unit.db, templateId)) return draftView(unit.db, templateId);
    const newest = await latestTemplateVersion(unit.db, templateId, { usable: false });
    if (!newest) throw new Error(`template ${template.key} has no version`);
    const file = storedTemplateFile(newest);
    await insertTemplateDraft(unit.db, {
      id: templateId,
      templateId,
      key: template.key,
      baseVersion: newest.number,
      definition: file.process.definition,
      details: detailsOfFile(file),
      createdBy: person.userId,
      now: unit.now(),
    });
    const row = await findTemplateDraft(unit.db, templateId);
    // nothing inserted and none found: a draft of a new template holds the key (a file was uploaded meanwhile)
    if (!row) throw new AppError('TEMPLATE_KEY_TAKEN', { key: template.key }, '/key');
    return toTemplateDraftView(row);
  });
}

export async function getTemplateDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<TemplateDraftViewSource> {
  requireTemplatePublisher(principal);
  return draftView(ctx.db, id);
}

export async function listTemplateDrafts(
  ctx: ServiceContext,
  principal: Principal,
): Promise<{ items: TemplateDraftSummary[] }> {
  requireTemplatePublisher(principal);
  const rows = await listDraftRows(ctx.db);
  return { items: rows.map(toTemplateDraftSummary) };
}

/** A revision as a query carries it (the contract's pattern holds it to 1 to 10 digits). */
function revisionOf(text: string, name: string): number {
  const revision = Number.parseInt(text, 10);
  if (!/^[1-9][0-9]{0,9}$/.test(text) || !Number.isSafeInteger(revision))
    throw new AppError('VALIDATION_FAILED', { path: `/${name}`, detail: text }, `/${name}`);
  return revision;
}

/**
 * Throws the draft away at the revisions of both parts read: a part saved since by another expert refuses it
 * (TEMPLATE_DRAFT_CONFLICT, nothing deleted). The template's published versions stay as they are.
 */
export async function discardTemplateDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  query: DiscardTemplateDraftQuery,
): Promise<void> {
  requireTemplatePublisher(principal);
  const processRevision = revisionOf(query.processRevision, 'processRevision');
  const detailsRevision = revisionOf(query.detailsRevision, 'detailsRevision');
  await withUnitOfWork(ctx, async (unit) => {
    const row = await lockDraftAt(unit.db, id, 'process', processRevision);
    if (row.details_revision !== detailsRevision) throw await templateDraftConflict(unit.db, row, 'details');
    if (!(await deleteTemplateDraft(unit.db, id)))
      throw new Error(`template draft ${id} vanished while locked`);
  });
}

/** Saves the process part at the revision read; an unchanged process keeps its revision (two tabs, no conflict). */
export async function saveTemplateDraftProcess(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: SaveDraftBody,
): Promise<ProcessDraftSource> {
  const person = requireTemplatePublisher(principal);
  return withUnitOfWork(ctx, async (unit) => {
    const row = await lockDraftAt(unit.db, id, 'process', body.revision);
    if (canonicalJson(parseStoredDefinition(row.definition)) !== canonicalJson(body.definition)) {
      const update = { id, revision: body.revision, content: body.definition, now: unit.now() };
      const saved = await updateTemplateDraftProcess(unit.db, { ...update, updatedBy: person.userId });
      if (saved === null) throw await templateDraftConflict(unit.db, row, 'process');
    }
    const saved = await findTemplateDraft(unit.db, id);
    if (!saved) throw new Error(`template draft ${id} missing after saving`);
    return toTemplateDraftProcess(saved);
  });
}

/** Saves the details part at the revision read, like the process part. */
export async function saveTemplateDraftDetails(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: SaveTemplateDraftDetailsBody,
): Promise<TemplateDraftViewSource> {
  const person = requireTemplatePublisher(principal);
  assertStorableText(body.details, '/details');
  return withUnitOfWork(ctx, async (unit) => {
    const row = await lockDraftAt(unit.db, id, 'details', body.revision);
    if (canonicalJson(parseStoredDetails(row.details)) !== canonicalJson(body.details)) {
      const update = { id, revision: body.revision, content: body.details, now: unit.now() };
      const saved = await updateTemplateDraftDetails(unit.db, { ...update, updatedBy: person.userId });
      if (saved === null) throw await templateDraftConflict(unit.db, row, 'details');
    }
    return draftView(unit.db, id);
  });
}
