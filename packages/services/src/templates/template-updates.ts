import type {
  ProcessDraftSource,
  ProcessTemplateUpdateView,
  TakenTemplateChangesView,
  TakeTemplateChangesBody,
  TemplateFile,
} from '@nguon/contracts';
import {
  type Db,
  findProcessTemplateLink,
  findTemplateVersionById,
  latestTemplateVersion,
  listVisibleCatalogs,
  type ProcessTemplateLinkWithVersions,
  type ProcessWithLatest,
  updateProcessTemplateLink,
} from '@nguon/db';
import {
  applyTemplateStages,
  type CatalogMap,
  catalogKeysOfStage,
  diffProcessDefinitions,
  instantiateTemplateDefinition,
  type ProcessDefinition,
  type ProcessStage,
  renameStageCatalogs,
  type TemplateStageChange,
  templateStageChanges,
} from '@nguon/domain';
import { summarizeFormFields } from '@nguon/forms';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { lockEditable, writeDraft } from '../processes/process-drafts.service';
import { requireProcess } from '../processes/process-lookup';
import { toProcessTemplateLink } from '../processes/process-template-links';
import { parseStoredDefinition } from '../processes/process-views';
import { withUnitOfWork } from '../unit-of-work';
import { storedTemplateFile } from './template-views';
import { createTemplateCatalogs } from './use-template';

const fieldsOf = (stage: ProcessStage) => summarizeFormFields(stage.form);

/** A newer template version waiting for a process, read against its base, in the tenant's catalog ids. */
interface PendingUpdate {
  link: ProcessTemplateLinkWithVersions;
  baseNumber: number;
  latest: { id: string; number: number; file: TemplateFile };
  catalogMap: CatalogMap;
  base: ProcessDefinition;
  draft: ProcessDefinition;
  takenKeys: ReadonlySet<string>;
  /** The ids each catalog key had before its catalog was made again. */
  replacedIds: Record<string, string[]>;
}

function parseCatalogMap(value: unknown): Record<string, string> {
  const isMap =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((id) => typeof id === 'string');
  if (!isMap) throw new Error(`stored catalog map is malformed: ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value).map(([key, id]) => [key, String(id)]));
}

function parseReplacedIds(value: unknown): Record<string, string[]> {
  const isHistory =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'));
  if (!isHistory) throw new Error(`stored replaced catalog ids are malformed: ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value).map(([key, ids]) => [key, ids.map(String)]));
}

/** The stages already taken from `latestId`; none when nothing was taken or it was from an older version. */
function parseTakenKeys(value: unknown, latestId: string): Set<string> {
  if (Array.isArray(value) && value.length === 0) return new Set();
  const taken = typeof value === 'object' && value !== null ? Object.entries(value) : [];
  const versionId = taken.find(([name]) => name === 'versionId')?.[1];
  const keys = taken.find(([name]) => name === 'keys')?.[1];
  if (typeof versionId !== 'string' || !Array.isArray(keys))
    throw new Error(`stored taken stage keys are malformed: ${JSON.stringify(value)}`);
  return versionId === latestId ? new Set(keys.map(String)) : new Set();
}

/** The update waiting for this process, or TEMPLATE_NO_UPDATE (no link, or no usable version newer than the base). */
async function pendingUpdate(db: Db, tenantId: string, process: ProcessWithLatest): Promise<PendingUpdate> {
  const link = await findProcessTemplateLink(db, tenantId, process.id);
  const latest = link && (await latestTemplateVersion(db, link.template_id, { usable: true }));
  if (!link || !latest || latest.number <= link.base_version_number) throw new AppError('TEMPLATE_NO_UPDATE');
  const base = await findTemplateVersionById(db, link.base_version_id);
  if (!base) throw new Error(`template version ${link.base_version_id} of a link is missing`);
  const catalogMap = parseCatalogMap(link.catalog_map);
  return {
    link,
    baseNumber: base.number,
    latest: { id: latest.id, number: latest.number, file: storedTemplateFile(latest) },
    catalogMap,
    base: instantiateTemplateDefinition(storedTemplateFile(base).process.definition, catalogMap),
    draft: parseStoredDefinition(process.draft),
    takenKeys: parseTakenKeys(link.taken_stage_keys, latest.id),
    replacedIds: parseReplacedIds(link.replaced_catalog_ids),
  };
}

/**
 * The draft as it would be had each catalog made again been the one made first: a stage the owner left alone
 * still names the replaced (archived) catalog, which is no edit of theirs. Only for comparing.
 */
function draftAsRemade(update: PendingUpdate): ProcessDefinition {
  const now = new Map(
    Object.entries(update.replacedIds).flatMap(([key, ids]) => {
      const id = update.catalogMap[key];
      return id === undefined ? [] : ids.map((old) => [old, id] as const);
    }),
  );
  if (now.size === 0) return update.draft;
  const rename = (catalog: string) => now.get(catalog) ?? catalog;
  return { ...update.draft, stages: update.draft.stages.map((stage) => renameStageCatalogs(stage, rename)) };
}

const latestDefinition = (update: PendingUpdate, catalogMap: CatalogMap) =>
  instantiateTemplateDefinition(update.latest.file.process.definition, catalogMap);

function stageChangesOf(update: PendingUpdate): TemplateStageChange[] {
  const definitions = {
    base: update.base,
    latest: latestDefinition(update, update.catalogMap),
    draft: draftAsRemade(update),
  };
  return templateStageChanges(definitions, fieldsOf, update.takenKeys);
}

