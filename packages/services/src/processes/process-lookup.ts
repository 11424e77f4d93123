import { resourceNames } from '@nguon/contracts';
import { type Db, findProcess, findProcessVersion, type ProcessWithLatest } from '@nguon/db';
import type { ProcessDefinition } from '@nguon/domain';
import { AppError } from '../errors/app-error';
import { parseStoredDefinition } from './process-views';

/** The tenant's process, or NOT_FOUND: another tenant's id looks exactly like a missing one. */
export async function requireProcess(db: Db, tenantId: string, id: string): Promise<ProcessWithLatest> {
  const row = await findProcess(db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.process });
  return row;
}

export async function requireProcessVersion(db: Db, tenantId: string, processId: string, number: number) {
  const row = await findProcessVersion(db, tenantId, processId, number);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.processVersion });
  return row;
}

/** `draft` or a version number, as the diff and export endpoints name them. */
export async function definitionAt(
  db: Db,
  tenantId: string,
  process: ProcessWithLatest,
  ref: string,
): Promise<{ definition: ProcessDefinition; version: number | null }> {
  if (ref === 'draft') return { definition: parseStoredDefinition(process.draft), version: null };
  const version = await requireProcessVersion(db, tenantId, process.id, Number(ref));
  return { definition: parseStoredDefinition(version.definition), version: version.number };
}
