import type { WordSource } from '@nguon/contracts';
import {
  type Db,
  findCatalogItem,
  findTenantFiles,
  findVisibleCatalog,
  markFilesPublic,
  markPhotosPrivate,
} from '@nguon/db';
import type { ProcessStage, StageForm, StageJob } from '@nguon/domain';
import {
  createFormValidatorCache,
  describeAjvErrors,
  type FormModel,
  type FormReference,
  formReferences,
  parseFormSchema,
  publicPhotoIds,
} from '@nguon/forms';
import { AppError, type FieldError } from '../errors/app-error';
import { isImageType } from '../files/file-content';

/**
 * The form a record is filled in: a stage's, or one job's of a stage. `id` keys the caches with the version:
 * the stage id, or `stageId:jobId` for a job (ids never hold a colon), so a job form is compiled once too.
 */
export interface RecordForm {
  id: string;
  key: string;
  form: StageForm;
}

/** The form of a record of the stage, or of one of its jobs. */
export function recordFormOf(stage: ProcessStage, job?: StageJob): RecordForm {
  return job ? { id: `${stage.id}:${job.id}`, key: `${stage.key}.${job.key}`, form: job.form } : stage;
}

// Compiled once per (version, stage or job): a published version's forms never change.
const validators = createFormValidatorCache({ maxEntries: 1000 });

/** A clock may run a little fast on a phone; beyond this an event time is in the future. */
export const maxClockSkewMs = 5 * 60 * 1000;
const earliestEventTime = Date.parse('2000-01-01T00:00:00Z');

const invalidData: WordSource = { kind: 'message', key: 'lots.detail.invalidData' };

function recordInvalid(errors: FieldError[], detail: WordSource): AppError {
  return new AppError('RECORD_INVALID', { detail }, errors[0]?.path, errors);
}

function assertMatchesSchema(versionId: string, stage: RecordForm, data: Record<string, unknown>) {
  const result = validators.validate(`${versionId}:${stage.id}`, stage.form.schema, data);
  if (result.ok) return;
  const errors = describeAjvErrors(result.errors).map(
    (e): FieldError => ({ path: `/data${e.path}`, kind: 'ajv', keyword: e.keyword, params: e.params }),
  );
  const [first] = errors;
  throw recordInvalid(errors, first ?? invalidData);
}

const missingItem: WordSource = { kind: 'message', key: 'lots.detail.missingCatalogItem' };
const missingFile: WordSource = { kind: 'message', key: 'lots.detail.missingFile' };
const notImage: WordSource = { kind: 'message', key: 'lots.detail.notImage' };

async function referenceFault(
  db: Db,
  tenantId: string,
  ref: FormReference,
  files: Map<string, string>,
): Promise<WordSource | null> {
  if (ref.kind === 'file') {
    const type = files.get(ref.fileId);
    if (type === undefined) return missingFile;
    return ref.image && !isImageType(type) ? notImage : null;
  }
  const catalog = await findVisibleCatalog(db, tenantId, ref.catalogId);
  const item = catalog ? await findCatalogItem(db, ref.catalogId, ref.itemId) : undefined;
  return item ? null : missingItem;
}

// Builder models of published stage forms, by version and stage: parsed once, never changed.
const models = new Map<string, FormModel>();
const maxModels = 1000;

/** The builder model of a published stage form, parsed once per version and stage. */
export function stageModel(versionId: string, stage: RecordForm): FormModel {
  const key = `${versionId}:${stage.id}`;
  const cached = models.get(key);
  if (cached) return cached;
  const parsed = parseFormSchema(stage.form.schema, stage.form.uiSchema, { compile: false });
  if (!parsed.ok) throw new Error(`published stage form ${stage.key} does not parse`);
  if (models.size >= maxModels) models.delete(models.keys().next().value ?? '');
  models.set(key, parsed.model);
  return parsed.model;
}

/**
 * Catalog items and files the data points at must be visible to the tenant: no dangling or foreign ids. Gives
 * the catalog items named, once each.
 */
async function assertReferencesExist(
  db: Db,
  tenantId: string,
  versionId: string,
  stage: RecordForm,
  data: Record<string, unknown>,
): Promise<string[]> {
  const refs = formReferences(stageModel(versionId, stage), data);
  const fileIds = refs.flatMap((ref) => (ref.kind === 'file' ? [ref.fileId] : []));
  const files = new Map((await findTenantFiles(db, tenantId, fileIds)).map((f) => [f.id, f.content_type]));
  for (const ref of refs) {
    const fault = await referenceFault(db, tenantId, ref, files);
    if (fault) throw recordInvalid([{ path: `/data${ref.path}`, ...fault }], fault);
  }
  return [...new Set(refs.flatMap((ref) => (ref.kind === 'catalogItem' ? [ref.itemId] : [])))];
}

/**
 * A record's data must satisfy its stage's form (the same schema the browser checked) and point at real things.
 * Gives the ids of the catalog items it names, for the record to be found by them.
 */
export async function assertValidRecordData(
  db: Db,
  tenantId: string,
  versionId: string,
  stage: RecordForm,
  data: Record<string, unknown>,
): Promise<string[]> {
  assertMatchesSchema(versionId, stage, data);
  return assertReferencesExist(db, tenantId, versionId, stage, data);
}

/** When the work was done: now by default, the past allowed, the future (beyond clock skew) refused. */
export function eventTimeOf(requested: string | undefined, now: Date): Date {
  if (requested === undefined) return now;
  const time = new Date(requested);
  const latest = new Date(now.getTime() + maxClockSkewMs);
  if (time.getTime() > latest.getTime()) {
    throw new AppError('EVENT_TIME_IN_FUTURE', { latest: latest.toISOString() }, '/eventTime');
  }
  if (time.getTime() < earliestEventTime) {
    const detail: WordSource = { kind: 'message', key: 'lots.detail.before2000' };
    throw new AppError('VALIDATION_FAILED', { path: '/eventTime', detail }, '/eventTime');
  }
  return time;
}

/** The photos of a stored record's public fields go public with it: its consumer page shows them. */
export async function publishRecordPhotos(
  db: Db,
  tenantId: string,
  versionId: string,
  stage: RecordForm,
  data: Record<string, unknown>,
): Promise<void> {
  await markFilesPublic(db, tenantId, publicPhotoIds(stageModel(versionId, stage), data));
}

/**
 * A correction's photos: those of its public fields go public; those the corrected record showed publicly and the
 * correction no longer does go private again (a clerk removing a wrong photo expects it gone from the consumer
 * page and its file), unless another current record of the tenant names them.
 */
export async function republishRecordPhotos(
  db: Db,
  tenantId: string,
  corrected: { recordId: string; data: Record<string, unknown> },
  versionId: string,
  stage: RecordForm,
  data: Record<string, unknown>,
): Promise<void> {
  const model = stageModel(versionId, stage);
  const shown = publicPhotoIds(model, data);
  await markFilesPublic(db, tenantId, shown);
  const dropped = publicPhotoIds(model, corrected.data).filter((id) => !shown.includes(id));
  await markPhotosPrivate(db, tenantId, dropped, { recordId: corrected.recordId });
}
