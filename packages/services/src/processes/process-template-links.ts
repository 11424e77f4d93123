import type { ProcessTemplateLink } from '@nguon/contracts';
import { type Db, listProcessTemplateLinks, type ProcessTemplateLinkWithVersions } from '@nguon/db';

/** Where a process came from, as its summary shows it; the newer version is the newest one not deprecated. */
export function toProcessTemplateLink(row: ProcessTemplateLinkWithVersions): ProcessTemplateLink {
  const latest = row.latest_usable_number === null ? null : Number(row.latest_usable_number);
  const base = Number(row.base_version_number);
  return {
    templateId: row.template_id,
    key: row.template_key,
    name: { vi: row.name_vi, en: row.name_en },
    baseVersion: base,
    latestVersion: latest,
    updateAvailable: latest !== null && latest > base,
  };
}

/** The template links of these processes, in one query: process id -> link (absent when not from one). */
export async function templateLinksOf(
  db: Db,
  tenantId: string,
  processIds: readonly string[],
): Promise<Map<string, ProcessTemplateLink>> {
  const rows = await listProcessTemplateLinks(db, tenantId, processIds);
  return new Map(rows.map((row) => [row.process_id, toProcessTemplateLink(row)]));
}
