import { type PublicTrace, RecallNotice, recallSeverities } from '@nguon/contracts';
import { type Db, findPublicRecallsOfLots, type LotRecallRow } from '@nguon/db';
import { createAjv } from '@nguon/forms';

const validNotice = createAjv().compile<RecallNotice>(RecallNotice);
/** Most severe first: recallSeverities is ordered high, medium, low. */
const rank = (severity: string) =>
  new Map<string, number>(recallSeverities.map((s, i) => [s, i])).get(severity) ?? 0;

/**
 * The warning a lot's page shows: of the published or closed recalls covering the lot or a lot it came from,
 * the most severe, the latest among equals. Null when none does (drafts and drills never show).
 */
export async function publicRecallOf(db: Db, lotIds: readonly string[]): Promise<PublicTrace['recall']> {
  const rows = await findPublicRecallsOfLots(db, lotIds);
  // newest first already: a stable sort by severity keeps the latest first among equals
  const [chosen] = [...rows].sort((a, b) => rank(a.severity) - rank(b.severity));
  return chosen ? toPublicRecall(chosen) : null;
}

function toPublicRecall(row: LotRecallRow): NonNullable<PublicTrace['recall']> {
  if (!validNotice(row.notice)) throw new Error(`recall ${row.recall_id} has a malformed notice`);
  const notice = row.notice;
  return {
    reason: notice.reason,
    instructions: notice.instructions,
    contact: notice.contact,
    severity: row.severity,
    publishedAt: row.published_at.toISOString(),
    status: row.status === 'closed' ? 'closed' : 'published',
  };
}
