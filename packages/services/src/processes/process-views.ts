import {
  ProcessDefinitionSchema,
  type ProcessDraftSource,
  type ProcessSummary,
  type ProcessVersionSummary,
  type ProcessViewSource,
} from '@nguon/contracts';
import type { ProcessVersionWithPublisher, ProcessWithLatest } from '@nguon/db';
import { isProcessDefinitionChanged, oneOf, type ProcessDefinition, productTypeIds } from '@nguon/domain';
import { createAjv } from '@nguon/forms';
import { definitionProblems } from './process-problems';

const validateDefinition = createAjv().compile<ProcessDefinition>(ProcessDefinitionSchema);

/** A definition read back from the database is parsed like any input: a bad stored value is a bug. */
export function parseStoredDefinition(value: unknown): ProcessDefinition {
  if (!validateDefinition(value)) {
    throw new Error(`stored process definition is malformed: ${JSON.stringify(validateDefinition.errors)}`);
  }
  return value;
}

/** Where a definition first fails the schema its save body passes (a JSON pointer), or null when it passes. */
export function definitionFault(value: unknown): string | null {
  return validateDefinition(value) ? null : (validateDefinition.errors?.[0]?.instancePath ?? '');
}

const person = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

export function toVersionSummary(row: ProcessVersionWithPublisher): ProcessVersionSummary {
  return {
    id: row.id,
    number: row.number,
    note: row.note,
    stageCount: parseStoredDefinition(row.definition).stages.length,
    publishedAt: row.published_at.toISOString(),
    publishedBy: person(row.published_by, row.published_by_name),
  };
}

export function toProcessSummary(row: ProcessWithLatest): ProcessSummary {
  const draft = parseStoredDefinition(row.draft);
  const latest = row.latest_version
    ? { ...row.latest_version, published_by_name: row.latest_published_by_name }
    : null;
  return {
    id: row.id,
    name: { vi: row.name_vi, en: row.name_en },
    productType: oneOf(productTypeIds, row.product_type, 'product type'),
    archived: row.archived_at !== null,
    stageCount: draft.stages.length,
    draftRevision: row.draft_revision,
    draftUpdatedAt: row.draft_updated_at.toISOString(),
    unpublishedChanges:
      !latest || isProcessDefinitionChanged(parseStoredDefinition(latest.definition), draft),
    latestVersion: latest ? toVersionSummary(latest) : null,
    createdAt: row.created_at.toISOString(),
  };
}

export function toDraftView(row: ProcessWithLatest): ProcessDraftSource {
  const definition = parseStoredDefinition(row.draft);
  return {
    revision: row.draft_revision,
    definition,
    problems: definitionProblems(definition),
    updatedAt: row.draft_updated_at.toISOString(),
    updatedBy: person(row.draft_updated_by, row.draft_updated_by_name),
  };
}

export function toProcessView(row: ProcessWithLatest): ProcessViewSource {
  return { ...toProcessSummary(row), draft: toDraftView(row) };
}
