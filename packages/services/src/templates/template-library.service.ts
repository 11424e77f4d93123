import {
  resourceNames,
  type TemplateSummary,
  type TemplateVersionSummary,
  type TemplateView,
} from '@nguon/contracts';
import {
  findTemplate,
  findTemplateVersion,
  listTemplates,
  listTemplateVersionCards,
  type TemplateVersionListed,
} from '@nguon/db';
import { searchWords } from '@nguon/domain';
import { isTemplatePublisher, type Principal, requirePerson } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import {
  storedTemplateCard,
  type TemplateStanding,
  toTemplateSummary,
  toTemplateVersionSummary,
  toTemplateView,
} from './template-views';

// defined beside the other principal checks: form validators (forms/) ask it too
export { isTemplatePublisher } from '../auth/principal';

export interface TemplateListQuery {
  q?: string;
  productType?: string;
  deprecated?: 'true' | 'false';
}

/**
 * The library, by name: any signed-in person reads it; experts may also see fully deprecated templates. Each
 * card comes from the version's stored card, not its file (a national library holds hundreds of them).
 */
export async function listLibraryTemplates(
  ctx: ServiceContext,
  principal: Principal,
  query: TemplateListQuery,
): Promise<{ items: TemplateSummary[] }> {
  const person = requirePerson(principal);
  const rows = await listTemplates(ctx.db, {
    words: searchWords(query.q ?? ''),
    ...(query.productType && { productType: query.productType }),
    includeDeprecated: query.deprecated === 'true' && isTemplatePublisher(person),
  });
  const items = rows.map((row) =>
    toTemplateSummary(
      {
        id: row.template_id,
        key: row.key,
        versionCount: row.version_count,
        latestUsable: row.deprecated_at ? null : row,
      },
      storedTemplateCard(row),
    ),
  );
  return { items };
}

async function requireVersions(
  ctx: ServiceContext,
  id: string,
): Promise<{ standing: TemplateStanding; versions: TemplateVersionListed[] }> {
  const template = await findTemplate(ctx.db, id);
  if (!template) throw new AppError('NOT_FOUND', { resource: resourceNames.template });
  const versions = await listTemplateVersionCards(ctx.db, id);
  const standing = {
    id,
    key: template.key,
    versionCount: versions.length,
    latestUsable: versions.find((version) => version.deprecated_at === null) ?? null,
  };
  return { standing, versions };
}

/** One template: the version asked for, or the latest usable one (the newest when every one is deprecated). */
export async function getLibraryTemplate(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  query: { version?: string },
): Promise<TemplateView> {
  requirePerson(principal);
  const { standing, versions } = await requireVersions(ctx, id);
  const number = query.version ? Number(query.version) : (standing.latestUsable ?? versions[0])?.number;
  const shown = number === undefined ? undefined : await findTemplateVersion(ctx.db, id, number);
  if (!shown) throw new AppError('NOT_FOUND', { resource: resourceNames.templateVersion }, '/version');
  return toTemplateView(standing, shown);
}

/** Every version of a template, newest first, with its note and deprecation. */
export async function listLibraryTemplateVersions(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<{ items: TemplateVersionSummary[] }> {
  requirePerson(principal);
  const { versions } = await requireVersions(ctx, id);
  return { items: versions.map((version) => toTemplateVersionSummary(version)) };
}
