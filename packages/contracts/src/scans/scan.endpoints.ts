import type { SharedErrorCode } from '../errors/shared.errors';
import { FileDownload } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import type { ScanErrorCode } from './scan.errors';
import { ScanPeriodQuery, ScanSettingsBody, ScanSettingsView, ScanStatistics } from './scan.schemas';

const periodErrors = ['SCAN_PERIOD_BAD_DATE', 'SCAN_PERIOD_REVERSED', 'SCAN_PERIOD_TOO_LONG'] as const;

/** The owner's view of consumer scans: statistics of a period, the raw scans as CSV, the signal settings. */
export const scanEndpoints = {
  getScanStatistics: {
    method: 'get',
    path: '/api/v1/scan-statistics',
    tag: 'scans',
    summary:
      'Scans of the tenant’s labels in a period: per day, by product and lot, top labels, suspicious labels',
    access: 'tenant',
    status: 200,
    query: ScanPeriodQuery,
    response: ScanStatistics,
    errors: periodErrors,
  },
  downloadScansCsv: {
    method: 'get',
    path: '/api/v1/scans.csv',
    tag: 'scans',
    summary:
      'Every scan of the period in time order (UTF-8 CSV, streamed): time, label, product, lot, browser…',
    access: 'tenant',
    status: 200,
    query: ScanPeriodQuery,
    fileResponse: true,
    response: FileDownload,
    errors: periodErrors,
  },
  getScanSettings: {
    method: 'get',
    path: '/api/v1/scan-settings',
    tag: 'scans',
    summary: 'The counterfeit signal settings: scan threshold per label, spread networks / provinces / hours',
    access: 'tenant',
    status: 200,
    response: ScanSettingsView,
  },
  putScanSettings: {
    method: 'put',
    path: '/api/v1/scan-settings',
    tag: 'scans',
    summary: 'Change the counterfeit signal settings (owner only); labels already flagged keep their flags',
    access: 'tenant',
    status: 200,
    body: ScanSettingsBody,
    response: ScanSettingsView,
  },
} as const satisfies Record<string, EndpointSpec<ScanErrorCode | SharedErrorCode>>;
