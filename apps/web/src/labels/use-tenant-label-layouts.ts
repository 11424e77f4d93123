import type { TenantLayoutEntry } from './label-layout-options';

const none: readonly TenantLayoutEntry[] = [];

/** The tenant's own layouts for the order form's picker; built-ins only until the layouts API is merged. */
export function useTenantLabelLayouts(): readonly TenantLayoutEntry[] {
  return none;
}
