import type { Static } from '@sinclair/typebox';
import type {
  CatalogImportReport,
  CatalogImportRowError,
  CatalogImportView,
} from './catalogs/catalog.schemas';
import { errorMessage, isErrorCode } from './error-catalogue';
import type { Lang } from './errors/lang';
import { type WordSource, wordsOf } from './field-errors';
import type { TenantJobView } from './http/job-view.schemas';
import type { TenantJobPage } from './jobs/job.schemas';
import type { LabelBatchPage, LabelBatchView } from './labels/label-batch.schemas';
import type { ProcessDraftView, ProcessProblemView, ProcessView } from './processes/process.schemas';
import type { InspectedRecallDetail, RecallDetail, RecallReportView } from './recalls/recall.schemas';
import type { TemplateDraftCheck, TemplateDraftView } from './templates/template-draft.schemas';

/** Views as services return them: codes and values where the answer carries words (`localize…` words them). */
export type ProcessProblemSource = Omit<ProcessProblemView, 'message'> & { fault: WordSource };
export type ProcessDraftSource = Omit<ProcessDraftView, 'problems'> & { problems: ProcessProblemSource[] };
export type ProcessViewSource = Omit<ProcessView, 'draft'> & { draft: ProcessDraftSource };
export type CatalogImportRowSource = Omit<CatalogImportRowError, 'message'> & { fault: WordSource };
export type CatalogImportReportSource = Omit<CatalogImportReport, 'errors'> & {
  errors: CatalogImportRowSource[];
};

/** A batch's failure is stored as a code; the edge words it. */
export type LabelBatchViewSource = Omit<LabelBatchView, 'error'> & { error: { code: string } | null };
export type LabelBatchPageSource = Omit<LabelBatchPage, 'items'> & { items: LabelBatchViewSource[] };

export function localizeLabelBatchView(view: LabelBatchViewSource, lang: Lang): LabelBatchView {
  const code = view.error?.code;
  if (code === undefined) return { ...view, error: null };
  return { ...view, error: { code, message: isErrorCode(code) ? errorMessage(code, lang) : code } };
}

export function localizeLabelBatchPage(page: LabelBatchPageSource, lang: Lang): LabelBatchPage {
  return { ...page, items: page.items.map((item) => localizeLabelBatchView(item, lang)) };
}

export function localizeProcessDraft(draft: ProcessDraftSource, lang: Lang): ProcessDraftView {
  return {
    ...draft,
    problems: draft.problems.map(({ fault, ...problem }) => ({ ...problem, message: wordsOf(fault, lang) })),
  };
}

export function localizeProcessView(view: ProcessViewSource, lang: Lang): ProcessView {
  return { ...view, draft: localizeProcessDraft(view.draft, lang) };
}

export function localizeCatalogImportReport(
  report: CatalogImportReportSource,
  lang: Lang,
): CatalogImportReport {
  return {
    ...report,
    errors: report.errors.map(({ fault, ...row }) => ({ ...row, message: wordsOf(fault, lang) })),
  };
}

/** A job view as services give it: a failure's message in both languages, picked at the edge. */
export type TenantJobViewSource = Omit<TenantJobView, 'error'> & {
  error: { code: string; message: { vi: string; en: string } } | null;
};
export type TenantJobPageSource = Omit<TenantJobPage, 'items'> & { items: TenantJobViewSource[] };
/** The report is worded once, when the import ends, in both languages. */
export type CatalogImportViewSource = Omit<CatalogImportView, 'job' | 'report'> & {
  job: TenantJobViewSource;
  report: { vi: CatalogImportReport; en: CatalogImportReport } | null;
};

export function localizeTenantJob(job: TenantJobViewSource, lang: Lang): TenantJobView {
  return { ...job, error: job.error && { code: job.error.code, message: job.error.message[lang] } };
}

export function localizeTenantJobPage(page: TenantJobPageSource, lang: Lang): TenantJobPage {
  return { ...page, items: page.items.map((job) => localizeTenantJob(job, lang)) };
}

export function localizeCatalogImportView(view: CatalogImportViewSource, lang: Lang): CatalogImportView {
  return { ...view, job: localizeTenantJob(view.job, lang), report: view.report?.[lang] ?? null };
}

type RecallEvent = RecallDetail['events'][number];

/** A recall as services give it: each history entry's summary as a source, worded at the edge. */
export type RecallDetailSource = Omit<RecallDetail, 'events' | 'report'> & {
  events: (Omit<RecallEvent, 'summary'> & { summary: WordSource })[];
  report: RecallReportViewSource | null;
};
export type InspectedRecallDetailSource = Omit<InspectedRecallDetail, 'detail'> & {
  detail: RecallDetailSource;
};

export function localizeRecallDetail(detail: RecallDetailSource, lang: Lang): RecallDetail {
  return {
    ...detail,
    events: detail.events.map((event) => ({ ...event, summary: wordsOf(event.summary, lang) })),
    report: detail.report ? localizeRecallReportView(detail.report, lang) : null,
  };
}

export function localizeInspectedRecallDetail(
  view: InspectedRecallDetailSource,
  lang: Lang,
): InspectedRecallDetail {
  return { ...view, detail: localizeRecallDetail(view.detail, lang) };
}

/** A recall's report as services give it: its job's failure worded in both languages, picked at the edge. */
export type RecallReportViewSource = Omit<Static<typeof RecallReportView>, 'job'> & {
  job: TenantJobViewSource;
};

export function localizeRecallReportView(
  view: RecallReportViewSource,
  lang: Lang,
): Static<typeof RecallReportView> {
  return { ...view, job: localizeTenantJob(view.job, lang) };
}

/** A template draft's publishing check as services give it: the refusal's code and values, worded at the edge. */
export type TemplateDraftCheckSource = Omit<TemplateDraftCheck, 'message'> & { fault: WordSource };
export type TemplateDraftViewSource = Omit<TemplateDraftView, 'process' | 'check'> & {
  process: ProcessDraftSource;
  check: TemplateDraftCheckSource | null;
};

export function localizeTemplateDraftView(view: TemplateDraftViewSource, lang: Lang): TemplateDraftView {
  const check = view.check && {
    code: view.check.code,
    path: view.check.path,
    message: wordsOf(view.check.fault, lang),
  };
  return { ...view, process: localizeProcessDraft(view.process, lang), check };
}
