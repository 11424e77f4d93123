import { createHash } from 'node:crypto';
import {
  TemplateFile,
  type TemplateSummary,
  TemplateVersionCard,
  type TemplateVersionSummary,
  type TemplateView,
} from '@nguon/contracts';
import type { TemplateVersionListed, TemplateVersionWithPublisher } from '@nguon/db';
import { canonicalJson, foldText, productTypes, upgradeTemplateFile } from '@nguon/domain';
import { createAjv } from '@nguon/forms';

const validStoredFile = createAjv().compile<TemplateFile>(TemplateFile);
const validStoredCard = createAjv().compile<TemplateVersionCard>(TemplateVersionCard);

/** Files of versions already read, by version id: a version never changes (0024's trigger), so one parse serves. */
const readVersions = new Map<string, TemplateFile>();
const readVersionsLimit = 500;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A version's content read back, parsed like any input (older formats upgraded; a bad one is a bug), once per
 * version: the list and the versions pages would otherwise upgrade and validate every 60 KB file per request.
 * The file is frozen, so no caller can change what the next one reads.
 */
export function storedTemplateFile(version: { id: string; content: unknown }): TemplateFile {
  const known = readVersions.get(version.id);
  if (known) return known;
  const upgraded = upgradeTemplateFile(version.content);
  if (!upgraded.ok) throw new Error(`stored template file cannot be read: ${upgraded.code}`);
  if (!validStoredFile(upgraded.file))
    throw new Error(`stored template file is malformed: ${JSON.stringify(validStoredFile.errors)}`);
  if (readVersions.size >= readVersionsLimit) readVersions.delete(readVersions.keys().next().value ?? '');
  readVersions.set(version.id, deepFreeze(upgraded.file));
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

/**
 * What lists show of a version, from its checked file: written with the version (0026's `card`) and read by the
 * lists, so the writer and the reader share this one function (0026's backfill mirrors it, tested).
 */
export function templateCard(file: TemplateFile): TemplateVersionCard {
  const { stages } = file.process.definition;
  return {
    productType: file.productType,
    name: file.name,
    summary: file.summary,
    keywords: file.keywords,
    stageCount: stages.length,
    jobCount: stages.reduce((count, stage) => count + (stage.jobs?.length ?? 0), 0),
    catalogCount: file.catalogs.length,
    changeNote: file.changeNote,
  };
}

/** A version's card read back, parsed like any input (a bad one is a bug). */
export function storedTemplateCard(version: { card: unknown }): TemplateVersionCard {
  if (!validStoredCard(version.card))
    throw new Error(`stored template card is malformed: ${JSON.stringify(validStoredCard.errors)}`);
  return version.card;
}

export function toTemplateVersionSummary(
  row: TemplateVersionListed,
  card: TemplateVersionCard = storedTemplateCard(row),
): TemplateVersionSummary {
  return {
    number: row.number,
    note: card.changeNote,
    source: row.source === 'expert' ? 'expert' : 'file',
    stageCount: card.stageCount,
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
  latestUsable: TemplateVersionListed | null;
}

/** The summary of a template as `card` (the version shown's) describes it. */
export function toTemplateSummary(standing: TemplateStanding, card: TemplateVersionCard): TemplateSummary {
  return {
    id: standing.id,
    key: standing.key,
    productType: card.productType,
    name: card.name,
    summary: card.summary,
    keywords: card.keywords,
    stageCount: card.stageCount,
    jobCount: card.jobCount,
    catalogCount: card.catalogCount,
    latestVersion: standing.latestUsable ? toTemplateVersionSummary(standing.latestUsable) : null,
    versionCount: standing.versionCount,
  };
}

/** One version of a template with its whole file. */
export function toTemplateView(
  standing: TemplateStanding,
  version: TemplateVersionWithPublisher,
): TemplateView {
  const file = storedTemplateFile(version);
  const card = templateCard(file);
  return {
    ...toTemplateSummary(standing, card),
    version: toTemplateVersionSummary(version, card),
    file,
  };
}
