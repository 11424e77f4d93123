import { fileURLToPath } from 'node:url';
import type { TemplateFile } from '@nguon/contracts';
import { findTemplateByKey, insertTemplate } from '@nguon/db';
import {
  createProcessFromTemplate,
  getProcess,
  readTemplateFile,
  type ServiceContext,
  storeTemplateVersion,
} from '@nguon/services';
import { ownerPrincipal, type TenantFixture } from './fixtures';

const teaPath = fileURLToPath(new URL('../../../../templates/che-shan-tuyet/template.json', import.meta.url));
/** A key of its own, so the library's own rows (the templates/ folder synced) are not touched. */
const key = 'che-cap-nhat';

const stored = new WeakMap<ServiceContext, Promise<string>>();

async function storeWithUpdate(ctx: ServiceContext): Promise<string> {
  const tea = await readTemplateFile(teaPath, 'che-shan-tuyet');
  const v1: TemplateFile = { ...tea, key };
  const stages = v1.process.definition.stages.map((stage) =>
    stage.key === 'hai_che' ? { ...stage, name: { vi: 'Hái chè búp', en: 'Plucking buds' } } : stage,
  );
  const v2: TemplateFile = {
    ...v1,
    process: { ...v1.process, definition: { ...v1.process.definition, stages } },
  };
  const id = ctx.newId();
  await insertTemplate(ctx.db, { id, key, productType: v1.productType, createdBy: null, now: ctx.now() });
  const template = await findTemplateByKey(ctx.db, key);
  if (template?.id !== id) throw new Error(`template ${key} was stored twice`);
  for (const file of [v1, v2])
    await storeTemplateVersion(ctx, id, file, { source: 'file', publishedBy: null });
  return id;
}

/** The tea template (as `che-cap-nhat`) with version 1 and a version 2 that renames one stage: its id. */
export function templateWithUpdateFixture(ctx: ServiceContext): Promise<string> {
  let id = stored.get(ctx);
  if (!id) {
    id = storeWithUpdate(ctx);
    stored.set(ctx, id);
  }
  return id;
}

/** A fresh process of the tenant made from version 1 of that template, so version 2 waits for it. */
export async function processFromTemplateFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
): Promise<{ templateId: string; processId: string; revision: number }> {
  const templateId = await templateWithUpdateFixture(ctx);
  const used = await createProcessFromTemplate(ctx, ownerPrincipal(tenant), templateId, { version: 1 });
  const process = await getProcess(ctx, ownerPrincipal(tenant), used.processId);
  return { templateId, processId: used.processId, revision: process.draft.revision };
}
