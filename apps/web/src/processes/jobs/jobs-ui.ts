// The jobs editors, one lazily loaded chunk (see lazy-jobs.tsx).
export { JobProperties } from './job-properties';
export { JobsTab } from './jobs-tab';
export { WaitingPeriodsEditor } from './waiting-periods-editor';
