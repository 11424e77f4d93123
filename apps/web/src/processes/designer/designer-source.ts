import type { ProcessDraftView, ProcessView, SaveDraftBody } from '@nguon/contracts/client';
import type { ProcessDefinition } from '@nguon/domain';
import { api } from '../../api/client';
import type { FormCatalogSource } from '../stage-panel/form-catalog-source';

/**
 * Where the designer's draft comes from and goes to: an owner's process (with its versions, publishing and
 * template updates) or a template being written by an expert (the process part of a template draft).
 */
export interface DesignerSource {
  /** The process's or the template draft's id: autosave and the canvas are keyed by it. */
  id: string;
  draft: ProcessDraftView;
  archived: boolean;
  /** The owner's process; null for a template draft, which has no versions, publish dialog or template link. */
  process: ProcessView | null;
  saveDraft: (body: SaveDraftBody) => Promise<ProcessDraftView>;
  /** The error code that means someone else saved the draft first. */
  conflictCode: string;
  /** Told of every draft the server accepted (the template page publishes at its revision). */
  onSaved?: (draft: ProcessDraftView) => void;
  /**
   * The server's problems for a saved revision, learnt after that save (a template's catalogs changed since):
   * they replace the saved draft's problems while autosave holds that revision; another revision is ignored.
   */
  serverProblems?: Pick<ProcessDraftView, 'revision' | 'problems'> | null;
  /** The catalogs of the stage forms' lookups; null: the tenant's own. */
  formCatalogs: FormCatalogSource | null;
  /**
   * Without a process: the published definition whose stage and job keys are frozen (a template's base version:
   * co-ops' processes and their records carry those keys); null when there is none, undefined while it loads.
   */
  published?: ProcessDefinition | null;
  /** The header's name and back link; null when the page around the designer shows them. */
  title: { name: ProcessView['name']; productType: ProcessView['productType']; backTo: string } | null;
}

/** An owner's process as the designer's source: everything as the designer always did it. */
export function processSource(process: ProcessView): DesignerSource {
  return {
    id: process.id,
    draft: process.draft,
    archived: process.archived,
    process,
    saveDraft: (body) => api.call('saveProcessDraft', { params: { id: process.id }, body }),
    conflictCode: 'PROCESS_DRAFT_CONFLICT',
    formCatalogs: null,
    title: { name: process.name, productType: process.productType, backTo: '/processes' },
  };
}
