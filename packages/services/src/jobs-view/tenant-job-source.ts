import type { TenantJobViewSource } from '@nguon/contracts';
import type { ServiceContext } from '../context/service-context';
import type { JobAudience } from './job-audience';

export interface JobPageRequest {
  before: { createdAt: Date; id: string } | null;
  limit: number;
}

/** One kind of background job: its newest jobs the audience reaches, before the cursor, as job views. */
export interface TenantJobSource {
  kind: TenantJobViewSource['kind'];
  list(
    ctx: ServiceContext,
    audience: JobAudience,
    page: JobPageRequest,
    now: Date,
  ): Promise<TenantJobViewSource[]>;
}
