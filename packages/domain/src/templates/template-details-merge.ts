import { canonicalJson } from '../canonical/canonical-json';

/**
 * The details of a template being written (everything of its file but the process and the change note), as far
 * as comparing and merging need them: the contracts hold the full type, which the functions keep (generic).
 */
export interface TemplateDetailsShape {
  productType: string;
  name: unknown;
  summary: unknown;
  keywords: unknown;
  guide: unknown;
  processName: unknown;
  sampleProduct: unknown;
  stageNotes: Readonly<Record<string, unknown>>;
  catalogs: readonly { key: string }[];
}

/** The details' parts taken whole. */
export const wholeTemplateDetailParts = [
  'productType',
  'name',
  'summary',
  'keywords',
  'guide',
  'processName',
  'sampleProduct',
] as const;
type WholePart = (typeof wholeTemplateDetailParts)[number];

export type TemplateDetailPart = WholePart | 'catalog' | 'stageNote';

export interface TemplateDetailChange {
  /** What a choice names it by: the part (`name`) or the part and its key (`catalog:farmers`, `stageNote:s1`). */
  id: string;
  part: TemplateDetailPart;
  /** The catalog's key or the stage's id; null for a whole part. */
  key: string | null;
  change: 'added' | 'removed' | 'changed';
  /** The draft already holds the newer version's content of this part. */
  taken: boolean;
  /** The draft changed this part since its base version: taking it replaces those edits. */
  editedHere: boolean;
}

/** The three details a newer version is merged from: the version the draft came from, the newest, the draft. */
export interface TemplateDetailsTriple<D extends TemplateDetailsShape> {
  base: D;
  latest: D;
  draft: D;
}

/** Same content whatever the key order: `undefined` (absent) only equals absent. */
const same = (a: unknown, b: unknown) =>
  a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b);

const catalogOf = (details: TemplateDetailsShape, key: string) =>
  details.catalogs.find((catalog) => catalog.key === key);

const noteOf = (details: TemplateDetailsShape, stageId: string) =>
  Object.hasOwn(details.stageNotes, stageId) ? details.stageNotes[stageId] : undefined;

/** A keyed part's change between base and latest, or null when latest keeps it as it was. */
function keyedChange(before: unknown, after: unknown): TemplateDetailChange['change'] | null {
  if (same(before, after)) return null;
  if (before === undefined) return 'added';
  return after === undefined ? 'removed' : 'changed';
}

/** Keys of both lists, the first list's order first, each once. */
const unionOf = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

type PartRead = (details: TemplateDetailsShape) => unknown;

/** Every part the two versions may differ in, with how each details reads it. */
function partsOf(base: TemplateDetailsShape, latest: TemplateDetailsShape) {
  const whole = wholeTemplateDetailParts.map((part) => ({
    id: part,
    part,
    key: null,
    read: ((details) => details[part]) as PartRead,
  }));
  const catalogKeys = unionOf(
    base.catalogs.map((catalog) => catalog.key),
    latest.catalogs.map((catalog) => catalog.key),
  );
  const catalogs = catalogKeys.map((key) => ({
    id: `catalog:${key}`,
    part: 'catalog' as const,
    key,
    read: ((details) => catalogOf(details, key)) as PartRead,
  }));
  const noteIds = unionOf(Object.keys(base.stageNotes), Object.keys(latest.stageNotes));
  const notes = noteIds.map((stageId) => ({
    id: `stageNote:${stageId}`,
    part: 'stageNote' as const,
    key: stageId,
    read: ((details) => noteOf(details, stageId)) as PartRead,
  }));
  return [...whole, ...catalogs, ...notes];
}

/**
 * What a newer template version changed in the details against the version a draft came from, part by part
 * (a whole part, a catalog by key, a stage note by stage id), and where the draft stands with each.
 */
export function templateDetailChanges<D extends TemplateDetailsShape>(
  details: TemplateDetailsTriple<D>,
): TemplateDetailChange[] {
  const { base, latest, draft } = details;
  const changes: TemplateDetailChange[] = [];
  for (const { id, part, key, read } of partsOf(base, latest)) {
    const change = keyedChange(read(base), read(latest));
    if (change === null) continue;
    const taken = same(read(draft), read(latest));
    changes.push({ id, part, key, change, taken, editedHere: !same(read(draft), read(base)) });
  }
  return changes;
}

/** The draft's catalogs with one taken from latest: replaced in place, added at the end, or removed. */
function takeCatalog<C extends { key: string }>(
  catalogs: readonly C[],
  key: string,
  latest: readonly C[],
): C[] {
  const newer = latest.find((catalog) => catalog.key === key);
  if (!newer) return catalogs.filter((catalog) => catalog.key !== key);
  if (!catalogs.some((catalog) => catalog.key === key)) return [...catalogs, newer];
  return catalogs.map((catalog) => (catalog.key === key ? newer : catalog));
}

/** The draft's stage notes with one taken from latest: set, or removed when latest has none. */
function takeNote<N>(
  notes: Readonly<Record<string, N>>,
  stageId: string,
  latest: Readonly<Record<string, N>>,
) {
  const { [stageId]: _dropped, ...rest } = notes;
  return Object.hasOwn(latest, stageId) ? { ...rest, [stageId]: latest[stageId] as N } : rest;
}

/**
 * The draft's details with the chosen parts (change ids, as `templateDetailChanges` names them) of the newer
 * version taken: a chosen part gets latest's content (a catalog or note latest removed goes), every other part
 * stays as the draft has it. Catalogs keep the draft's order; one taken that the draft lacks goes at the end.
 * Ids naming no part are skipped (the caller refuses them first).
 */
export function applyTemplateDetailParts<D extends TemplateDetailsShape>(
  details: TemplateDetailsTriple<D>,
  chosenIds: readonly string[],
): D {
  const { latest, draft } = details;
  let merged: D = { ...draft };
  for (const id of chosenIds) {
    const [part = '', ...rest] = id.split(':');
    const key = rest.join(':');
    const whole = wholeTemplateDetailParts.find((name) => name === id);
    if (whole) merged = { ...merged, [whole]: latest[whole] };
    else if (part === 'catalog')
      merged = { ...merged, catalogs: takeCatalog(merged.catalogs, key, latest.catalogs) };
    else if (part === 'stageNote')
      merged = { ...merged, stageNotes: takeNote(merged.stageNotes, key, latest.stageNotes) };
  }
  return merged;
}
