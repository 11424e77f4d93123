import { createHash } from 'node:crypto';
import {
  TemplateFile,
  type TemplateSummary,
  type TemplateVersionSummary,
  type TemplateView,
} from '@nguon/contracts';
import type { TemplateVersionWithPublisher } from '@nguon/db';
import { canonicalJson, foldText, productTypes, upgradeTemplateFile } from '@nguon/domain';
import { createAjv } from '@nguon/forms';

const validStoredFile = createAjv().compile<TemplateFile>(TemplateFile);

/** A version's content read back is parsed like any input (older formats upgraded); a bad one is a bug. */
export function parseStoredTemplateFile(value: unknown): TemplateFile {
  const upgraded = upgradeTemplateFile(value);
  if (!upgraded.ok) throw new Error(`stored template file cannot be read: ${upgraded.code}`);
  if (!validStoredFile(upgraded.file))
    throw new Error(`stored template file is malformed: ${JSON.stringify(validStoredFile.errors)}`);
  return upgraded.file;
}

/** The hash that makes a file read again at start the same version: sha256 of its canonical JSON. */
export function templateContentHash(file: TemplateFile): string {
  return createHash('sha256').update(canonicalJson(file)).digest('hex');
}

/** What a search finds the template by, folded: names, keywords, summary, product type names and key. */
export function templateSearchText(file: TemplateFile): string {
  const type = productTypes.find((candidate) => candidate.id === file.productType);
  return foldText(
    [
      file.name.vi,
      file.name.en,
      ...file.keywords,
      file.summary.vi,
      file.summary.en,
      type?.vi ?? '',
      type?.en ?? '',
      file.key,
      file.key.replace(/-/g, ' '),
    ].join(' '),
  );
}

const person = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

export function toTemplateVersionSummary(
  row: TemplateVersionWithPublisher,
  file: TemplateFile = parseStoredTemplateFile(row.content),
): TemplateVersionSummary {
  return {
    number: row.number,
    note: file.changeNote,
    source: row.source === 'expert' ? 'expert' : 'file',
    stageCount: file.process.definition.stages.length,
    publishedAt: row.published_at.toISOString(),
    publishedBy: person(row.published_by, row.published_by_name),
    deprecated: row.deprecated_at
      ? {
          at: row.deprecated_at.toISOString(),
          message: { vi: row.deprecation_vi ?? '', en: row.deprecation_en ?? '' },
        }
      : null,
  };
}

/** Where a template stands: its id and key, how many versions, and the one owners get (null: none usable). */
export interface TemplateStanding {
  id: string;
  key: string;
  versionCount: number;
  latestUsable: TemplateVersionWithPublisher | null;
}

/** The summary of a template as `file` (the version shown) describes it. */
export function toTemplateSummary(standing: TemplateStanding, file: TemplateFile): TemplateSummary {
  const { stages } = file.process.definition;
  return {
    id: standing.id,
    key: standing.key,
    productType: file.productType,
    name: file.name,
    summary: file.summary,
    keywords: file.keywords,
    stageCount: stages.length,
    jobCount: stages.reduce((count, stage) => count + (stage.jobs?.length ?? 0), 0),
    catalogCount: file.catalogs.length,
    latestVersion: standing.latestUsable ? toTemplateVersionSummary(standing.latestUsable) : null,
    versionCount: standing.versionCount,
  };
}

/** One version of a template with its whole file. */
export function toTemplateView(
  standing: TemplateStanding,
  version: TemplateVersionWithPublisher,
): TemplateView {
  const file = parseStoredTemplateFile(version.content);
  return {
    ...toTemplateSummary(standing, file),
    version: toTemplateVersionSummary(version, file),
    file,
  };
}
