import type { ScanSettingsBody, ScanSettingsView } from '@nguon/contracts';
import { findScanSettings, type ScanSettingsRow, saveScanSettings } from '@nguon/db';
import { scanSettingsFault } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { settingsOfRow } from './scan-memory';

function viewOf(row: ScanSettingsRow | undefined): ScanSettingsView {
  return {
    ...settingsOfRow(row),
    customized: row !== undefined,
    updatedAt: row?.updated_at.toISOString() ?? null,
  };
}

/** The tenant's counterfeit signal settings, the platform's defaults until the owner sets them. */
export async function getScanSettings(ctx: ServiceContext, principal: Principal): Promise<ScanSettingsView> {
  const { tenantId } = requireTenantAction(principal, 'scans.read');
  return viewOf(await findScanSettings(ctx.db, tenantId));
}

/**
 * Sets the signal settings. Running ledgers read them again within their refresh (30 s); labels already flagged
 * keep their flags, which say the threshold they tripped.
 */
export async function putScanSettings(
  ctx: ServiceContext,
  principal: Principal,
  body: ScanSettingsBody,
): Promise<ScanSettingsView> {
  const actor = requireTenantAction(principal, 'scans.manage');
  const fault = scanSettingsFault(body);
  // The contract's bounds are the domain's: a fault here is a contract out of step, answered as bad input.
  if (fault) throw new AppError('VALIDATION_FAILED', {}, `/${fault}`);
  const row = await saveScanSettings(ctx.db, {
    tenantId: actor.tenantId,
    columns: {
      count_threshold: body.countThreshold,
      spread_networks: body.spreadNetworks,
      spread_regions: body.spreadRegions,
      spread_hours: body.spreadHours,
    },
    by: actor.userId,
    now: ctx.now(),
  });
  return viewOf(row);
}
