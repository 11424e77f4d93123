import { resourceNames } from '@nguon/contracts';
import { type Db, findProcessVersionById } from '@nguon/db';
import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
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
  const version = {
    id: row.id,
    tenantId: row.tenant_id,
    processId: row.process_id,
    number: row.number,
    definition: parseStoredDefinition(row.definition),
  };
  if (cache.size >= maxCached) cache.delete(cache.keys().next().value ?? '');
  cache.set(versionId, version);
  return version;
}

/** The stage of a version, or NOT_FOUND at `path`. */
export function requireStage(version: PinnedVersion, stageId: string, path: string): ProcessStage {
  const stage = version.definition.stages.find((candidate) => candidate.id === stageId);
  if (!stage) throw new AppError('NOT_FOUND', { resource: resourceNames.stage }, path);
  return stage;
}
