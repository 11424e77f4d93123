import type { LabelSelection } from '@nguon/contracts/client';
import { parseLabelSerial } from '@nguon/domain';

/** What the clerk typed or scanned for a packing record: a roll's first and last label, or a list. */
export interface LabelDraft {
  mode: 'roll' | 'list';
  first: string;
  last: string;
  /** One serial a line, as typed or scanned. */
  list: string;
}

export const emptyLabelDraft: LabelDraft = { mode: 'roll', first: '', last: '', list: '' };

export type SerialCheck =
  | { ok: true; serial: string }
  | { ok: false; fault: 'length' | 'character' | 'check' };

/** Checks a typed code on the phone already: a wrong check symbol means a typing mistake, said at once. */
export const checkSerial = (input: string): SerialCheck => parseLabelSerial(input);

export interface ListSummary {
  /** Distinct well-formed serials, in the order first typed. */
  serials: string[];
  /** Lines (1-based) that are not a label code. */
  badLines: number[];
  duplicates: number;
}

export function summariseList(list: string): ListSummary {
  const serials: string[] = [];
  const badLines: number[] = [];
  let duplicates = 0;
  list.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const checked = checkSerial(line);
    if (!checked.ok) badLines.push(index + 1);
    else if (serials.includes(checked.serial)) duplicates += 1;
    else serials.push(checked.serial);
  });
  return { serials, badLines, duplicates };
}

/** A scanned code added to the list unless it is there already; answers the new list and whether it was new. */
export function addScanned(list: string, scanned: string): { list: string; added: boolean } {
  const checked = checkSerial(scanned);
  if (!checked.ok || summariseList(list).serials.includes(checked.serial)) return { list, added: false };
  const trimmed = list.replace(/\s+$/, '');
  return { list: trimmed === '' ? checked.serial : `${trimmed}\n${checked.serial}`, added: true };
}

/** The selection to send, or null when nothing (valid) is entered; the server checks everything again. */
export function labelSelectionOf(draft: LabelDraft): LabelSelection | null {
  if (draft.mode === 'list') {
    const { serials, badLines } = summariseList(draft.list);
    return serials.length > 0 && badLines.length === 0 ? { serials } : null;
  }
  const [first, last] = [checkSerial(draft.first), checkSerial(draft.last)];
  return first.ok && last.ok ? { firstSerial: first.serial, lastSerial: last.serial } : null;
}

/** Whether the clerk entered anything at all: an entered but invalid selection blocks sending. */
export const hasLabelInput = (draft: LabelDraft) =>
  draft.mode === 'list' ? draft.list.trim() !== '' : draft.first.trim() !== '' || draft.last.trim() !== '';
