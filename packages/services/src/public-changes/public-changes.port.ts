/**
 * The change feed's port (issue 14): what a write changed on public pages, told to every process's trace caches.
 * It sits below the writers (lots, products, labels, tenants) and the trace folder alike, so that neither imports
 * the other back; trace/trace-ports.ts re-exports it.
 */

/** Cache tags: what a cached answer depends on. Writers name what they changed with the same words. */
export const traceTags = {
  tenant: (id: string) => `tenant:${id}`,
  product: (id: string) => `product:${id}`,
  lot: (id: string) => `lot:${id}`,
  /** A label batch: activations and voids name the batches of their ranges, not each of a million labels. */
  batch: (id: string) => `batch:${id}`,
  /** Anything that can turn an unknown code into a known one (a new product GTIN, lot, or label chunk). */
  unknown: 'unknown',
  /**
   * Messages may have been lost (the feed's connection dropped and came back): every cached answer goes. The
   * feed says it itself; writers never do.
   */
  everything: '*',
} as const;

/**
 * Tells every process's caches that public data changed: in-process in embedded mode, over Redis pub/sub in
 * server mode (one API replica's write empties the others' caches). Delivery is at most once; caches also
 * keep answers only briefly (see the resolver), so a lost message costs a short staleness, never a wrong code.
 * Writers call announcePublicChanges (public-changes/announce-changes.ts), sent after commit. Recalls (issue 15) announce
 * the lot tags of the recalled lots and everything downstream of them.
 */
export interface PublicChanges {
  changed(tags: readonly string[]): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (tags: readonly string[]) => void): () => void;
  close(): Promise<void>;
}
