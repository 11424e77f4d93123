import {
  type ProcessDraftSource,
  type ProcessProblemSource,
  type TemplateDraftCheckSource,
  TemplateDraftDetails,
  type TemplateDraftSummary,
  type TemplateDraftViewSource,
  type TemplateFile,
} from '@nguon/contracts';
import type { TemplateDraftWithNames } from '@nguon/db';
import {
  catalogReferencesIn,
  currentTemplateSchemaVersion,
  oneOf,
  type ProcessDefinition,
  productTypeIds,
  type StageForm,
  stageJobs,
} from '@nguon/domain';
import { createAjv } from '@nguon/forms';
import { AppError } from '../errors/app-error';
import { definitionProblems } from '../processes/process-problems';
import { parseStoredDefinition } from '../processes/process-views';
import { checkTemplateFile } from './template-file-check';

const validDetails = createAjv().compile<TemplateDraftDetails>(TemplateDraftDetails);

/** The details part read back from the database is parsed like any input: a bad stored value is a bug. */
export function parseStoredDetails(value: unknown): TemplateDraftDetails {
  if (!validDetails(value))
    throw new Error(`stored template draft details are malformed: ${JSON.stringify(validDetails.errors)}`);
  return value;
}

/** Where details first fail the schema their save body passes (a JSON pointer), or null when they pass. */
export function detailsFault(value: unknown): string | null {
  return validDetails(value) ? null : (validDetails.errors?.[0]?.instancePath ?? '');
}

const person = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

/** A field of a stage's (or job's) form that picks from a catalog the draft does not have. */
function unknownCatalogProblems(
  stageId: string,
  form: StageForm,
  catalogs: ReadonlySet<string>,
  jobId?: string,
): ProcessProblemSource[] {
  return catalogReferencesIn(form.schema, '/schema')
    .filter((reference) => !catalogs.has(reference.catalog))
    .map((reference) => ({
      code: 'template_unknown_catalog',
      stageId,
      edgeId: null,
      ...(jobId === undefined ? {} : { jobId }),
      path: reference.path,
      fault: {
        kind: 'code',
        code: 'TEMPLATE_UNKNOWN_CATALOG',
        params: { path: reference.path, catalog: reference.catalog },
      },
    }));
}

/** The process's problems as the designer shows them, plus every catalog a form names that the draft lacks. */
export function templateDraftProblems(
  definition: ProcessDefinition,
  details: TemplateDraftDetails,
): ProcessProblemSource[] {
  const catalogs = new Set(details.catalogs.map((catalog) => catalog.key));
  const missing = definition.stages.flatMap((stage) => [
    ...unknownCatalogProblems(stage.id, stage.form, catalogs),
    ...stageJobs(stage).flatMap((job) => unknownCatalogProblems(stage.id, job.form, catalogs, job.id)),
  ]);
  return [...definitionProblems(definition), ...missing];
}

/** The template file the draft publishes as: stage notes only for the stages the process still has. */
export function assembleTemplateFile(
  key: string,
  definition: ProcessDefinition,
  details: TemplateDraftDetails,
  changeNote: { vi: string; en: string },
): unknown {
  const { processName, stageNotes, ...rest } = details;
  const stageIds = new Set(definition.stages.map((stage) => stage.id));
  return {
    format: 'nguon.template',
    schemaVersion: currentTemplateSchemaVersion,
    key,
    ...rest,
    changeNote,
    process: { name: processName, definition },
    stageNotes: Object.fromEntries(Object.entries(stageNotes).filter(([id]) => stageIds.has(id))),
  };
}

/** The details part of a published file, as a draft opened from that version starts. */
export function detailsOfFile(file: TemplateFile): TemplateDraftDetails {
  return {
    productType: file.productType,
    name: file.name,
    summary: file.summary,
    keywords: file.keywords,
    guide: file.guide,
    processName: file.process.name,
    stageNotes: file.stageNotes,
    catalogs: file.catalogs,
    sampleProduct: file.sampleProduct,
  };
}

// The change note is asked at publishing, so the view's check fills it with any valid text (not words anyone reads).
const noteMark = '-';
const placeholderNote = { vi: noteMark, en: noteMark };

/** The first refusal the file check would give the draft now; null when it would publish. */
export function templateDraftCheck(
  key: string,
  definition: ProcessDefinition,
  details: TemplateDraftDetails,
): TemplateDraftCheckSource | null {
  try {
    checkTemplateFile(assembleTemplateFile(key, definition, details, placeholderNote));
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      code: error.code,
      path: error.path ?? '',
      fault: { kind: 'code', code: error.code, params: error.params },
    };
  }
}

/** The process part as the designer reads it: the draft's catalogs decide which `x-catalog` keys exist. */
export function toTemplateDraftProcess(row: TemplateDraftWithNames): ProcessDraftSource {
  const definition = parseStoredDefinition(row.definition);
  return {
    revision: row.process_revision,
    definition,
    problems: templateDraftProblems(definition, parseStoredDetails(row.details)),
    updatedAt: row.process_updated_at.toISOString(),
    updatedBy: person(row.process_updated_by, row.process_updated_by_name),
  };
}

/** A draft with both parts, the process's problems and what would refuse publishing it now. */
export function toTemplateDraftView(row: TemplateDraftWithNames): TemplateDraftViewSource {
  const process = toTemplateDraftProcess(row);
  const details = parseStoredDetails(row.details);
  return {
    id: row.id,
    templateId: row.template_id,
    key: row.key,
    baseVersion: row.base_version,
    latestVersion: row.latest_version,
    process,
    details: {
      ...details,
      revision: row.details_revision,
      updatedAt: row.details_updated_at.toISOString(),
      updatedBy: person(row.details_updated_by, row.details_updated_by_name),
    },
    check: templateDraftCheck(row.key, process.definition, details),
    createdAt: row.created_at.toISOString(),
    createdBy: person(row.created_by, row.created_by_name),
  };
}

/** Which part was saved last, and by whom: what a list of drafts shows as "changed". */
function lastChange(row: TemplateDraftWithNames) {
  const processLater = row.process_updated_at > row.details_updated_at;
  return processLater
    ? { at: row.process_updated_at, by: person(row.process_updated_by, row.process_updated_by_name) }
    : { at: row.details_updated_at, by: person(row.details_updated_by, row.details_updated_by_name) };
}

export function toTemplateDraftSummary(row: TemplateDraftWithNames): TemplateDraftSummary {
  const details = parseStoredDetails(row.details);
  const change = lastChange(row);
  return {
    id: row.id,
    templateId: row.template_id,
    key: row.key,
    name: details.name,
    productType: oneOf(productTypeIds, details.productType, 'product type'),
    baseVersion: row.base_version,
    latestVersion: row.latest_version,
    stageCount: parseStoredDefinition(row.definition).stages.length,
    updatedAt: change.at.toISOString(),
    updatedBy: change.by,
  };
}
