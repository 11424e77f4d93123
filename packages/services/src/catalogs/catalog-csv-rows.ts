import type { CatalogImportRowSource, WordSource } from '@nguon/contracts';
import type { StageForm } from '@nguon/domain';
import { csvFieldTypes, type FormField, matchCsvColumn, parseCsvCell } from '@nguon/forms';
import { AppError } from '../errors/app-error';
import type { CsvRow } from './catalog-csv-reader';
import { itemProblems } from './catalog-item-content';

/** A column of the file and the field it fills; null for a blank header (spreadsheets leave such columns). */
export type CsvColumn = { header: string; field: FormField | null };

/** Maps header cells to fields; an unknown or repeated column, or a missing required field, refuses the file. */
export function mapCsvColumns(header: readonly string[], fields: readonly FormField[]): CsvColumn[] {
  const seen = new Set<string>();
  const columns = header.map((raw) => {
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text === '') return { header: text, field: null };
    const field = matchCsvColumn(text, fields);
    if (!field || seen.has(field.key)) throw new AppError('CSV_UNKNOWN_COLUMN', { column: text });
    seen.add(field.key);
    return { header: text, field };
  });
  const missing = fields.find((f) => f.required && csvFieldTypes.includes(f.type) && !seen.has(f.key));
  if (missing) {
    const label = { vi: missing.label.vi, en: missing.label.en || missing.label.vi };
    const column: WordSource = {
      kind: 'message',
      key: 'catalogs.detail.columnOfField',
      values: { label, key: missing.key },
    };
    throw new AppError('CSV_MISSING_COLUMN', { column }, `/${missing.key}`);
  }
  return columns;
}

export interface ConvertedRows {
  valid: { line: number; data: Record<string, unknown> }[];
  invalidRows: number;
  errors: CatalogImportRowSource[];
}

const tooManyCells: WordSource = { kind: 'message', key: 'catalogs.detail.tooManyCells' };

/** One row's item data and what is wrong with it: cell conversions first, then the catalog form. */
function convertRow(
  row: CsvRow,
  columns: readonly CsvColumn[],
  catalog: { id: string; revision: number; form: StageForm },
) {
  const errors: CatalogImportRowSource[] = [];
  const data: Record<string, unknown> = {};
  if (row.cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
    errors.push({ line: row.line, column: '', field: null, fault: tooManyCells });
  }
  columns.forEach((column, i) => {
    if (!column.field) return;
    const result = parseCsvCell(column.field, row.cells[i] ?? '');
    if (result === null) return;
    if (result.ok) data[column.field.key] = result.value;
    else
      errors.push({
        line: row.line,
        column: column.header,
        field: column.field.key,
        fault: { kind: 'text', text: result.message },
      });
  });
  if (errors.length > 0) return { data, errors };
  for (const problem of itemProblems(catalog, data)) {
    const key = problem.path.split('/')[1] ?? '';
    const column = columns.find((c) => c.field?.key === key);
    errors.push({
      line: row.line,
      column: column?.header ?? key,
      field: key || null,
      fault: { kind: 'ajv', keyword: problem.keyword, params: problem.params },
    });
  }
  return { data, errors };
}

/** Every row converted and validated; the errors kept are the first `maxErrors`. */
export function convertCsvRows(
  rows: readonly CsvRow[],
  columns: readonly CsvColumn[],
  catalog: { id: string; revision: number; form: StageForm },
  maxErrors: number,
): ConvertedRows & { errorCount: number } {
  const out: ConvertedRows & { errorCount: number } = {
    valid: [],
    invalidRows: 0,
    errors: [],
    errorCount: 0,
  };
  for (const row of rows) {
    const { data, errors } = convertRow(row, columns, catalog);
    if (errors.length === 0) {
      out.valid.push({ line: row.line, data });
      continue;
    }
    out.invalidRows++;
    out.errorCount += errors.length;
    out.errors.push(...errors.slice(0, Math.max(0, maxErrors - out.errors.length)));
  }
  return out;
}
