import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useLang } from '../i18n/lang-store';
import { useLabelsKey } from './label-api';
import type { TenantLayoutEntry } from './label-layout-options';

/** Built-in layouts, then the account's own: one list for the layouts page and the order form. */
export function useLabelLayouts() {
  return useQuery({
    queryKey: useLabelsKey('layouts'),
    queryFn: () => api.call('listLabelLayouts'),
  });
}

/** The account's own layouts for the order form's picker; the built-ins come from the domain. */
export function useTenantLabelLayouts(): readonly TenantLayoutEntry[] {
  const lang = useLang();
  const layouts = useLabelLayouts();
  return (layouts.data?.items ?? [])
    .filter((entry) => !entry.builtIn)
    .map((entry) => ({ id: entry.id, name: entry.name[lang] || entry.name.vi, layout: entry.layout }));
}
