import type { Lang, TemplateDraftDetails } from '@nguon/contracts/client';
import type { ProductType } from '@nguon/domain';
import { type LotCodePatternFault, lotCodePatternFault } from '@nguon/domain';
import type { MessageParams } from '../../i18n/use-t';
import type { ProductDraft } from '../../products/product-draft';
import { sampleProductDraft, sampleProductOf } from './details-product';
import type { DraftTabMessageKey } from './editor-messages';

/** The bilingual texts of the details part the tab edits, as `<field><Lang>` names. */
export const textFields = ['name', 'summary', 'guide', 'processName'] as const;
export type TextField = (typeof textFields)[number];

/** Lengths the server holds each text to (the file's); a vi process name may not be blank. */
export const textMax: Record<TextField, number> = { name: 200, summary: 1000, guide: 5000, processName: 200 };
export const noteMax = 2000;
export const keywordMax = 60;
export const keywordsMax = 30;

type Pair = { vi: string; en: string };

/**
 * What the person changed and has not saved, field by field: everything else is read from the latest draft the
 * page gave, so a reload after a conflict shows the others' changes and keeps these.
 */
export interface DetailsEdits {
  productType?: ProductType;
  texts: Partial<Record<`${TextField}.${Lang}`, string>>;
  keywords?: string[];
  notes: Record<string, Partial<Pair>>;
  product: Partial<ProductDraft>;
}

export const noEdits = (): DetailsEdits => ({ texts: {}, notes: {}, product: {} });

export function isDetailsEdits(value: unknown): value is DetailsEdits {
  return (
    typeof value === 'object' && value !== null && 'texts' in value && 'notes' in value && 'product' in value
  );
}

export function hasEdits(edits: DetailsEdits): boolean {
  return (
    edits.productType !== undefined ||
    edits.keywords !== undefined ||
    Object.keys(edits.texts).length > 0 ||
    Object.keys(edits.notes).length > 0 ||
    Object.keys(edits.product).length > 0
  );
}

function textsOf(details: TemplateDraftDetails): Record<TextField, Pair> {
  return {
    name: details.name,
    summary: details.summary,
    guide: details.guide,
    processName: details.processName,
  };
}

export function textValue(details: TemplateDraftDetails, edits: DetailsEdits, field: TextField, lang: Lang) {
  return edits.texts[`${field}.${lang}`] ?? textsOf(details)[field][lang];
}

export function noteValue(details: TemplateDraftDetails, edits: DetailsEdits, stageId: string): Pair {
  const saved = details.stageNotes[stageId] ?? { vi: '', en: '' };
  return { ...saved, ...edits.notes[stageId] };
}

export function productValue(details: TemplateDraftDetails, edits: DetailsEdits): ProductDraft {
  return { ...sampleProductDraft(details.sampleProduct), ...edits.product };
}

const pairOf = (details: TemplateDraftDetails, edits: DetailsEdits, field: TextField): Pair => ({
  vi: textValue(details, edits, field, 'vi').trim(),
  en: textValue(details, edits, field, 'en').trim(),
});

/** The details part to send: the tab's edits over the latest draft; untouched fields go back as they came. */
export function mergeDetails(details: TemplateDraftDetails, edits: DetailsEdits): TemplateDraftDetails {
  const stageNotes = { ...details.stageNotes };
  for (const stageId of Object.keys(edits.notes)) stageNotes[stageId] = noteValue(details, edits, stageId);
  return {
    ...details,
    productType: edits.productType ?? details.productType,
    name: pairOf(details, edits, 'name'),
    summary: pairOf(details, edits, 'summary'),
    guide: pairOf(details, edits, 'guide'),
    processName: pairOf(details, edits, 'processName'),
    keywords: edits.keywords ?? details.keywords,
    stageNotes,
    sampleProduct:
      Object.keys(edits.product).length > 0
        ? sampleProductOf(details.sampleProduct, productValue(details, edits))
        : details.sampleProduct,
  };
}

