import { canonicalJson } from '../canonical/canonical-json';
import type {
  ProcessDefinition,
  ProcessEdge,
  ProcessStage,
  StageForm,
} from '../processes/process-definition';
import { diffProcessDefinitions, type FieldSummary } from '../processes/process-diff';
import { catalogReferencesIn, renameCatalogReferences } from './template-format';

/** Template catalog key -> the tenant's catalog id, as a process made from a template keeps it. */
export type CatalogMap = Readonly<Record<string, string>>;

const renameForm = (form: StageForm, rename: (catalog: string) => string): StageForm => ({
  ...form,
  schema: renameCatalogReferences(form.schema, rename),
});

/** A stage whose stage and job forms name catalogs by `rename(catalog)`. */
export function renameStageCatalogs(stage: ProcessStage, rename: (catalog: string) => string): ProcessStage {
  const renamed: ProcessStage = { ...stage, form: renameForm(stage.form, rename) };
  if (stage.jobs) renamed.jobs = stage.jobs.map((job) => ({ ...job, form: renameForm(job.form, rename) }));
  return renamed;
}

/**
 * A template's process as a tenant's: every `x-catalog` key becomes the tenant's catalog id. A key missing
 * from the map stays as it is (the caller creates every catalog a definition needs before this).
 */
export function instantiateTemplateDefinition(
  definition: ProcessDefinition,
  catalogs: CatalogMap,
): ProcessDefinition {
  const rename = (key: string) => (Object.hasOwn(catalogs, key) ? (catalogs[key] ?? key) : key);
  return { ...definition, stages: definition.stages.map((stage) => renameStageCatalogs(stage, rename)) };
}

/** The template catalog keys a stage's form and its jobs' forms pick from, each once. */
export function catalogKeysOfStage(stage: ProcessStage): string[] {
  const forms = [stage.form, ...(stage.jobs ?? []).map((job) => job.form)];
  return [...new Set(forms.flatMap((form) => catalogReferencesIn(form.schema).map((ref) => ref.catalog)))];
}

export type TemplateStageChangeKind = 'added' | 'removed' | 'changed';

export interface TemplateStageChange {
  key: string;
  change: TemplateStageChangeKind;
  /** The draft already holds the newer version of this stage (or lacks a removed one), or it was taken. */
  taken: boolean;
  /** The owner changed this stage since the base version: taking it replaces their edits of it. */
  editedHere: boolean;
}

/** Same stage for the owner: ids are never shown and positions are layout, so neither counts. */
function sameStage(a: ProcessStage, b: ProcessStage): boolean {
  const plain = (stage: ProcessStage) => canonicalJson({ ...stage, id: '', position: { x: 0, y: 0 } });
  return plain(a) === plain(b);
}

const byId = (stages: readonly ProcessStage[], id: string) => stages.find((stage) => stage.id === id);
const byKey = (stages: readonly ProcessStage[], key: string) => stages.find((stage) => stage.key === key);

/** The stage of `stages` standing for one of another definition: same id first, then same key. */
function counterpart(stages: readonly ProcessStage[], ...of: (ProcessStage | undefined)[]) {
  for (const stage of of) {
    const found = stage && (byId(stages, stage.id) ?? byKey(stages, stage.key));
    if (found) return found;
  }
  return undefined;
}

/** The draft's stage for a change: the base stage's (same id, then key); an added one only by its key. */
function draftStageOf(stages: readonly ProcessStage[], before?: ProcessStage, after?: ProcessStage) {
  return before ? counterpart(stages, before, after) : after && byKey(stages, after.key);
}

/** The stages of base and latest one change is about (matched as diffProcessDefinitions matches them). */
function stagesOfChange(base: ProcessDefinition, latest: ProcessDefinition, key: string, change: string) {
  if (change === 'removed') return { before: byKey(base.stages, key), after: undefined };
  const after = byKey(latest.stages, key);
  const before = change === 'added' ? undefined : after && counterpart(base.stages, after);
  return { before, after };
}

/** A definition's arrows by the keys of their ends: what stays the same arrow when ids differ. */
function keyEdges(definition: ProcessDefinition): Set<string> {
  const keyOf = new Map(definition.stages.map((stage) => [stage.id, stage.key]));
  return new Set(definition.edges.map((edge) => `${keyOf.get(edge.source)}\n${keyOf.get(edge.target)}`));
}

const touches = (edge: string, key: string) => edge.split('\n').includes(key);

/**
 * The arrows at stage `key` the newer version adds or takes away between stages both versions have (by stage
 * keys); arrows of an added or removed stage come and go with that stage.
 */
function edgeChangesAt(base: Set<string>, latest: Set<string>, key: string, kept: ReadonlySet<string>) {
  const between = (edge: string) => touches(edge, key) && edge.split('\n').every((end) => kept.has(end));
  const added = [...latest].filter((edge) => between(edge) && !base.has(edge));
  const removed = [...base].filter((edge) => between(edge) && !latest.has(edge));
  return { added, removed };
}

/** Keys of the stages both versions have. */
function keptKeys(base: ProcessDefinition, latest: ProcessDefinition): Set<string> {
  const inLatest = new Set(latest.stages.map((stage) => stage.key));
  return new Set(base.stages.map((stage) => stage.key).filter((key) => inLatest.has(key)));
}

/**
 * Which stages a newer template version changes against the base the draft came from (by key), and for
 * each whether the draft already holds it (`taken`, or named in `takenKeys`) and whether the owner edited
 * it since the base. All three definitions name catalogs the same way (the tenant's ids).
 */
