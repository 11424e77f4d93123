import type { ScanPeriodQuery, ScanSettingsBody } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';

function useScansKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'scans', ...rest);
}

/** The statistics of a period; the previous period stays shown while the next loads. */
export function useScanStatistics(period: ScanPeriodQuery) {
  return useQuery({
    queryKey: useScansKey('statistics', period.from, period.to),
    queryFn: () => api.call('getScanStatistics', { query: period }),
    placeholderData: (previous) => previous,
  });
}

export function useScanSettings() {
  return useQuery({ queryKey: useScansKey('settings'), queryFn: () => api.call('getScanSettings') });
}

export function useSaveScanSettings() {
  const queryClient = useQueryClient();
  const queryKey = useScansKey('settings');
  return useMutation({
    mutationFn: (body: ScanSettingsBody) => api.call('putScanSettings', { body }),
    onSuccess: (view) => queryClient.setQueryData(queryKey, view),
  });
}

/** Where the browser downloads the period's CSV (the session cookie goes with it). */
export const scansCsvHref = (period: ScanPeriodQuery) =>
  `/api/v1/scans.csv?from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`;
