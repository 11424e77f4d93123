import type { Lang } from '@nguon/contracts/client';
import { type LabelLayout, type LabelLayoutField, labelLayoutFault, qrModuleCount } from '@nguon/domain';
import { readTypedNumber, typedNumberText } from '@nguon/forms';
import type { MessageKey } from '../i18n/messages';

/** The fields in the order the editor shows them: page, label, grid, then spacing. */
export const layoutFields = [
  'pageWidthMm',
  'pageHeightMm',
  'labelWidthMm',
  'labelHeightMm',
  'columns',
  'rows',
  'marginTopMm',
  'marginLeftMm',
  'gapXMm',
  'gapYMm',
] as const satisfies readonly LabelLayoutField[];

const wholeFields: readonly LabelLayoutField[] = ['columns', 'rows'];

export type LayoutDraft = { name: string } & Record<LabelLayoutField, string>;
export type LayoutDraftField = LabelLayoutField | 'name';

/** A message of the catalogue with its numbers, translated where it is shown. */
export interface DraftProblem {
  key: MessageKey;
  values?: Record<string, number>;
}

export type LayoutDraftErrors = Partial<Record<LayoutDraftField, DraftProblem>>;

export function layoutDraftOf(name: string, layout: LabelLayout, lang: Lang): LayoutDraft {
  const numbers = Object.fromEntries(
    layoutFields.map((field) => [field, typedNumberText(layout[field], lang)]),
  );
  return { name, ...(numbers as Record<LabelLayoutField, string>) };
}

/**
 * The QR the longest printed URL needs, as the server checks it: the host, /01/{GTIN}/10/{20-char lot}/21/{serial}.
 * The server holds PUBLIC_BASE_URL; this page's origin is the best guess the browser has.
 */
export function longestQrModules(origin: string): number {
  const url = `${origin.replace(/\/+$/, '')}/01/${'0'.repeat(14)}/10/${'L'.repeat(20)}/21/${'S'.repeat(13)}`;
  return qrModuleCount(url) ?? Number.POSITIVE_INFINITY;
}

const faultMessages = {
  LABEL_LAYOUT_BAD_NUMBER: 'labels.layouts.fault.badNumber',
  LABEL_LAYOUT_BAD_GRID: 'labels.layouts.fault.badGrid',
  LABEL_LAYOUT_DOES_NOT_FIT: 'labels.layouts.fault.doesNotFit',
  LABEL_QR_TOO_SMALL: 'labels.layouts.fault.qrTooSmall',
} as const satisfies Record<string, MessageKey>;

function typedNumbers(draft: LayoutDraft): { numbers: Partial<LabelLayout>; errors: LayoutDraftErrors } {
  const numbers: Partial<LabelLayout> = {};
  const errors: LayoutDraftErrors = {};
  for (const field of layoutFields) {
    const read = readTypedNumber(draft[field], wholeFields.includes(field) ? 'whole' : 'decimal');
    if (read.status === 'number') numbers[field] = read.value;
    else if (read.status === 'empty') errors[field] = { key: 'common.required' };
    else errors[field] = { key: `formRenderer.number.${read.problem}` };
  }
  return { numbers, errors };
}

const isComplete = (numbers: Partial<LabelLayout>): numbers is LabelLayout =>
  layoutFields.every((field) => typeof numbers[field] === 'number');

/**
 * What the typed draft means: the layout (null while a number is missing or unreadable) and every problem, at
 * its field: typing first, then the domain's first fault (out of range, does not fit, QR too small).
 */
export function readLayoutDraft(
  draft: LayoutDraft,
  qrModules: number,
): { layout: LabelLayout | null; errors: LayoutDraftErrors } {
  const { numbers, errors } = typedNumbers(draft);
  if (!draft.name.trim()) errors.name = { key: 'common.required' };
  if (!isComplete(numbers)) return { layout: null, errors };
  const fault = labelLayoutFault(numbers, qrModules);
  if (fault) {
    const field = fault.path.slice(1);
    const target = layoutFields.find((candidate) => candidate === field);
    if (target) errors[target] = { key: faultMessages[fault.code], values: fault.values };
  }
  return { layout: numbers, errors };
}
