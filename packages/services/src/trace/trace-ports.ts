import type { PublicScanFigures, PublicTrace } from '@nguon/contracts';

/**
 * The seams between the parts of the consumer trace (issue 14): the trace loader (what a code shows), the
 * resolver's answer cache (apps/api), the change feed that empties it, and the scan ledger. Each part is
 * built against these types only.
 */

/** What a parsed Digital Link asks for, keys decoded; nothing here says whether it exists. */
export type TraceLookup =
  /** `/q/{serial}` (gtin14 and lot null) or `/01/{gtin}[/10/{lot}]/21/{serial}`: the label's own answer. */
  | { kind: 'label'; serial: string; gtin14: string | null; lot: string | null }
  | { kind: 'lot'; gtin14: string; lot: string }
  | { kind: 'product'; gtin14: string };

export type TraceAnswer =
  /**
   * `tags`: what the answer was made from (see traceTags); a change to any of them empties it from the caches.
   * `labelId`, `tenantId`, `productId`, `lotId`: for the scan ledger (label answers only, ids null otherwise).
   */
  | {
      found: true;
      trace: PublicTrace;
      tags: string[];
      scan: { labelId: string; tenantId: string; productId: string | null; lotId: string | null } | null;
    }
  /** Not ours, unknown, or contradicting the label's own keys: the same 404 for each, whatever the reason. */
  | { found: false };

/** Loads the public trace for a lookup (services/src/trace/public-trace.service.ts). */
export type LoadPublicTrace = (lookup: TraceLookup) => Promise<TraceAnswer>;

export { type PublicChanges, traceTags } from '../public-changes/public-changes.port';

/** One consumer visit of a label's page, without personal data. */
export interface ScanInput {
  labelId: string;
  tenantId: string;
  productId: string | null;
  lotId: string | null;
  at: Date;
  /** A keyed hash (HMAC) of the client's network (/24 for IPv4, /48 for IPv6): counts distinct networks. */
  networkHash: string;
  /** chrome, safari, firefox, samsung, zalo, facebook, other. */
  browser: string;
  language: 'vi' | 'en';
  /** A province code where a trusted proxy says it, else null. */
  region: string | null;
}

/**
 * Counts scans in memory and writes them off the request path, in batches, with their daily roll-ups. `warm`
 * reads what the store knows of a label (the cold path); `count` never touches the database.
 */
export interface ScanLedger {
  warm(labelId: string, tenantId: string): Promise<void>;
  /**
   * Whether the label can be counted now without waiting: it is held (one held but stale is read again in the
   * background, as `warm` does). False: call `warm` and wait for it.
   */
  warmAtOnce(labelId: string, tenantId: string): boolean;
  /** Counts one scan and gives the label's figures after it (signals included). Call after `warm`. */
  count(scan: ScanInput): PublicScanFigures;
  /** Writes what is buffered now (tests, shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
