import { Loader } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';

// The jobs editors load, as one chunk, when a stage's jobs or waiting periods are first shown: the designer's
// first load (its script budget) stays what it was for processes without jobs.
const load = () => import('./jobs-ui');
const JobsTabModule = lazy(() => load().then((module) => ({ default: module.JobsTab })));
const JobPropertiesModule = lazy(() => load().then((module) => ({ default: module.JobProperties })));
const WaitingModule = lazy(() => load().then((module) => ({ default: module.WaitingPeriodsEditor })));

const loading = <Loader size="sm" m="sm" />;

export function LazyJobsTab(props: ComponentProps<typeof JobsTabModule>) {
  return (
    <Suspense fallback={loading}>
      <JobsTabModule {...props} />
    </Suspense>
  );
}

export function LazyJobProperties(props: ComponentProps<typeof JobPropertiesModule>) {
  return (
    <Suspense fallback={loading}>
      <JobPropertiesModule {...props} />
    </Suspense>
  );
}

export function LazyWaitingPeriodsEditor(props: ComponentProps<typeof WaitingModule>) {
  return (
    <Suspense fallback={loading}>
      <WaitingModule {...props} />
    </Suspense>
  );
}
