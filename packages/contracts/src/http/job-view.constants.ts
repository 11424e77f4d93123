/** The kinds of background work the tenant's jobs page lists; a new kind adds one source in services. */
export const tenantJobKinds = ['catalog-import', 'label-batch', 'recall-report'] as const;
export type TenantJobKind = (typeof tenantJobKinds)[number];

export const tenantJobStates = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type TenantJobState = (typeof tenantJobStates)[number];
