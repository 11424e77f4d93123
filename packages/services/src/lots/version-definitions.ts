import { resourceNames } from '@nguon/contracts';
import { type Db, findProcessVersionById, listProcessVersionsById, type ProcessVersionRow } from '@nguon/db';
import { type LocalizedText, type ProcessDefinition, type ProcessStage, stageJobs } from '@nguon/domain';
import { AppError } from '../errors/app-error';
import { parseStoredDefinition } from '../processes/process-views';

export interface PinnedVersion {
  id: string;
  tenantId: string;
  processId: string;
  number: number;
  definition: ProcessDefinition;
}

// Published versions never change, so a parsed definition can be kept for as long as we like.
const cache = new Map<string, PinnedVersion>();
const maxCached = 200;

/** A published version's parsed definition, cached by id; another tenant's version is a bug, not input. */
export async function pinnedVersion(db: Db, tenantId: string, versionId: string): Promise<PinnedVersion> {
  const cached = cache.get(versionId);
  if (cached && cached.tenantId === tenantId) return cached;
  const row = await findProcessVersionById(db, tenantId, versionId);
  if (!row) throw new Error(`process version ${versionId} of a lot is missing`);
  return remember(row);
}

function remember(row: ProcessVersionRow): PinnedVersion {
  const version = {
    id: row.id,
    tenantId: row.tenant_id,
    processId: row.process_id,
    number: row.number,
    definition: parseStoredDefinition(row.definition),
  };
  if (cache.size >= maxCached) cache.delete(cache.keys().next().value ?? '');
  cache.set(row.id, version);
  return version;
}

/** Several published versions at once: the cached ones, the others in one query. */
export async function pinnedVersions(
  db: Db,
  tenantId: string,
  versionIds: Iterable<string>,
): Promise<Map<string, PinnedVersion>> {
  const wanted = new Set(versionIds);
  const found = new Map<string, PinnedVersion>();
  const missing: string[] = [];
  for (const id of wanted) {
    const cached = cache.get(id);
    if (cached && cached.tenantId === tenantId) found.set(id, cached);
    else missing.push(id);
  }
  for (const row of await listProcessVersionsById(db, tenantId, missing)) found.set(row.id, remember(row));
  if (found.size < wanted.size) throw new Error('a process version of a lot is missing');
  return found;
}

/** The stage of a version, or NOT_FOUND at `path`. */
export function requireStage(version: PinnedVersion, stageId: string, path: string): ProcessStage {
  const stage = version.definition.stages.find((candidate) => candidate.id === stageId);
  if (!stage) throw new AppError('NOT_FOUND', { resource: resourceNames.stage }, path);
  return stage;
}

/** Names the jobs of a version by id (waiting flags may name a job of another stage). */
export function jobNamesOf(version: PinnedVersion): (jobId: string) => LocalizedText | undefined {
  const names = new Map(
    version.definition.stages.flatMap((stage) => stageJobs(stage).map((job) => [job.id, job.name] as const)),
  );
  return (jobId) => names.get(jobId);
}
