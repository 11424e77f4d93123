import type { SharedErrorCode } from '../errors/shared.errors';
import { IdParams, NoContent } from '../http/common.schemas';
import { type EndpointSpec, largeBodyBytes } from '../http/endpoint';
import { ProcessDraftView, SaveDraftBody } from '../processes/process.schemas';
import type { TemplateErrorCode } from './template.errors';
import { TemplateView } from './template.schemas';
import {
  CreateTemplateDraftBody,
  PublishTemplateDraftBody,
  SaveTemplateDraftDetailsBody,
  TemplateDraftList,
  TemplateDraftView,
} from './template-draft.schemas';

/**
 * Templates written in the app by the centre's experts (no tenant needed): a draft per template, its process
 * edited in the designer and the rest on the template's screens, each part autosaved against its own revision,
 * published as the next version with a note after the same check as a file. Everyone else: TEMPLATE_EXPERTS_ONLY.
 */
export const templateDraftEndpoints = {
  listTemplateDrafts: {
    method: 'get',
    path: '/api/v1/template-drafts',
    tag: 'templates',
    summary: 'Templates being written, the last changed first (expert)',
    access: 'session',
    status: 200,
    response: TemplateDraftList,
    errors: ['TEMPLATE_EXPERTS_ONLY'],
  },
  createTemplateDraft: {
    method: 'post',
    path: '/api/v1/template-drafts',
    tag: 'templates',
    summary: 'Start a new template from an empty process (expert)',
    access: 'session',
    status: 201,
    body: CreateTemplateDraftBody,
    response: TemplateDraftView,
    idempotent: true,
    errors: ['TEMPLATE_EXPERTS_ONLY', 'TEMPLATE_KEY_TAKEN'],
  },
  openTemplateDraft: {
    method: 'post',
    path: '/api/v1/templates/{id}/draft',
    tag: 'templates',
    summary: "The template's draft, started from its newest version when there is none (expert)",
    access: 'session',
    status: 200,
    params: IdParams,
    response: TemplateDraftView,
    errors: ['TEMPLATE_EXPERTS_ONLY'],
  },
  getTemplateDraft: {
    method: 'get',
    path: '/api/v1/template-drafts/{id}',
    tag: 'templates',
    summary: 'A template draft with both parts and what would refuse publishing it now (expert)',
    access: 'session',
    status: 200,
    params: IdParams,
    response: TemplateDraftView,
    errors: ['TEMPLATE_EXPERTS_ONLY'],
  },
  saveTemplateDraftProcess: {
    method: 'put',
    path: '/api/v1/template-drafts/{id}/process',
    tag: 'templates',
    summary:
      "Save the draft's process against the revision it was read at; answers with its problems (expert)",
    access: 'session',
    status: 200,
    params: IdParams,
    body: SaveDraftBody,
    response: ProcessDraftView,
    maxBodyBytes: largeBodyBytes,
    errors: ['TEMPLATE_EXPERTS_ONLY', 'TEMPLATE_DRAFT_CONFLICT'],
  },
  saveTemplateDraftDetails: {
    method: 'put',
    path: '/api/v1/template-drafts/{id}/details',
    tag: 'templates',
    summary: "Save the draft's names, guide, stage notes, catalogs and sample product (expert)",
    access: 'session',
    status: 200,
    params: IdParams,
    body: SaveTemplateDraftDetailsBody,
    response: TemplateDraftView,
    maxBodyBytes: largeBodyBytes,
    errors: ['TEMPLATE_EXPERTS_ONLY', 'TEMPLATE_DRAFT_CONFLICT'],
  },
  publishTemplateDraft: {
    method: 'post',
    path: '/api/v1/template-drafts/{id}/publish',
    tag: 'templates',
    summary: 'Publish the draft as the next version with a change note; the draft is closed (expert)',
    access: 'session',
    status: 201,
    params: IdParams,
    body: PublishTemplateDraftBody,
    response: TemplateView,
    errors: [
      'TEMPLATE_EXPERTS_ONLY',
      'TEMPLATE_DRAFT_CONFLICT',
      'TEMPLATE_FILE_INVALID',
      'TEMPLATE_FORM_INVALID',
      'TEMPLATE_HAS_PROBLEMS',
      'TEMPLATE_SAMPLE_INVALID',
      'TEMPLATE_UNKNOWN_CATALOG',
      'TEMPLATE_KEY_TAKEN',
      'TEMPLATE_KEY_CHANGED',
      'TEMPLATE_DRAFT_OUTDATED',
      'TEMPLATE_UNCHANGED',
    ],
  },
  discardTemplateDraft: {
    method: 'delete',
    path: '/api/v1/template-drafts/{id}',
    tag: 'templates',
    summary: 'Throw the draft away; published versions stay as they are (expert)',
    access: 'session',
    status: 204,
    params: IdParams,
    response: NoContent,
    errors: ['TEMPLATE_EXPERTS_ONLY'],
  },
} as const satisfies Record<string, EndpointSpec<TemplateErrorCode | SharedErrorCode>>;
