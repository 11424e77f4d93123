import type { Static } from '@sinclair/typebox';
import type { Lang } from '../errors/lang';
import { localizeTenantJob, type TenantJobViewSource } from '../worded-views';
import type { RecallReportView } from './recall.schemas';

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
