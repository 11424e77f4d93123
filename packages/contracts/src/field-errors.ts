import type { LocalizedText, ProcessProblem } from '@nguon/domain';
import type { FormProblem } from '@nguon/forms';
import { appMessages } from './app/app.messages';
import { catalogMessages } from './catalogs/catalog.messages';
import { type ErrorCode, errorMessage } from './error-catalogue';
import type { ErrorParam, Lang } from './errors/lang';
import { csvCellMessages } from './forms/csv-cell.messages';
import { formCatalogues } from './forms/form.catalogues';
import { ajvErrorMessage, formProblemMessage } from './forms/form.messages';
import { jobMessages } from './jobs/job.messages';
import { lotDetailMessages } from './lots/lot-details.messages';
import { createMessageFormatter } from './messages/message-format';
import { processDetailMessages } from './processes/process-details.messages';
import { processProblemMessage } from './processes/process-problems.messages';
import { productMessages } from './products/product.messages';
import { recallMessages } from './recalls/recall.messages';
import { staffMessages } from './staff/staff.messages';
import { templateCheckMessages } from './templates/template-check.messages';

/** The catalogues a service may name an entry of (`{ kind: 'message', key }`); no key is in two. */
const sourceCatalogues = {
  vi: {
    ...appMessages.vi,
    ...formCatalogues.vi,
    ...csvCellMessages.vi,
    ...catalogMessages.vi,
    ...staffMessages.vi,
    ...productMessages.vi,
    ...lotDetailMessages.vi,
    ...processDetailMessages.vi,
    ...jobMessages.vi,
    ...recallMessages.vi,
    ...templateCheckMessages.vi,
  },
  en: {
    ...appMessages.en,
    ...formCatalogues.en,
    ...csvCellMessages.en,
    ...catalogMessages.en,
    ...staffMessages.en,
    ...productMessages.en,
    ...lotDetailMessages.en,
    ...processDetailMessages.en,
    ...jobMessages.en,
    ...recallMessages.en,
    ...templateCheckMessages.en,
  },
};

/** A catalogue entry a service may point at instead of writing words. */
export type SourceMessageKey = keyof typeof sourceCatalogues.vi;

/**
 * What a service found wrong, as codes and values, no words; the edge words it with `wordsOf` in the
 * caller's language. (A top-level file: it words the codes of several features.)
 */
export type WordSource =
  /** An ajv error as `describeAjvErrors` reads it. */
  | { kind: 'ajv'; keyword: string; params: Record<string, unknown> }
  | { kind: 'form'; problem: FormProblem }
  /** A form problem of a process stage, named by the stage. */
  | {
      kind: 'stage-form';
      stage: { key: string; name: LocalizedText };
      /** A problem in the form of one of the stage's jobs: named "Stage — Job". */
      job?: { key: string; name: LocalizedText };
      problem: FormProblem;
    }
  | { kind: 'process'; problem: ProcessProblem }
  | { kind: 'code'; code: ErrorCode; params?: ParamSources }
  /** An entry of a feature's message catalogue, its ICU arguments filled from the values. */
  | { kind: 'message'; key: SourceMessageKey; values?: ParamSources }
  /** A fault of a CSV file's line (and column), prefixed by where it is. */
  | { kind: 'line'; line: number; column: string; fault: WordSource };

/** A param of a coded message: a value, a name in both languages, or a source the edge words. */
export type ParamSource = ErrorParam | WordSource;
export type ParamSources = Readonly<Record<string, ParamSource>>;

/** One bad field of an `AppError`: its pointer, its keyword when it has one, and what is wrong. */
export type FieldErrorSource = { path: string; keyword?: string } & WordSource;

const formatCatalog = createMessageFormatter(catalogMessages);
const formatSource = createMessageFormatter(sourceCatalogues);

const isWordSource = (param: ParamSource): param is WordSource =>
  typeof param === 'object' && 'kind' in param;

/** Params in one language, as a problem document carries them: names picked, sources worded. */
export function wordParams(params: ParamSources, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = isWordSource(value) ? wordsOf(value, lang) : typeof value === 'object' ? value[lang] : value;
  return out;
}

/** A fault in words, Vietnamese or English. */
export function wordsOf(source: WordSource, lang: Lang): string {
  switch (source.kind) {
    case 'ajv':
      return ajvErrorMessage(source.keyword, source.params, lang);
    case 'form':
      return formProblemMessage(source.problem, lang);
    case 'stage-form': {
      const nameOf = ({ key, name }: { key: string; name: LocalizedText }) =>
        (lang === 'en' && name.en) || name.vi || key;
      const where = source.job ? `${nameOf(source.stage)} — ${nameOf(source.job)}` : nameOf(source.stage);
      return `${where}: ${formProblemMessage(source.problem, lang)}`;
    }
    case 'process':
      return processProblemMessage(source.problem, lang);
    case 'code':
      return errorMessage(source.code, lang, wordParams(source.params ?? {}, lang));
    case 'message':
      return formatSource(lang, source.key, wordParams(source.values ?? {}, lang));
    case 'line': {
      const { line, column } = source;
      const fault = wordsOf(source.fault, lang);
      return column
        ? formatCatalog(lang, 'catalogs.csvFaultAtCell', { line, column, fault })
        : formatCatalog(lang, 'catalogs.csvFaultAtLine', { line, fault });
    }
  }
}