export function templateStageChanges(
  definitions: { base: ProcessDefinition; latest: ProcessDefinition; draft: ProcessDefinition },
  fieldsOf: (stage: ProcessStage) => FieldSummary[],
  takenKeys: ReadonlySet<string> = new Set(),
): TemplateStageChange[] {
  const { base, latest, draft } = definitions;
  const edges = { base: keyEdges(base), latest: keyEdges(latest), draft: keyEdges(draft) };
  const kept = keptKeys(base, latest);
  // a stage whose arrows alone changed is offered too: taking it takes its arrows
  const diffed = diffProcessDefinitions(base, latest, fieldsOf).stages.map((stage) => {
    if (stage.change !== 'unchanged') return { key: stage.key, change: stage.change };
    const arrows = edgeChangesAt(edges.base, edges.latest, stage.key, kept);
    const moved = arrows.added.length + arrows.removed.length > 0;
    return { key: stage.key, change: moved ? ('changed' as const) : stage.change };
  });
  const changes: TemplateStageChange[] = [];
  for (const stage of diffed) {
    if (stage.change === 'unchanged') continue;
    const { before, after } = stagesOfChange(base, latest, stage.key, stage.change);
    const here = draftStageOf(draft.stages, before, after);
    const arrows = edgeChangesAt(edges.base, edges.latest, stage.key, kept);
    const arrowsHeld =
      arrows.added.every((edge) => edges.draft.has(edge)) &&
      !arrows.removed.some((edge) => edges.draft.has(edge));
    const holdsLatest = after
      ? here !== undefined && sameStage(here, after) && arrowsHeld
      : here === undefined;
    const editedHere =
      !holdsLatest && (before ? here === undefined || !sameStage(here, before) : here !== undefined);
    changes.push({
      key: stage.key,
      change: stage.change,
      taken: holdsLatest || takenKeys.has(stage.key),
      editedHere,
    });
  }
  return changes;
}

/** An id not used yet among `used`: the wanted one, else it with the first free suffix. */
function freeId(wanted: string, used: ReadonlySet<string>): string {
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const id = `${wanted.slice(0, 60)}_${n}`;
    if (!used.has(id)) return id;
  }
}

/** The latest version's edges touching `added` whose other end is now in the draft too. */
function edgesOfAdded(
  latest: ProcessDefinition,
  stages: ProcessStage[],
  edges: ProcessEdge[],
  added: ProcessStage,
) {
  const source = byKey(latest.stages, added.key);
  const inDraft = (id: string) => (id === source?.id ? added : counterpart(stages, byId(latest.stages, id)));
  const result = [...edges];
  for (const edge of latest.edges) {
    if (!source || (edge.source !== source.id && edge.target !== source.id)) continue;
    const from = inDraft(edge.source);
    const to = inDraft(edge.target);
    if (!from || !to || result.some((e) => e.source === from.id && e.target === to.id)) continue;
    const id = freeId(edge.id, new Set(result.map((e) => e.id)));
    result.push({ id, source: from.id, target: to.id });
  }
  return result;
}

/** The draft's arrows with a stage's arrow changes taken (by stage keys; ends missing from the draft skip). */
function takeArrowsAt(
  arrows: { added: string[]; removed: string[] },
  stages: ProcessStage[],
  edges: ProcessEdge[],
): ProcessEdge[] {
  const ends = (edge: string) => edge.split('\n').map((key) => byKey(stages, key)?.id);
  const removed = new Set(arrows.removed.map((edge) => ends(edge).join('\n')));
  const result = edges.filter((edge) => !removed.has(`${edge.source}\n${edge.target}`));
  for (const edge of arrows.added) {
    const [source, target] = ends(edge);
    if (!source || !target || result.some((e) => e.source === source && e.target === target)) continue;
    result.push({
      id: freeId(`e_${source}_${target}`.slice(0, 60), new Set(result.map((e) => e.id))),
      source,
      target,
    });
  }
  return result;
}

/**
 * The draft with the chosen changes of a newer template version taken, stage by stage: a changed stage is
 * replaced by the newer one keeping the draft's id and position (its edges stay), an added one is added with
 * the newer version's edges to stages present, a removed one goes with its edges. Every stage not chosen
 * stays exactly as the owner left it.
 */
export function applyTemplateStages(
  definitions: { base: ProcessDefinition; latest: ProcessDefinition; draft: ProcessDefinition },
  chosen: readonly { key: string; change: TemplateStageChangeKind }[],
): ProcessDefinition {
  const { base, latest, draft } = definitions;
  let stages = [...draft.stages];
  let edges = [...draft.edges];
  for (const { key, change } of chosen) {
    const { before, after } = stagesOfChange(base, latest, key, change);
    const here = draftStageOf(stages, before, after);
    if (!after) {
      // only the stage the template had: an owner's own stage that reuses the key stays
      if (!here || !before || (here.id !== before.id && !sameStage(here, before))) continue;
      stages = stages.filter((stage) => stage !== here);
      edges = edges.filter((edge) => edge.source !== here.id && edge.target !== here.id);
    } else if (here) {
      stages = stages.map((stage) =>
        stage === here ? { ...after, id: here.id, position: here.position } : stage,
      );
      edges = takeArrowsAt(
        edgeChangesAt(keyEdges(base), keyEdges(latest), key, keptKeys(base, latest)),
        stages,
        edges,
      );
    } else {
      const added = { ...after, id: freeId(after.id, new Set(stages.map((stage) => stage.id))) };
      stages = [...stages, added];
      edges = edgesOfAdded(latest, stages, edges, added);
    }
  }
  return { ...draft, stages, edges };
}
