import {
  openTemplateDraft,
  publishTemplateVersion,
  type ServiceContext,
  saveTemplateDraftDetails,
} from '@nguon/services';
import { createTemplateFixture, templateAdminPrincipal, templateFileOf } from './template-fixtures';

/**
 * A fresh template (the tea one, version 1) with its draft opened and, when `changed`, its summary edited so
 * it would publish as version 2; when `outdated`, version 2 (another guide) is uploaded after the draft was
 * opened. The draft's id and both parts' revisions.
 */
export async function templateDraftFixture(
  ctx: ServiceContext,
  options: { changed?: boolean; outdated?: boolean } = {},
): Promise<{ id: string; key: string; processRevision: number; detailsRevision: number }> {
  const template = await createTemplateFixture(ctx);
  const principal = await templateAdminPrincipal(ctx);
  const draft = await openTemplateDraft(ctx, principal, template.id);
  if (options.outdated) {
    const file = await templateFileOf({ key: template.key, note: 'Bản 2' });
    const guide = { vi: 'Hướng dẫn bản 2.', en: 'Guide of version 2.' };
    await publishTemplateVersion(ctx, principal, template.id, { file: { ...file, guide } });
  }
  const { revision, updatedAt: _at, updatedBy: _by, ...details } = draft.details;
  if (!options.changed)
    return {
      id: draft.id,
      key: draft.key,
      processRevision: draft.process.revision,
      detailsRevision: revision,
    };
  const summary = { vi: `${details.summary.vi} Bản sửa.`, en: `${details.summary.en} Edited.` };
  const saved = await saveTemplateDraftDetails(ctx, principal, draft.id, {
    revision,
    details: { ...details, summary },
  });
  return {
    id: draft.id,
    key: draft.key,
    processRevision: saved.process.revision,
    detailsRevision: saved.details.revision,
  };
}
