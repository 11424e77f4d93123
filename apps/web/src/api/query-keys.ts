/** The signed-in person's session; null when nobody is signed in. */
export const sessionKey = ['session'] as const;

/** Data of one tenant lives under its id, so switching tenant never shows the previous tenant's rows. */
export function tenantKey(tenantId: string | null, ...rest: string[]): readonly string[] {
  return ['tenant', tenantId ?? 'none', ...rest];
}
