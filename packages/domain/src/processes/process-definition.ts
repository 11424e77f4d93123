/**
 * The document a process draft or published version holds: stages (nodes) and edges.
 * Forms are opaque here (`StageForm`); `packages/forms` owns their vocabulary.
 */

export const stageKinds = ['stage', 'transformation', 'packaging'] as const;
/** ordinary stage; transformation (lots in, lots out, with quantities); packaging (labels bound to a lot). */
export type StageKind = (typeof stageKinds)[number];

export const processSchemaVersion = 1;

/** vi is required everywhere; en may be blank and then follows vi (English readers see the Vietnamese). */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** A text whose English still follows its Vietnamese: written in Vietnamese, not yet translated. */
export function lacksEnglish(text: LocalizedText): boolean {
  return text.en.trim() === '' && text.vi.trim() !== '';
}

/** JSON Schema (2020-12) + UI schema of one stage's form, as stored and served to rjsf. */
export interface StageForm {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
}

export interface StagePosition {
  x: number;
  y: number;
}

/** Yield bounds a transformation declares, output quantity / input quantity in percent. */
export interface YieldRange {
  minPercent: number | null;
  maxPercent: number | null;
}

export interface ProcessStage {
  /** Stable id, never shown; edges point at it. */
  id: string;
  /** Human key, unique in the process, `[a-z][a-z0-9_]{0,39}`; records and exports name stages by it. */
  key: string;
  name: LocalizedText;
  kind: StageKind;
  /** A start stage needs no predecessor; every other stage must be reached from one. */
  start: boolean;
  /** May be recorded several times for one lot (e.g. spraying). */
  repeatable: boolean;
  /** CBV 2.0 business step URI, or one of our farm-step URIs; null when none fits. */
  businessStep: string | null;
  /** Only for kind 'transformation'. */
  yieldRange: YieldRange | null;
  /**
   * Only for kind 'stage': the key of a top-level number field with a unit whose recorded value becomes
   * the lot's recorded quantity (e.g. the weight at harvest). Optional so versions stored before it stay valid.
   */
  lotQuantityField?: string | null;
  /**
   * Not for kind 'transformation': a record of this stage may bind labels to the lot (packing). Optional so
   * versions stored before it stay valid; absent means false.
   */
  bindsLabels?: boolean;
  /**
   * Kinds of work recorded within this stage, in any order, as they happen (a farm diary: fertilising, spraying,
   * weeding). Only for kind 'stage'. Absent or empty: the stage is recorded with its own `form`, as before; with
   * jobs, `form` and `repeatable` are not used and the stage stays open until closed (see `closeWhenFollowed`).
   */
  jobs?: StageJob[];
  /** A stage with jobs closes by itself when a following stage is recorded (its required jobs done); else the clerk closes it. */
  closeWhenFollowed?: boolean;
  /** Minimum times since other jobs' last records, checked when this stage (without jobs) is recorded. */
  waitingPeriods?: WaitingPeriod[];
  position: StagePosition;
  form: StageForm;
}

/** One kind of work within a stage, with its own form. */
export interface StageJob {
  /** Stable id, unique in the whole process (not only its stage), never shown; waiting periods point at it. */
  id: string;
  /** Human key, unique within its stage, `[a-z][a-z0-9_]{0,39}`; records and exports name jobs by it. */
  key: string;
  name: LocalizedText;
  /** CBV 2.0 business step URI, or one of our farm-step URIs; null when none fits. */
  businessStep: string | null;
  /** Recorded any number of times (spraying), or at most once per lot. */
  repeatable: boolean;
  /** The stage cannot be closed until this job has at least `minCount` records (1 when null). */
  required: boolean;
  /** Only for a required repeatable job: how many records it needs at least; null means 1. */
  minCount: number | null;
  /** Minimum times since other jobs' last records, checked when this job is recorded. */
  waitingPeriods?: WaitingPeriod[];
  form: StageForm;
}

export const waitingBreachModes = ['refuse', 'warn'] as const;
/** refuse: the record is refused with the first allowed day; warn: it is accepted and flagged. */
export type WaitingBreachMode = (typeof waitingBreachModes)[number];

/**
 * A record may not be made sooner than `days` whole days after the lot's latest (current) record of job
 * `afterJobId`, counted in calendar days of Asia/Ho_Chi_Minh: allowed from 00:00 local of (that day + days).
 * `fieldKey`: a top-level number field of that job's form whose value in that record, when present, replaces
 * `days` (the pesticide's stated pre-harvest interval).
 */
export interface WaitingPeriod {
  afterJobId: string;
  days: number;
  fieldKey: string | null;
  onBreach: WaitingBreachMode;
}

export interface ProcessEdge {
  id: string;
  source: string;
  target: string;
}

export interface ProcessDefinition {
  schemaVersion: typeof processSchemaVersion;
  stages: ProcessStage[];
  edges: ProcessEdge[];
}

/** The stage whose record sets a lot's quantity, or null; the checks allow at most one per process. */
export function lotQuantityStage(definition: ProcessDefinition): ProcessStage | null {
  return definition.stages.find((stage) => (stage.lotQuantityField ?? null) !== null) ?? null;
}

/** Whether a record of this stage may bind labels to its lot; a transformation never does (its checks say so). */
export function stageBindsLabels(stage: ProcessStage): boolean {
  return stage.kind !== 'transformation' && stage.bindsLabels === true;
}

/** The jobs of a stage; empty for a stage recorded with its own form. */
export function stageJobs(stage: ProcessStage): readonly StageJob[] {
  return stage.kind === 'stage' ? (stage.jobs ?? []) : [];
}