/** The newer template version against the process's base, in the designer's diff, with each stage's state. */
export async function getProcessTemplateUpdate(
  ctx: ServiceContext,
  principal: Principal,
  processId: string,
): Promise<ProcessTemplateUpdateView> {
  const actor = requireTenantAction(principal, 'processes.read');
  const process = await requireProcess(ctx.db, actor.tenantId, processId);
  const update = await pendingUpdate(ctx.db, actor.tenantId, process);
  const diff = diffProcessDefinitions(update.base, latestDefinition(update, update.catalogMap), fieldsOf);
  return {
    link: toProcessTemplateLink(update.link),
    diff: { from: String(update.baseNumber), to: String(update.latest.number), ...diff },
    stages: stageChangesOf(update),
    note: update.latest.file.changeNote,
  };
}

/** The chosen changes, in the update's order; a key the update does not list is refused with its path. */
export function chosenChanges(changes: readonly TemplateStageChange[], keys: readonly string[]) {
  keys.forEach((key, index) => {
    if (!changes.some((change) => change.key === key))
      throw new AppError('TEMPLATE_CHANGE_UNKNOWN', { key }, `/stageKeys/${index}`);
  });
  return changes.filter((change) => keys.includes(change.key));
}

/** The tenant's own catalogs that are not archived: a template key mapped to any other id has no catalog. */
async function liveOwnCatalogIds(db: Db, tenantId: string): Promise<Set<string>> {
  const rows = await listVisibleCatalogs(db, tenantId, false);
  return new Set(rows.filter((row) => row.tenant_id === tenantId).map((row) => row.id));
}

/**
 * Catalog keys the chosen stages of the newer version pick from that the process has no live catalog for: never
 * made, or made and since archived (or gone) by the owner.
 */
function missingCatalogKeys(
  update: PendingUpdate,
  chosen: readonly TemplateStageChange[],
  live: ReadonlySet<string>,
): Set<string> {
  const stages = update.latest.file.process.definition.stages;
  const needed = chosen.flatMap((change) => {
    const stage = change.change === 'removed' ? undefined : stages.find((s) => s.key === change.key);
    return stage ? catalogKeysOfStage(stage) : [];
  });
  const mapped = (key: string) =>
    Object.hasOwn(update.catalogMap, key) && live.has(update.catalogMap[key] ?? '');
  return new Set(needed.filter((key) => !mapped(key)));
}

/** The catalogs of a link after some were made: keys mapped anew, the ids they replaced kept per key. */
interface RemadeCatalogs {
  catalogMap: Record<string, string>;
  replacedIds: Record<string, string[]>;
}

/**
 * Makes the catalogs the chosen stages need and lack (with their samples) and answers the catalog map with their
 * keys mapped anew; an archived catalog stays as the owner left it, and stays mapped where nothing needs it.
 */
async function catalogsForChosen(
  unit: ServiceContext,
  principal: Principal,
  actor: TenantActor,
  update: PendingUpdate,
  chosen: readonly TemplateStageChange[],
): Promise<RemadeCatalogs> {
  const missing = missingCatalogKeys(update, chosen, await liveOwnCatalogIds(unit.db, actor.tenantId));
  const templateCatalogs = update.latest.file.catalogs.filter((catalog) => missing.has(catalog.key));
  const kept = Object.fromEntries(Object.entries(update.catalogMap).filter(([key]) => !missing.has(key)));
  const made = await createTemplateCatalogs(unit, principal, templateCatalogs, kept);
  const replacedIds = { ...update.replacedIds };
  for (const [key, id] of Object.entries(update.catalogMap))
    if (missing.has(key) && made.catalogMap[key] !== undefined)
      replacedIds[key] = [...new Set([...(replacedIds[key] ?? []), id])];
  return { catalogMap: { ...update.catalogMap, ...made.catalogMap }, replacedIds };
}

/**
 * Takes chosen stages of the newer template version into the draft (owner), keeping every other stage as the
 * owner left it; catalogs those stages need are created (again, where the owner archived the one made before).
 * `finish` moves the base to the newer version.
 */
export async function takeTemplateChanges(
  ctx: ServiceContext,
  principal: Principal,
  processId: string,
  body: TakeTemplateChangesBody,
): Promise<{ draft: ProcessDraftSource; link: TakenTemplateChangesView['link'] }> {
  const actor = requireTenantAction(principal, 'processes.manage');
  return withUnitOfWork(ctx, async (unit) => {
    const row = await lockEditable(unit.db, actor, processId, body.revision);
    const update = await pendingUpdate(
      unit.db,
      actor.tenantId,
      await requireProcess(unit.db, actor.tenantId, processId),
    );
    const chosen = chosenChanges(stageChangesOf(update), body.stageKeys);
    const { catalogMap, replacedIds } = await catalogsForChosen(unit, principal, actor, update, chosen);
    const definitions = {
      base: update.base,
      latest: latestDefinition(update, catalogMap),
      draft: update.draft,
    };
    const draft = await writeDraft(unit, unit.db, actor, row, applyTemplateStages(definitions, chosen));
    const taken = {
      versionId: update.latest.id,
      keys: [...new Set([...update.takenKeys, ...body.stageKeys])],
    };
    await updateProcessTemplateLink(unit.db, actor.tenantId, processId, {
      catalogMap,
      replacedCatalogIds: replacedIds,
      ...(body.finish
        ? { baseVersionId: update.latest.id, takenStageKeys: null }
        : { takenStageKeys: taken }),
    });
    const link = await findProcessTemplateLink(unit.db, actor.tenantId, processId);
    if (!link) throw new Error(`the template link of process ${processId} vanished`);
    return { draft, link: toProcessTemplateLink(link) };
  });
}
