import type { TemplateDraftSummary, TemplateDraftView } from '@nguon/contracts/client';
import { teaFile, templateId } from '../../templates/testing/template-fixtures';

/** Test support: the tea template's draft as the API answers it, valid against the contract. */

export const draftId = '00000000-0000-4000-8000-00000000d001';
const at = '2026-12-05T08:00:00.000Z';

export function fakeTemplateDraft(overrides: Partial<TemplateDraftView> = {}): TemplateDraftView {
  const { format: _format, schemaVersion: _version, key, changeNote: _note, process, ...details } = teaFile;
  return {
    id: draftId,
    templateId: templateId(1),
    key,
    baseVersion: 2,
    latestVersion: 2,
    process: { revision: 3, definition: process.definition, problems: [], updatedAt: at, updatedBy: null },
    details: { ...details, processName: process.name, revision: 5, updatedAt: at, updatedBy: null },
    check: null,
    createdAt: at,
    createdBy: { id: '00000000-0000-4000-8000-0000000000e0', name: 'Hà' },
    ...overrides,
  };
}

export function fakeDraftSummary(overrides: Partial<TemplateDraftSummary> = {}): TemplateDraftSummary {
  return {
    id: draftId,
    templateId: templateId(1),
    key: teaFile.key,
    name: teaFile.name,
    productType: 'tea',
    baseVersion: 2,
    latestVersion: 2,
    stageCount: 3,
    updatedAt: at,
    updatedBy: { id: '00000000-0000-4000-8000-0000000000e0', name: 'Hà' },
    ...overrides,
  };
}
