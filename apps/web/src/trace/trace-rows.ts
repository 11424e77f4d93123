import type { GenealogyNode, LotGenealogy } from '@nguon/contracts/client';

/** The list view's rows: nearest first as the server sends them, ties by lot code so the order is stable. */
export function traceRowsOf(genealogy: LotGenealogy): GenealogyNode[] {
  return [...genealogy.nodes].sort((a, b) => a.depth - b.depth || a.lot.code.localeCompare(b.lot.code));
}
