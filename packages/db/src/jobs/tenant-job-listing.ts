/** What every kind of background job is listed by on the tenant's jobs page: newest first, a page before a cursor. */
export interface TenantJobListing {
  tenantId: string;
  /** One person's jobs only; null for all of the tenant's. */
  createdBy: string | null;
  before: { createdAt: Date; id: string } | null;
  limit: number;
}
