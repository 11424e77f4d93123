import { type Static, Type } from '@sinclair/typebox';
import { Nullable, Timestamp, Uuid } from './common.schemas';
import { tenantJobKinds, tenantJobStates } from './job-view.constants';

/** Shared by every feature whose work runs in the background (catalog imports, label batches). */

const JobState = Type.Union(tenantJobStates.map((s) => Type.Literal(s)));
const Count = Type.Integer({ minimum: 0 });

/** A coded failure, worded in the caller's language. */
export const JobError = Type.Object(
  { code: Type.String(), message: Type.String() },
  { additionalProperties: false },
);

/** Any background job of the tenant, whatever its kind, as the jobs page and the progress bar show it. */
export const TenantJobView = Type.Object(
  {
    id: Uuid,
    kind: Type.Union(tenantJobKinds.map((k) => Type.Literal(k))),
    /** What the job works on, in both languages (the catalog's or the product's name). */
    title: Type.Object({ vi: Type.String(), en: Type.String() }, { additionalProperties: false }),
    state: JobState,
    done: Count,
    total: Count,
    createdAt: Timestamp,
    startedAt: Nullable(Timestamp),
    finishedAt: Nullable(Timestamp),
    /** Units per second since it started; null before any progress. */
    ratePerSecond: Nullable(Type.Number({ minimum: 0 })),
    /** Null when unknown (nothing done yet) or when the job has ended. */
    secondsLeft: Nullable(Count),
    error: Nullable(JobError),
    canCancel: Type.Boolean(),
    links: Type.Object(
      {
        /** The job's own resource, polled for progress. */
        self: Type.String(),
        /** What the job works on, in the web app (e.g. the catalog). */
        subject: Type.String(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type TenantJobView = Static<typeof TenantJobView>;