/** A JSON pointer segment: `~` and `/` escaped. */
export const pointerPart = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export type Problem = { key: DraftTabMessageKey; params?: MessageParams };

const lotCodeFaults: Record<LotCodePatternFault, DraftTabMessageKey> = {
  no_seq: 'products.lotCodePattern.noSeq',
  unknown_token: 'products.lotCodePattern.unknownToken',
  bad_character: 'products.lotCodePattern.badCharacter',
  too_long: 'products.lotCodePattern.tooLong',
};

function lengthProblems(details: TemplateDraftDetails, found: Record<string, Problem>) {
  for (const field of textFields) {
    for (const lang of ['vi', 'en'] as const) {
      const max = textMax[field];
      if (details[field][lang].length > max)
        found[`/${field}/${lang}`] = { key: 'templateDraftDetails.tooLong', params: { max } };
    }
  }
  if (details.processName.vi === '') found['/processName/vi'] = { key: 'common.required' };
  if (details.keywords.length > keywordsMax)
    found['/keywords'] = { key: 'templateDraftDetails.tooMany', params: { max: keywordsMax } };
  if (details.keywords.some((word) => word.length > keywordMax))
    found['/keywords'] = { key: 'templateDraftDetails.tooLong', params: { max: keywordMax } };
  for (const [stageId, note] of Object.entries(details.stageNotes)) {
    for (const lang of ['vi', 'en'] as const) {
      if (note[lang].length > noteMax)
        found[`/stageNotes/${pointerPart(stageId)}/${lang}`] = {
          key: 'templateDraftDetails.tooLong',
          params: { max: noteMax },
        };
    }
  }
}

function productProblems(draft: ProductDraft, found: Record<string, Problem>) {
  const at = (field: string, problem: Problem) => {
    found[`/sampleProduct/${field}`] = problem;
  };
  const tooLong = (max: number): Problem => ({ key: 'templateDraftDetails.tooLong', params: { max } });
  if (draft.nameVi.trim() === '') at('name/vi', { key: 'common.required' });
  if (draft.nameVi.trim().length > 200) at('name/vi', tooLong(200));
  if (draft.nameEn.trim().length > 200) at('name/en', tooLong(200));
  if (draft.sku.trim() === '') at('sku', { key: 'common.required' });
  else if (draft.sku.trim().length > 64) at('sku', tooLong(64));
  if (draft.descriptionVi.trim().length > 5000) at('description/vi', tooLong(5000));
  if (draft.descriptionEn.trim().length > 5000) at('description/en', tooLong(5000));
  if (draft.storageVi.trim().length > 2000) at('storage/vi', tooLong(2000));
  if (draft.storageEn.trim().length > 2000) at('storage/en', tooLong(2000));
  const net = Number(draft.netValue.trim().replace(',', '.'));
  if (draft.netValue.trim() !== '' && !(net > 0 && net <= 1_000_000))
    at('netQuantity', { key: 'templateDraftDetails.positive' });
  const days = Number(draft.shelfLifeDays.trim());
  if (draft.shelfLifeDays.trim() !== '' && !(Number.isInteger(days) && days >= 1 && days <= 36_500))
    at('shelfLifeDays', { key: 'templateDraftDetails.shelfLifeRange' });
  const fault = draft.lotCodePattern.trim() === '' ? null : lotCodePatternFault(draft.lotCodePattern.trim());
  if (fault !== null) at('lotCodePattern', { key: lotCodeFaults[fault] });
}

/**
 * What the server would refuse anyway, found before sending, keyed by the pointer of the field: lengths, a
 * blank vi process name, the sample product's name and SKU. Empty English is fine in a draft.
 */
export function detailsProblems(
  details: TemplateDraftDetails,
  product: ProductDraft,
): Record<string, Problem> {
  const found: Record<string, Problem> = {};
  lengthProblems(details, found);
  productProblems(product, found);
  return found;
}
