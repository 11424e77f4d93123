import { type Static, Type } from '@sinclair/typebox';
import { Nullable } from '../http/common.schemas';
import { TenantJobView } from '../http/job-view.schemas';

export const TenantJobListQuery = Type.Object(
  {
    /** The `next` of the previous page. */
    before: Type.Optional(
      Type.String({
        // The createdAt (ISO, UTC) and id of the last job of the previous page, as `next` gave them.
        pattern:
          '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
      }),
    ),
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
