import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createTemplate, type Principal, type ServiceContext } from '@nguon/services';
import { createAdmin } from './fixtures';

const teaTemplate = new URL('../../../../templates/che-shan-tuyet/template.json', import.meta.url);

/** The repository's tea template file, under another key and change note when given (as an expert uploads it). */
export async function templateFileOf(
  changes: { key?: string; note?: string } = {},
): Promise<Record<string, unknown>> {
  const parsed: unknown = JSON.parse(await readFile(teaTemplate, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('the tea template is not an object');
  return {
    ...parsed,
    ...(changes.key && { key: changes.key }),
    ...(changes.note && { changeNote: { vi: changes.note, en: `${changes.note} (en)` } }),
  };
}

/** A template key no other fixture has. */
export const freshTemplateKey = () => `mau-${randomUUID().slice(0, 8)}`;

/** A platform admin acting in the library, for fixtures that call services directly. */
export async function templateAdminPrincipal(ctx: ServiceContext): Promise<Principal> {
  const admin = await createAdmin(ctx);
  return {
    kind: 'person',
    userId: admin.id,
    sessionIdHash: 'fixture',
    csrfToken: 'fixture',
    tenantId: null,
    role: null,
    platformRoles: ['admin'],
    inspectorProvinces: [],
  };
}

/** A published template (the tea one under a fresh key, version 1): its id and key. */
export async function createTemplateFixture(ctx: ServiceContext): Promise<{ id: string; key: string }> {
  const key = freshTemplateKey();
  const view = await createTemplate(ctx, await templateAdminPrincipal(ctx), {
    file: await templateFileOf({ key }),
  });
  return { id: view.id, key };
}
