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
  position: StagePosition;
  form: StageForm;
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
