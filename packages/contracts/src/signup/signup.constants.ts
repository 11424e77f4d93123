/** How the operator lets new enterprises and co-ops in (SIGNUP): at once, after a platform admin's approval, or not. */
export const signUpModes = ['open', 'approval', 'closed'] as const;
export type SignUpMode = (typeof signUpModes)[number];

/** Where a signed-up tenant stands: working, waiting for a platform admin, or refused. */
export const tenantStatuses = ['active', 'pending', 'refused'] as const;
export type TenantStatus = (typeof tenantStatuses)[number];
