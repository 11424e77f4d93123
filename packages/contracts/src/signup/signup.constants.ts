/** How the operator lets new enterprises and co-ops in (SIGNUP): at once, after a platform admin's approval, or not. */
export const signUpModes = ['open', 'approval', 'closed'] as const;
export type SignUpMode = (typeof signUpModes)[number];

/** Where a signed-up tenant stands; the domain holds the list, as it holds the tenant kinds. */
export { type TenantStatus, tenantStatuses } from '@nguon/domain';
