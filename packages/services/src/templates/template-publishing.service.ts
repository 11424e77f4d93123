import {
  type PublishTemplateBody,
  resourceNames,
  type TemplateFile,
  type TemplateView,
} from '@nguon/contracts';
import {
  findTemplateByKey,
  findTemplateDraftByKey,
  findTemplateVersion,
  findTemplateVersionByHash,
  insertTemplate,
  insertTemplateVersion,
  latestTemplateVersion,
  listTemplateVersions,
  lockTemplate,
  lockTemplateKey,
  setTemplateProductType,
  setTemplateVersionDeprecation,
} from '@nguon/db';
import { type PersonPrincipal, type Principal, requirePerson } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { checkTemplateFile } from './template-file-check';
import { type BrokenTemplateFile, readTemplateFolder, templateLoadFault } from './template-folder';
import { isTemplatePublisher } from './template-library.service';
import {
  storedTemplateFile,
  templateCard,
  templateContentHash,
  templateSearchText,
  toTemplateVersionSummary,
  toTemplateView,
} from './template-views';

/** A person who may publish: an expert or an admin; anyone else, an owner too, is refused. */
export function requireTemplatePublisher(principal: Principal): PersonPrincipal {
  const person = requirePerson(principal);
  if (!isTemplatePublisher(person)) throw new AppError('TEMPLATE_EXPERTS_ONLY');
  return person;
}

type StoredVersion = { added: true; number: number } | { added: false; existing: number };

/**
 * Stores a checked file as the template's next version unless a version has the same content (that one's
 * number is returned). Runs inside the caller's unit of work, under the template's row lock.
 */
export async function storeTemplateVersion(
  ctx: ServiceContext,
  templateId: string,
  file: TemplateFile,
  publication: { source: 'file' | 'expert'; publishedBy: string | null },
): Promise<StoredVersion> {
  const contentHash = templateContentHash(file);
  const inserted = await insertTemplateVersion(ctx.db, {
    id: ctx.newId(),
    templateId,
    content: file,
    contentHash,
    card: templateCard(file),
    nameVi: file.name.vi,
    nameEn: file.name.en,
    searchText: templateSearchText(file),
    source: publication.source,
    publishedBy: publication.publishedBy,
    now: ctx.now(),
  });
  if (inserted) {
    await setTemplateProductType(ctx.db, templateId, file.productType);
    return { added: true, number: inserted.number };
  }
  const existing = await findTemplateVersionByHash(ctx.db, templateId, contentHash);
  if (!existing) throw new Error(`template ${templateId}: version neither inserted nor found`);
  return { added: false, existing: existing.number };
}

/** The template with this key, created (for the file's product type, with `id`) when there is none yet. */
async function templateIdFor(
  ctx: ServiceContext,
  file: TemplateFile,
  createdBy: string | null,
  id: string = ctx.newId(),
) {
  const created = await insertTemplate(ctx.db, {
    id,
    key: file.key,
    productType: file.productType,
    createdBy,
    now: ctx.now(),
  });
  if (created) return { id, created };
  const found = await findTemplateByKey(ctx.db, file.key);
  if (!found) throw new Error(`template ${file.key}: neither inserted nor found`);
  return { id: found.id, created };
}

export interface TemplateSyncResult {
  added: Array<{ key: string; number: number }>;
  unchanged: number;
  broken: BrokenTemplateFile[];
}

/**
 * Loads `dir` (templates/) at start: each good file becomes its template's next version unless a version
 * already has its content, each in its own unit of work; broken files are reported, never fatal. Replicas
 * starting together add each version once (the template's row lock and the unique content hash).
 */
export async function syncTemplateFiles(ctx: ServiceContext, dir: string): Promise<TemplateSyncResult> {
  const { templates, broken } = await readTemplateFolder(dir);
  const result: TemplateSyncResult = { added: [], unchanged: 0, broken };
  for (const { name, path, file } of templates) {
    // No check of keys held by a new template's draft: reviewed repo files win, and that draft's publish then
    // gets TEMPLATE_KEY_TAKEN (uploads are refused instead, in publishTemplateFile).
    const stored = await withUnitOfWork(ctx, async (unit) => {
      const template = await templateIdFor(unit, file, null);
      return storeTemplateVersion(unit, template.id, file, { source: 'file', publishedBy: null });
    }).catch((error: unknown) => {
      // a file the database still refuses is that file's fault; the others load (a fault of the database is not)
      if (!(error instanceof AppError)) throw error;
      result.broken.push({ name, path, fault: templateLoadFault(error) });
      return null;
    });
    if (stored?.added) result.added.push({ key: file.key, number: stored.number });
    else if (stored) result.unchanged += 1;
  }
  return result;
}

async function viewOf(ctx: ServiceContext, templateId: string, key: string, number: number) {
  const versions = await listTemplateVersions(ctx.db, templateId);
  const shown = versions.find((version) => version.number === number);
  if (!shown) throw new Error(`template ${key}: version ${number} missing after publishing`);
  const latestUsable = versions.find((version) => version.deprecated_at === null) ?? null;
  return toTemplateView({ id: templateId, key, versionCount: versions.length, latestUsable }, shown);
}

type Named = { id: string; name: { vi: string; en: string } };

/** A stage or job as an error names it: its name, or its id when it has none. */
const nameOf = ({ id, name }: Named) => ({ vi: name.vi || id, en: name.en || name.vi || id });

function keyChanged(name: { vi: string; en: string }, from: string, to: string, path: string) {
  return new AppError('TEMPLATE_KEY_CHANGED', { name, from, to }, path);
}

