import type {
  Lang,
  TemplateDraftDetailChange,
  TemplateDraftSummary,
  TemplateDraftView,
} from '@nguon/contracts/client';
import type { LocalizedText } from '@nguon/domain';
import type { DesignerStatus } from '../../processes/designer/designer';
import type { EditorMessageKey, EditorTranslate } from './editor-messages';

/** The newest version when one was published after the draft's base (the draft is outdated), else null. */
export function newerVersion(
  draft: Pick<TemplateDraftSummary, 'baseVersion' | 'latestVersion'>,
): number | null {
  const { baseVersion, latestVersion } = draft;
  return baseVersion !== null && latestVersion !== null && latestVersion > baseVersion ? latestVersion : null;
}

/** The number publishing would give: one past the newest version, deprecated ones too (1 for a new template). */
export function nextVersionNumber(draft: Pick<TemplateDraftView, 'baseVersion' | 'latestVersion'>): number {
  return (draft.latestVersion ?? draft.baseVersion ?? 0) + 1;
}

/**
 * Why taking a newer version waits: it is sent at the revisions the editor saved, and the draft is reloaded
 * after it, so an edit not saved yet would be refused as a conflict or lost.
 */
export function takeUpdateBlocker(
  status: DesignerStatus | null,
  unsaved: { details: boolean; catalogs: boolean },
): EditorMessageKey | null {
  if (unsaved.details) return 'templateEditor.updateSaveDetails';
  if (unsaved.catalogs) return 'templateEditor.updateSaveCatalogs';
  if (status === null || status.saveState !== 'saved') return 'templateEditor.updateSaveProcess';
  return null;
}

/** Detail parts offered pre-checked, like the stages: not yet in the draft and not edited here. */
export function preselectedDetailParts(details: readonly TemplateDraftDetailChange[]): Set<string> {
  return new Set(details.filter((part) => !part.taken && !part.editedHere).map((part) => part.id));
}

/** The chosen part ids in the update's order, leaving out any taken already or no longer listed. */
export function chosenDetailParts(
  details: readonly TemplateDraftDetailChange[],
  chosen: ReadonlySet<string>,
): string[] {
  return details.filter((part) => !part.taken && chosen.has(part.id)).map((part) => part.id);
}

/** What the editor knows to name a catalog or a stage by when the server sent no name (the draft's own). */
export interface PartNames {
  catalogs: ReadonlyArray<{ key: string; name: LocalizedText }>;
  stages: ReadonlyArray<{ id: string; key: string; name: LocalizedText }>;
}

const plainParts = {
  productType: 'templateEditor.partProductType',
  name: 'templateEditor.partName',
  summary: 'templateEditor.partSummary',
  keywords: 'templateEditor.partKeywords',
  guide: 'templateEditor.partGuide',
  processName: 'templateEditor.partProcessName',
  sampleProduct: 'templateEditor.partSampleProduct',
} as const satisfies Record<string, EditorMessageKey>;

const isPlainPart = (part: string): part is keyof typeof plainParts => Object.hasOwn(plainParts, part);

const inLang = (text: LocalizedText, lang: Lang) => (lang === 'en' && text.en) || text.vi;

/** The catalog's name: the server's, else the draft's, else its key. */
function catalogName(change: TemplateDraftDetailChange, names: PartNames, lang: Lang): string {
  const key = change.key ?? '';
  const name = change.name ?? names.catalogs.find((one) => one.key === key)?.name;
  return name ? inLang(name, lang) : key;
}

/** The stage's name: the server's, else the draft's (by id, or by key), else null: an id means nothing to experts. */
function stageName(change: TemplateDraftDetailChange, names: PartNames, lang: Lang): string | null {
  const key = change.key ?? '';
  const name = change.name ?? names.stages.find((one) => one.id === key || one.key === key)?.name;
  return name ? inLang(name, lang) : null;
}

/** A changed part of the details in the expert's words: "Summary", `Catalog "Tea growers"`, `Note of stage "…"`. */
export function detailPartLabel(
  change: TemplateDraftDetailChange,
  names: PartNames,
  lang: Lang,
  te: EditorTranslate,
): string {
  switch (change.part) {
    case 'catalog':
      return te('templateEditor.partCatalog', { name: catalogName(change, names, lang) });
    case 'stageNote': {
      const name = stageName(change, names, lang);
      return name === null
        ? te('templateEditor.partStageNoteUnnamed')
        : te('templateEditor.partStageNote', { name });
    }
    default:
      return isPlainPart(change.part) ? te(plainParts[change.part]) : change.part;
  }
}
