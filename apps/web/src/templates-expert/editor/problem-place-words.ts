import type { Lang, TemplateDraftView } from '@nguon/contracts/client';
import { type ProcessStage, type StageForm, stageJobs } from '@nguon/domain';
import { type EditorMessageKey, translateEditor } from './editor-messages';

type Say = (key: EditorMessageKey, params?: Record<string, string | number>) => string;
type Words = string[];

const separator = ' › ';

/** A pointer's segments, without the `/file` (a file check) or `/details` (a details save) it may start with. */
export function pointerSegments(path: string): string[] {
  return path
    .replace(/^\/(?:file|details)(?=\/|$)/, '')
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const localized = (text: { vi: string; en: string }, lang: Lang) => text[lang] || text.vi;

/** A form property's title as the form shows it (`x-label` in the language, then `title`), else its key. */
function fieldTitle(form: StageForm, key: string, lang: Lang): string {
  const properties = form.schema.properties;
  const property = isRecord(properties) ? properties[key] : undefined;
  if (!isRecord(property)) return key;
  const label = property['x-label'];
  const worded = isRecord(label) ? label[lang] || label.vi : undefined;
  if (typeof worded === 'string' && worded !== '') return worded;
  return typeof property.title === 'string' && property.title !== '' ? property.title : key;
}

/** `form/schema/properties/ngay_hai/...` → "field Ngày hái"; anything else in the form → "form". */
function formWords(form: StageForm, rest: readonly string[], lang: Lang, say: Say): Words {
  if (rest[0] !== 'form') return [];
  const [, part, within, key] = rest;
  if (part === 'schema' && within === 'properties' && key !== undefined)
    return [say('templateEditor.place.field', { field: fieldTitle(form, key, lang) })];
  return [say('templateEditor.place.form')];
}

function stageWords(stage: ProcessStage, rest: readonly string[], lang: Lang, say: Say): Words {
  const words = [say('templateEditor.place.stage', { stage: localized(stage.name, lang) })];
  if (rest[0] !== 'jobs') return [...words, ...formWords(stage.form, rest, lang, say)];
  const job = stageJobs(stage)[Number(rest[1])];
  if (!job) return words;
  const jobWords = [say('templateEditor.place.job', { job: localized(job.name, lang) })];
  return [...words, ...jobWords, ...formWords(job.form, rest.slice(2), lang, say)];
}

/** `/process/definition/stages/2/...`: the stage (and job, and field) as the designer names them. */
function processWords(rest: readonly string[], draft: TemplateDraftView, lang: Lang, say: Say): Words {
  const tab = say('templateEditor.tabProcess');
  const [definition, list, index, ...within] = rest;
  if (definition !== 'definition') return [tab];
  if (list === 'edges') return [tab, say('templateEditor.place.links')];
  const stage = list === 'stages' ? draft.process.definition.stages[Number(index)] : undefined;
  return stage ? [tab, ...stageWords(stage, within, lang, say)] : [tab];
}

/** `/catalogs/1/...`: the catalog by its name, then its name, form or a sample item. */
function catalogWords(rest: readonly string[], draft: TemplateDraftView, lang: Lang, say: Say): Words {
  const tab = say('templateEditor.tabCatalogs');
  const [index, part, ...within] = rest;
  const catalog = draft.details.catalogs[Number(index)];
  if (!catalog) return [tab];
  const words = [tab, localized(catalog.name, lang)];
  if (part === 'name')
    return [...words, say('templateEditor.place.catalogName'), ...languageWords(within[0], say)];
  if (part === 'form' || part === 'labelFields')
    return [...words, ...formWords(catalog.form, ['form', ...within], lang, say)];
  if (part !== 'samples' || within[0] === undefined) return words;
  const sample = say('templateEditor.place.sample', { number: Number(within[0]) + 1 });
  const field = within[1] === undefined ? [] : [fieldTitle(catalog.form, within[1], lang)];
  return [...words, sample, ...field];
}

const languageWords = (segment: string | undefined, say: Say): Words =>
  segment === 'vi' || segment === 'en' ? [say(`templateEditor.place.${segment}`)] : [];

const detailsFields = {
  name: 'templateEditor.place.name',
  summary: 'templateEditor.place.summary',
  guide: 'templateEditor.place.guide',
  keywords: 'templateEditor.place.keywords',
  productType: 'templateEditor.place.productType',
  processName: 'templateEditor.place.processName',
} as const satisfies Record<string, EditorMessageKey>;

const productFields = {
  name: 'templateEditor.place.product.name',
  sku: 'templateEditor.place.product.sku',
  description: 'templateEditor.place.product.description',
  netQuantity: 'templateEditor.place.product.netQuantity',
  shelfLifeDays: 'templateEditor.place.product.shelfLifeDays',
  storage: 'templateEditor.place.product.storage',
  country: 'templateEditor.place.product.country',
  province: 'templateEditor.place.product.province',
  lotCodePattern: 'templateEditor.place.product.lotCodePattern',
  publicFields: 'templateEditor.place.product.publicFields',
  certifications: 'templateEditor.place.product.certifications',
} as const satisfies Record<string, EditorMessageKey>;

const keyIn = <T extends object>(table: T, key: string | undefined): key is keyof T & string =>
  key !== undefined && Object.hasOwn(table, key);

/** The details tab's sections: the template's texts, the stage notes, the sample product; null for others. */
function detailsWords(
  segments: readonly string[],
  draft: TemplateDraftView,
  lang: Lang,
  say: Say,
): Words | null {
  const tab = say('templateEditor.tabDetails');
  const [root, first, second] = segments;
  if (keyIn(detailsFields, root)) return [tab, say(detailsFields[root]), ...languageWords(first, say)];
  if (root === 'stageNotes' && first !== undefined) {
    const stage = draft.process.definition.stages.find((item) => item.id === first);
    const note = say('templateEditor.place.stageNote', {
      stage: stage ? localized(stage.name, lang) : first,
    });
    return [tab, note, ...languageWords(second, say)];
  }
  if (root === 'stageNotes') return [tab];
  if (root !== 'sampleProduct') return null;
  const product = [tab, say('templateEditor.place.sampleProduct')];
  if (!keyIn(productFields, first)) return product;
  return [...product, say(productFields[first]), ...languageWords(second, say)];
}

/** The words of a place outside the tabs, or null: the publish dialog's note, or no place an expert edits. */
function otherWords(segments: readonly string[], say: Say): Words | null {
  const [root, language] = segments;
  return root === 'changeNote'
    ? [say('templateEditor.place.changeNote'), ...languageWords(language, say)]
    : null;
}

/** The words of a pointer, by the part of the file it starts at; null for no path or a part no tab edits. */
function placeWords(
  segments: readonly string[],
  draft: TemplateDraftView,
  lang: Lang,
  say: Say,
): Words | null {
  const [root, ...rest] = segments;
  if (root === 'process' && rest[0] === 'name')
    return detailsWords(['processName', ...rest.slice(1)], draft, lang, say);
  if (root === 'process') return processWords(rest, draft, lang, say);
  if (root === 'catalogs') return catalogWords(rest, draft, lang, say);
  return detailsWords(segments, draft, lang, say) ?? otherWords(segments, say);
}

/**
 * Names the place a JSON pointer into the template file reaches, in words an expert knows from the editor:
 * tab › section › field ("Thông tin › Tóm tắt › tiếng Anh", "Quy trình › công đoạn Hái chè › trường Ngày hái").
 * Experts never see the file's JSON, so a pointer means nothing to them. Null when there is no place to name
 * (no path, the key, an unknown part): saying "Details" there would send them to the wrong tab.
 */
export function problemPlaceWords(path: string, draft: TemplateDraftView, lang: Lang): string | null {
  const say: Say = (key, params) => translateEditor(lang, key, params);
  return placeWords(pointerSegments(path), draft, lang, say)?.join(separator) ?? null;
}

// A pointer the server wrote into a message: starts at a part of the file, segments without spaces or punctuation.
const roots =
  'name|summary|guide|keywords|productType|processName|process|stageNotes|catalogs|sampleProduct|changeNote';
const embeddedPointer = new RegExp(
  `(?<![\\w/])(?:/(?:file|details))?/(?:${roots})\\b(?:/[^\\s/:,;.'"“”()]+)*`,
  'g',
);

/** A piece of a worded message: the server's text, or the words naming a place (shown stronger). */
export interface WordedPart {
  text: string;
  place: boolean;
}

/** The message cut at every pointer it embeds, each pointer replaced by its words. */
function wordedParts(message: string, draft: TemplateDraftView, lang: Lang): WordedPart[] {
  const parts: WordedPart[] = [];
  let from = 0;
  for (const found of message.matchAll(embeddedPointer)) {
    if (found.index > from) parts.push({ text: message.slice(from, found.index), place: false });
    const words = problemPlaceWords(found[0], draft, lang);
    parts.push(words === null ? { text: found[0], place: false } : { text: words, place: true });
    from = found.index + found[0].length;
  }
  if (from < message.length) parts.push({ text: message.slice(from), place: false });
  return parts;
}

/**
 * A check's or refusal's message with every pointer in it named in words; `placed` says whether the message
 * named the place itself (when it did not, the caller says where).
 */
export function wordedProblem(
  problem: { message: string; path: string },
  draft: TemplateDraftView,
  lang: Lang,
): { message: string; parts: WordedPart[]; place: string | null; placed: boolean } {
  const parts = wordedParts(problem.message, draft, lang);
  return {
    message: parts.map((part) => part.text).join(''),
    parts,
    place: problemPlaceWords(problem.path, draft, lang),
    placed: parts.some((part) => part.place),
  };
}