/**
 * Refuses a file that changes the key of a stage, or of a job of the same stage, that the newest version has
 * (same id): co-ops' processes and records carry the keys, and their updates match stages by key.
 */
function refuseChangedKeys(newest: TemplateFile, file: TemplateFile): void {
  const before = new Map(newest.process.definition.stages.map((stage) => [stage.id, stage]));
  file.process.definition.stages.forEach((stage, n) => {
    const old = before.get(stage.id);
    if (!old) return;
    const at = `/process/definition/stages/${n}`;
    if (old.key !== stage.key) throw keyChanged(nameOf(stage), old.key, stage.key, `${at}/key`);
    const jobKeys = new Map((old.jobs ?? []).map((job) => [job.id, job.key]));
    (stage.jobs ?? []).forEach((job, m) => {
      const from = jobKeys.get(job.id);
      if (from === undefined || from === job.key) return;
      // the job's own name; the path says which stage
      throw keyChanged(nameOf(job), from, job.key, `${at}/jobs/${m}/key`);
    });
  });
}

/** A new template's draft (template id null) other than `draftId` holding the file's key refuses it. */
async function refuseKeyOfDraft(unit: ServiceContext, key: string, draftId: string): Promise<void> {
  const held = await findTemplateDraftByKey(unit.db, key);
  if (held && held.template_id === null && held.id !== draftId)
    throw new AppError('TEMPLATE_KEY_TAKEN', { key }, '/key');
}

/** Where an expert's checked file goes: a new template (with this id) or the next version of one. */
export type TemplatePublication = { newTemplateId: string } | { templateId: string };

/**
 * Stores an expert's checked file as a new template (its key must be free of templates and of other new
 * templates' drafts: TEMPLATE_KEY_TAKEN) or as the next version of a template (same key, the newest
 * version's stage and job keys: TEMPLATE_KEY_CHANGED, new content: TEMPLATE_UNCHANGED). Runs inside the caller's unit
 * of work; uploads and drafts publish through here.
 */
export async function publishTemplateFile(
  unit: ServiceContext,
  person: PersonPrincipal,
  file: TemplateFile,
  target: TemplatePublication,
): Promise<TemplateView> {
  const publication = { source: 'expert', publishedBy: person.userId } as const;
  if ('newTemplateId' in target) {
    // an upload's new id is no draft's; a draft publishing a new template uses its own id. A draft created
    // for the same key at the same moment waits on the key's lock (each checks the other's table).
    await lockTemplateKey(unit.db, file.key);
    await refuseKeyOfDraft(unit, file.key, target.newTemplateId);
    const template = await templateIdFor(unit, file, person.userId, target.newTemplateId);
    if (!template.created) throw new AppError('TEMPLATE_KEY_TAKEN', { key: file.key }, '/key');
    const stored = await storeTemplateVersion(unit, template.id, file, publication);
    if (!stored.added) throw new Error(`template ${file.key}: a new template already had a version`);
    return viewOf(unit, template.id, file.key, stored.number);
  }
  const template = await lockTemplate(unit.db, target.templateId);
  if (!template) throw new AppError('NOT_FOUND', { resource: resourceNames.template });
  if (file.key !== template.key)
    throw new AppError('TEMPLATE_KEY_MISMATCH', { found: file.key, key: template.key }, '/key');
  const newest = await latestTemplateVersion(unit.db, template.id, { usable: false });
  if (newest) refuseChangedKeys(storedTemplateFile(newest), file);
  const stored = await storeTemplateVersion(unit, template.id, file, publication);
  if (!stored.added) throw new AppError('TEMPLATE_UNCHANGED', { version: stored.existing });
  return viewOf(unit, template.id, template.key, stored.number);
}

/**
 * An expert's new template from a file; the file is checked whole before anything is written. Paths of its
 * problems point into the file (as for a file of templates/), not into the request body around it.
 */
export async function createTemplate(
  ctx: ServiceContext,
  principal: Principal,
  body: PublishTemplateBody,
): Promise<TemplateView> {
  const person = requireTemplatePublisher(principal);
  const file = checkTemplateFile(body.file);
  return withUnitOfWork(ctx, (unit) =>
    publishTemplateFile(unit, person, file, { newTemplateId: unit.newId() }),
  );
}

/** An expert's file as the next version of a template: same key, new content. */
export async function publishTemplateVersion(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: PublishTemplateBody,
): Promise<TemplateView> {
  const person = requireTemplatePublisher(principal);
  const file = checkTemplateFile(body.file);
  return withUnitOfWork(ctx, (unit) => publishTemplateFile(unit, person, file, { templateId: id }));
}

/** Deprecates a version with a message in both languages: owners can no longer use it. */
export async function deprecateTemplateVersion(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  number: number,
  body: { message: { vi: string; en: string } },
) {
  const person = requireTemplatePublisher(principal);
  return withUnitOfWork(ctx, async (unit) => {
    const template = await lockTemplate(unit.db, id);
    if (!template) throw new AppError('NOT_FOUND', { resource: resourceNames.template });
    const changed = await setTemplateVersionDeprecation(unit.db, {
      templateId: id,
      number,
      messageVi: body.message.vi.trim(),
      messageEn: body.message.en.trim(),
      deprecatedBy: person.userId,
      now: unit.now(),
    });
    if (!changed) throw new AppError('NOT_FOUND', { resource: resourceNames.templateVersion });
    const version = await findTemplateVersion(unit.db, id, number);
    if (!version) throw new Error(`template ${template.key}: version ${number} missing after deprecating`);
    return toTemplateVersionSummary(version);
  });
}
