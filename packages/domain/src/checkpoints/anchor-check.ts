import { genesisHash } from '../lots/record-chain';
import type { CheckpointLeaf } from './merkle-tree';

/**
 * lot_missing: the anchored lot is gone; head_rewound: it now has fewer records than were anchored (last records
 * deleted and the head moved back); history_rewritten: its record at the anchored position no longer has the
 * anchored hash (a record at or before it was changed and the later hashes recomputed).
 */
export type AnchorFaultKind = 'lot_missing' | 'head_rewound' | 'history_rewritten';

/** A lot as stored now: its record count and the stored hash of each record by sequence number. */
export interface LotNow {
  recordCount: number;
  hashAt: (seq: number) => string | undefined;
}

export interface AnchorFault {
  lotId: string;
  kind: AnchorFaultKind;
  anchored: { recordCount: number; headHash: string };
}

/** Compares each anchored head with the lot as stored now; a lot that only grew since is fine. */
export function anchorFaults(
  leaves: readonly CheckpointLeaf[],
  lotNow: (lotId: string) => LotNow | undefined,
): AnchorFault[] {
  const faults: AnchorFault[] = [];
  for (const leaf of leaves) {
    const anchored = { recordCount: leaf.recordCount, headHash: leaf.headHash };
    const lot = lotNow(leaf.lotId);
    const kind: AnchorFaultKind | null = !lot
      ? 'lot_missing'
      : lot.recordCount < leaf.recordCount
        ? 'head_rewound'
        : (leaf.recordCount === 0 ? genesisHash : lot.hashAt(leaf.recordCount)) !== leaf.headHash
          ? 'history_rewritten'
          : null;
    if (kind) faults.push({ lotId: leaf.lotId, kind, anchored });
  }
  return faults;
}
