import type { LocalizedText, ProcessProblem } from '@nguon/domain';
import type { FormProblem } from '@nguon/forms';
import { catalogMessages } from './catalogs/catalog.messages';
import { type ErrorCode, errorMessage } from './error-catalogue';
import type { ErrorParams, Lang } from './errors/lang';
import { ajvErrorMessage, formProblemMessage } from './forms/form.messages';
import { createMessageFormatter } from './messages/message-format';
import { processProblemMessage } from './processes/process-problems.messages';

/**
 * What a service found wrong, as codes and values, no words; the edge words it with `wordsOf` in the
 * caller's language. (A top-level file: it words the codes of several features.)
 */
export type WordSource =
  /** An ajv error as `describeAjvErrors` reads it. */
  | { kind: 'ajv'; keyword: string; params: Record<string, unknown> }
  | { kind: 'form'; problem: FormProblem }
  /** A form problem of a process stage, named by the stage. */
  | { kind: 'stage-form'; stage: { key: string; name: LocalizedText }; problem: FormProblem }
  | { kind: 'process'; problem: ProcessProblem }
  /** A phrase already in both languages (a CSV cell's conversion fault). */
  | { kind: 'text'; text: LocalizedText }
  | { kind: 'code'; code: ErrorCode; params?: ErrorParams }
  /** A fault of a CSV file's line (and column), prefixed by where it is. */
  | { kind: 'line'; line: number; column: string; fault: WordSource };

/** One bad field of an `AppError`: its pointer, its keyword when it has one, and what is wrong. */
export type FieldErrorSource = { path: string; keyword?: string } & WordSource;

const formatCatalog = createMessageFormatter(catalogMessages);

/** A fault in words, Vietnamese or English. */
export function wordsOf(source: WordSource, lang: Lang): string {
  switch (source.kind) {
    case 'ajv':
      return ajvErrorMessage(source.keyword, source.params, lang);
    case 'form':
      return formProblemMessage(source.problem, lang);
    case 'stage-form': {
      const { key, name } = source.stage;
      return `${(lang === 'en' && name.en) || name.vi || key}: ${formProblemMessage(source.problem, lang)}`;
    }
    case 'process':
      return processProblemMessage(source.problem, lang);
    case 'text':
      return source.text[lang];
    case 'code':
      return errorMessage(source.code, lang, source.params);
    case 'line': {
      const { line, column } = source;
      const fault = wordsOf(source.fault, lang);
      return column
        ? formatCatalog(lang, 'catalogs.csvFaultAtCell', { line, column, fault })
        : formatCatalog(lang, 'catalogs.csvFaultAtLine', { line, fault });
    }
  }
}

/** The same fault in both languages, for a problem's `detail` param built without a caller's language. */
export const wordsInBoth = (source: WordSource) => ({ vi: wordsOf(source, 'vi'), en: wordsOf(source, 'en') });
