import { isUtf8 } from 'node:buffer';
import type { WordSource } from '@nguon/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../errors/app-error';

export interface CsvRow {
  /** Line of the file where the row ends, the header being line 1. */
  line: number;
  cells: string[];
}

/** The line of the first byte that is not UTF-8 (Latin-1 and Windows-1258 files land here). */
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    if (!isUtf8(bytes.subarray(start, i))) return line;
    start = i + 1;
    line++;
  }
  return line;
}

/** The text of a UTF-8 file, with or without BOM; any other encoding is refused, never guessed. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw new AppError('CSV_ENCODING', { line: firstBadLine(bytes) });
  return new TextDecoder('utf-8').decode(bytes);
}

const parseFaults: Record<string, WordSource> = {
  CSV_QUOTE_NOT_CLOSED: { kind: 'message', key: 'catalogs.detail.quoteNotClosed' },
  CSV_INVALID_CLOSING_QUOTE: { kind: 'message', key: 'catalogs.detail.charAfterQuote' },
  // csv-parse names this one without its CSV_ prefix
  INVALID_OPENING_QUOTE: { kind: 'message', key: 'catalogs.detail.quoteInCell' },
};
const brokenCsv: WordSource = { kind: 'message', key: 'catalogs.detail.csvBroken' };

/** Semicolons when the header has more of them than commas (spreadsheets in some locales save so). */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** With `info: true` csv-parse yields { record, info } although its types say string[]. */
function asInfoRecord(value: unknown): { record: string[]; info: { lines: number } } {
  if (
    typeof value === 'object' &&
    value !== null &&
    'record' in value &&
    Array.isArray(value.record) &&
    'info' in value &&
    typeof value.info === 'object' &&
    value.info !== null &&
    'lines' in value.info &&
    typeof value.info.lines === 'number'
  ) {
    return { record: value.record.map(String), info: { lines: value.info.lines } };
  }
  throw new Error('csv-parse returned a record without info');
}

/** The header and the non-empty rows of a CSV text; a broken file is refused with the line where it breaks. */
export function readCsv(text: string): { header: string[]; rows: CsvRow[] } {
  let records: unknown[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter: delimiterOf(text),
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const detail = parseFaults[error.code] ?? brokenCsv;
    throw new AppError('CSV_MALFORMED', { line: Number(error.lines) || 1, detail });
  }
  const [first, ...rest] = records.map(asInfoRecord);
  if (!first) {
    throw new AppError('CSV_MALFORMED', {
      line: 1,
      detail: { kind: 'message', key: 'catalogs.detail.noHeader' },
    });
  }
  return { header: first.record, rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })) };
}
