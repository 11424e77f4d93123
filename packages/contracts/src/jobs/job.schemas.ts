import { type Static, Type } from '@sinclair/typebox';
import { catalogImportModes } from '../catalogs/catalog.constants';
import { CatalogImportReport } from '../catalogs/catalog.schemas';
import { Nullable, Timestamp, Uuid } from '../http/common.schemas';
import { tenantJobKinds, tenantJobStates } from './job.constants';

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

export const TenantJobListQuery = Type.Object(
  {
    /** The `next` of the previous page. */
    before: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[^_]+_[0-9a-f-]{36}$' })),
    limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-4][0-9]|50)$' })),
  },
  { additionalProperties: false },
);
export type TenantJobListQuery = Static<typeof TenantJobListQuery>;

export const TenantJobPage = Type.Object(
  {
    /** Newest first. */
    items: Type.Array(TenantJobView),
    /** Pass as `before` for the next (older) page; null on the last. */
    next: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type TenantJobPage = Static<typeof TenantJobPage>;

/** A catalog import that runs in the background: its job view, and the report once it ended. */
export const CatalogImportView = Type.Object(
  {
    id: Uuid,
    catalogId: Uuid,
    mode: Type.Union(catalogImportModes.filter((m) => m !== 'preview').map((m) => Type.Literal(m))),
    job: TenantJobView,
    /** The same report as a synchronous import; null until it ended. */
    report: Nullable(CatalogImportReport),
  },
  { additionalProperties: false },
);
export type CatalogImportView = Static<typeof CatalogImportView>;

/** Payload of the job catalogs.import: which stored import to run. */
export const CatalogImportPayload = Type.Object(
  { importId: Uuid, tenantId: Uuid },
  { additionalProperties: false, description: 'Payload of the job catalogs.import' },
);
export type CatalogImportPayload = Static<typeof CatalogImportPayload>;
