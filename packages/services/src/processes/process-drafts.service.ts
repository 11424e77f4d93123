import {
  type ProcessDraftSource,
  type ProcessVersionSummary,
  type PublishProcessBody,
  resourceNames,
  type SaveDraftBody,
} from '@nguon/contracts';
import {
  type Db,
  findUserById,
  insertProcessVersion,
  lockProcess,
  type ProcessRow,
  updateProcessDraft,
} from '@nguon/db';
import { canonicalJson, isProcessDefinitionChanged, type ProcessDefinition } from '@nguon/domain';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError, type FieldError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { requireProcess, requireProcessVersion } from './process-lookup';
import { definitionProblems } from './process-problems';
import { parseStoredDefinition, toDraftView, toVersionSummary } from './process-views';

const vietnamTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** Someone saved since the caller read the draft: say who and when, change nothing. */
async function draftConflict(db: Db, row: ProcessRow): Promise<AppError> {
  const user = row.draft_updated_by ? await findUserById(db, row.draft_updated_by) : undefined;
  return new AppError('PROCESS_DRAFT_CONFLICT', {
    name: user?.name ?? { kind: 'message', key: 'processes.detail.someoneElse' },
    at: vietnamTime.format(row.draft_updated_at),
    revision: row.draft_revision,
  });
}

/** Locks the process and checks it may be edited at the revision the caller read. */
export async function lockEditable(
  db: Db,
  actor: TenantActor,
  id: string,
  revision: number,
): Promise<ProcessRow> {
  const row = await lockProcess(db, actor.tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.process });
  if (row.archived_at) throw new AppError('PROCESS_ARCHIVED');
  if (row.draft_revision !== revision) throw await draftConflict(db, row);
  return row;
}

export async function writeDraft(
  ctx: ServiceContext,
  trx: Db,
  actor: TenantActor,
  row: ProcessRow,
  definition: ProcessDefinition,
): Promise<ProcessDraftSource> {
  // An autosave of an unchanged draft keeps its revision, so two open tabs do not conflict for nothing.
  if (canonicalJson(parseStoredDefinition(row.draft)) !== canonicalJson(definition)) {
    const saved = await updateProcessDraft(trx, {
      tenantId: actor.tenantId,
      id: row.id,
      revision: row.draft_revision,
      definition,
      updatedBy: actor.userId,
      now: ctx.now(),
    });
    if (saved === null) throw await draftConflict(trx, row);
  }
  return toDraftView(await requireProcess(trx, actor.tenantId, row.id));
}

export async function saveProcessDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: SaveDraftBody,
): Promise<ProcessDraftSource> {
  const actor = requireTenantAction(principal, 'processes.manage');
  return withUnitOfWork(ctx, async ({ db: trx }) => {
    const row = await lockEditable(trx, actor, id, body.revision);
    return writeDraft(ctx, trx, actor, row, body.definition);
  });
}

export async function restoreProcessVersion(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; number: string },
  body: { revision: number },
): Promise<ProcessDraftSource> {
  const actor = requireTenantAction(principal, 'processes.manage');
  return withUnitOfWork(ctx, async ({ db: trx }) => {
    const row = await lockEditable(trx, actor, params.id, body.revision);
    const version = await requireProcessVersion(trx, actor.tenantId, params.id, Number(params.number));
    return writeDraft(ctx, trx, actor, row, parseStoredDefinition(version.definition));
  });
}

/** Freezes the draft into version N+1; refused while it has problems or equals the latest version. */
export async function publishProcess(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: PublishProcessBody,
): Promise<ProcessVersionSummary> {
  const actor = requireTenantAction(principal, 'processes.manage');
  return withUnitOfWork(ctx, async ({ db: trx }) => {
    await lockEditable(trx, actor, id, body.revision);
    const process = await requireProcess(trx, actor.tenantId, id);
    const definition = parseStoredDefinition(process.draft);
    assertPublishable(definition);
    const latest = process.latest_version;
    if (latest && !isProcessDefinitionChanged(parseStoredDefinition(latest.definition), definition)) {
      throw new AppError('PROCESS_UNCHANGED', { version: latest.number });
    }
    const number = (latest?.number ?? 0) + 1;
    await insertProcessVersion(trx, {
      id: ctx.newId(),
      processId: id,
      tenantId: actor.tenantId,
      number,
      definition,
      note: body.note.trim(),
      publishedBy: actor.userId,
      now: ctx.now(),
    });
    return toVersionSummary(await requireProcessVersion(trx, actor.tenantId, id, number));
  });
}

function assertPublishable(definition: ProcessDefinition): void {
  const problems = definitionProblems(definition);
  if (problems.length === 0) return;
  const fieldErrors = problems.map(
    (problem): FieldError => ({
      path: problem.stageId ? `/stages/${problem.stageId}${problem.path ? `/${problem.path}` : ''}` : '',
      keyword: problem.code,
      ...problem.fault,
    }),
  );
  throw new AppError('PROCESS_HAS_PROBLEMS', { count: problems.length }, undefined, fieldErrors);
}
