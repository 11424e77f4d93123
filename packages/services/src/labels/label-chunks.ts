import { type Db, insertLabels, labelSeqsBetween, type NewLabel } from '@nguon/db';
import { generateLabelSerials } from '@nguon/domain';

/** 60-bit serials practically never collide; a source that keeps colliding is broken, not unlucky. */
const maxDraws = 8;

/**
 * Stores seqs firstSeq..lastSeq of a batch with fresh serials. A serial already taken (by any batch) is
 * skipped by the insert, and only those seqs draw again, so the chunk ends with exactly one label per seq.
 */
export async function storeLabelChunk(
  db: Db,
  randomBytes: (size: number) => Uint8Array,
  chunk: { batchId: string; firstSeq: number; lastSeq: number },
): Promise<number> {
  let missing = Array.from({ length: chunk.lastSeq - chunk.firstSeq + 1 }, (_, i) => chunk.firstSeq + i);
  for (let draw = 0; draw < maxDraws && missing.length > 0; draw++) {
    const serials = generateLabelSerials(missing.length, randomBytes);
    const labels: NewLabel[] = missing.map((seq, i) => ({ seq, serial: serials[i] ?? '' }));
    if ((await insertLabels(db, chunk.batchId, labels)) === labels.length)
      return chunk.lastSeq - chunk.firstSeq + 1;
    const stored = await labelSeqsBetween(db, chunk.batchId, chunk.firstSeq, chunk.lastSeq);
    missing = missing.filter((seq) => !stored.has(seq));
  }
  if (missing.length > 0)
    throw new Error(`label serials kept colliding: ${missing.length} seqs of batch ${chunk.batchId} left`);
  return chunk.lastSeq - chunk.firstSeq + 1;
}

/** The seq ranges of a batch's chunks, in order. */
export function labelChunks(quantity: number, size: number): { firstSeq: number; lastSeq: number }[] {
  const chunks: { firstSeq: number; lastSeq: number }[] = [];
  for (let firstSeq = 1; firstSeq <= quantity; firstSeq += size)
    chunks.push({ firstSeq, lastSeq: Math.min(quantity, firstSeq + size - 1) });
  return chunks;
}
