import type { PublicLabel, PublicTrace } from '@nguon/contracts';
import {
  type Db,
  findLotByCode,
  findProductByGtin,
  findProductById,
  findTraceLabel,
  findTraceProducer,
  type LotRow,
  listPublicFiles,
  listUpstreamLinks,
  type ProductRow,
  type TraceLabelRow,
} from '@nguon/db';
import { createGenealogy, formatLabelCode, printedLabelKeys } from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import { publicFilesOf } from './public-images';
import { type DraftLot, loadDraftLots, lotPhotoIds, toPublicLot } from './public-lots';
import { productFileIds, toPublicProducer, toPublicProduct } from './public-product';
import { publicRecallOf } from './public-recall';
import { TaggedCache } from './tagged-cache';
import { type LoadPublicTrace, type TraceAnswer, type TraceLookup, traceTags } from './trace-ports';

/** The most lots upstream a trace shows (nearest first); a deeper genealogy is cut, never walked whole. */
export const maxTraceAncestors = 50;

const notFound: TraceAnswer = { found: false };

interface TraceSubject {
  kind: PublicTrace['kind'];
  path: string;
  product: ProductRow;
  lot: Pick<LotRow, 'id' | 'code'> | null;
  label: { row: TraceLabelRow; view: PublicLabel } | null;
}

/** The product, its producer, the lot and its ancestors, with every public file resolved: the full answer. */
async function fullTrace(ctx: ServiceContext, subject: TraceSubject): Promise<TraceAnswer> {
  const { product } = subject;
  const tenantId = product.tenant_id;
  const producer = await findTraceProducer(ctx.db, tenantId);
  if (producer?.status !== 'active') return notFound;
  const ancestorIds = subject.lot ? await ancestorsOf(ctx.db, tenantId, subject.lot.id) : [];
  const lots = subject.lot ? await loadDraftLots(ctx.db, tenantId, [subject.lot.id, ...ancestorIds]) : [];
  const now = ctx.now();
  const fileIds = [...productFileIds(product, now), ...lotPhotoIds(lots)];
  const files = publicFilesOf(await listPublicFiles(ctx.db, tenantId, [...new Set(fileIds)]));
  const [main, ...ancestors] = lots;
  const trace: PublicTrace = {
    kind: subject.kind,
    path: subject.path,
    label: subject.label?.view ?? null,
    product: toPublicProduct(product, now, files),
    producer: toPublicProducer(producer),
    lot: main ? toPublicLot(withAncestorHarvest(main, ancestors), files) : null,
    ancestors: ancestors.map((lot) => toPublicLot(lot, files)),
    recall: await publicRecallOf(
      ctx.db,
      lots.map((lot) => lot.id),
    ),
    scans: null,
  };
  return {
    found: true,
    trace,
    tags: tagsOf(tenantId, product.id, lots, subject.label?.row ?? null),
    scan: subject.label ? scanOf(subject.label.row) : null,
  };
}

async function ancestorsOf(db: Db, tenantId: string, lotId: string): Promise<string[]> {
  const links = await listUpstreamLinks(db, tenantId, lotId, maxTraceAncestors);
  return createGenealogy(links).ancestors([lotId]).slice(0, maxTraceAncestors);
}

// A blended or packed lot was harvested when its farm lots were: the earliest harvest upstream, if it has none.
function withAncestorHarvest(lot: DraftLot, ancestors: readonly DraftLot[]): DraftLot {
  if (lot.dates.harvest !== null) return lot;
  const harvests = ancestors.flatMap((ancestor) => ancestor.dates.harvest ?? []).sort();
  return { ...lot, dates: { ...lot.dates, harvest: harvests[0] ?? null } };
}

function tagsOf(tenantId: string, productId: string, lots: readonly DraftLot[], label: TraceLabelRow | null) {
  // every lot shown, and every product named (an ancestor lot may be of another product, its name on the page)
  const products = new Set([productId, ...lots.map((lot) => lot.productId)]);
  return [
    traceTags.tenant(tenantId),
    ...[...products].map((id) => traceTags.product(id)),
    ...lots.map((lot) => traceTags.lot(lot.id)),
    ...(label ? [traceTags.batch(label.batch_id)] : []),
  ];
}

const scanOf = (label: TraceLabelRow) => ({
  labelId: label.serial,
  tenantId: label.tenant_id,
  productId: label.product_id,
  lotId: label.state === 'activated' ? label.lot_id : null,
});

const labelPath = (serial: string, gtin14: string | null) =>
  gtin14 ? `/01/${gtin14}/21/${serial}` : `/q/${serial}`;

/** A label that shows no product data (printed but not activated, or voided): its state and nothing else. */
async function bareLabel(
  ctx: ServiceContext,
  label: TraceLabelRow,
  state: PublicLabel['state'],
  gtin14: string | null,
): Promise<TraceAnswer> {
  const producer = await findTraceProducer(ctx.db, label.tenant_id);
  if (producer?.status !== 'active') return notFound;
  const trace: PublicTrace = {
    kind: 'label',
    path: labelPath(label.serial, gtin14),
    label: { code: formatLabelCode(label.serial), state, activatedAt: null },
    product: null,
    producer: null,
    lot: null,
    ancestors: [],
    recall: null,
    scans: null,
  };
  // its product: a GTIN changed or cleared there changes whether this code answers at all
  const tags = [
    traceTags.tenant(label.tenant_id),
    traceTags.batch(label.batch_id),
    ...(label.product_id ? [traceTags.product(label.product_id)] : []),
  ];
  return { found: true, trace, tags, scan: scanOf(label) };
}

/** Lot-level parts of answers, by product and lot, emptied by the change feed (see createPublicTraceLoader). */
type TraceMemo = TaggedCache<TraceAnswer>;

async function labelTrace(
  ctx: ServiceContext,
  lookup: Extract<TraceLookup, { kind: 'label' }>,
  memo: TraceMemo | undefined,
): Promise<TraceAnswer> {
  const label = await findTraceLabel(ctx.db, lookup.serial);
  if (!label) return notFound;
  const product = label.product_id ? await findProductById(ctx.db, label.product_id) : undefined;
  const lot =
    label.state === 'activated' && label.lot_id && label.lot_code
      ? { id: label.lot_id, code: label.lot_code }
      : null;
  // A code that contradicts the label's own GTIN or lot is the same 404 as an unknown one. Its own: what the
  // batch printed (for good, whatever the product's GTIN became since), or its product's and lot's now.
  const printed = printedLabelKeys(label.url_prefix);
  if (lookup.gtin14 !== null && lookup.gtin14 !== printed.gtin14 && lookup.gtin14 !== product?.gtin)
    return notFound;
  if (lookup.lot !== null && lookup.lot !== printed.lot && lookup.lot !== lot?.code) return notFound;
  if (label.state === 'voided') return bareLabel(ctx, label, 'voided', lookup.gtin14);
  if (label.state !== 'activated' || !product || !lot)
    return bareLabel(ctx, label, 'not_activated', lookup.gtin14);
  const view: PublicLabel = {
    code: formatLabelCode(label.serial),
    state: 'activated',
    activatedAt: label.changed_at?.toISOString() ?? null,
  };
  const parts = await lotTrace(ctx, product, lot, memo);
  if (!parts.found) return notFound;
  return {
    found: true,
    trace: { ...parts.trace, kind: 'label', path: labelPath(label.serial, product.gtin), label: view },
    tags: [...parts.tags, traceTags.batch(label.batch_id)],
    scan: scanOf(label),
  };
}

/**
 * The lot's part of a label's answer (product, producer, lot, ancestors), the same for every label of the lot:
 * kept in the memo when there is one, so a crowd scanning a thousand labels of one lot reads it once.
 */
async function lotTrace(
  ctx: ServiceContext,
  product: ProductRow,
  lot: Pick<LotRow, 'id' | 'code'>,
  memo: TraceMemo | undefined,
): Promise<TraceAnswer> {
  const key = `${product.id}|${lot.id}`;
  const known = memo?.get(key);
  if (known) return known;
  const since = memo?.generation;
  const path = product.gtin ? `/01/${product.gtin}/10/${lot.code}` : '';
  const answer = await fullTrace(ctx, { kind: 'lot', path, product, lot, label: null });
  if (memo && answer.found) memo.set(key, answer, answer.tags, undefined, since);
  return answer;
}

/**
 * What a code shows the public (the cold path of the consumer page): a label, a lot or a product, with public
 * fields only. Unknown, foreign to the platform, or contradicting the label's own keys: `{ found: false }`.
 * Archived products still answer: their packs are still in people's kitchens.
 */
export async function loadPublicTrace(
  ctx: ServiceContext,
  lookup: TraceLookup,
  memo?: TraceMemo,
): Promise<TraceAnswer> {
  if (lookup.kind === 'label') return labelTrace(ctx, lookup, memo);
  const product = await findProductByGtin(ctx.db, lookup.gtin14);
  if (!product) return notFound;
  if (lookup.kind === 'product') {
    return fullTrace(ctx, { kind: 'product', path: `/01/${lookup.gtin14}`, product, lot: null, label: null });
  }
  const lot = await findLotByCode(ctx.db, product.id, lookup.lot);
  if (!lot || lot.tenant_id !== product.tenant_id) return notFound;
  return fullTrace(ctx, {
    kind: 'lot',
    path: `/01/${lookup.gtin14}/10/${lot.code}`,
    product,
    lot,
    label: null,
  });
}

export interface PublicTraceLoader {
  load: LoadPublicTrace;
  /** Stops listening to the change feed. */
  close(): void;
}

/**
 * The platform's trace loader: loadPublicTrace with a memo of the lot-level parts, emptied by the change feed
 * as the resolver's cache is (a value loaded while a change landed is not kept). Cold label pages of one lot then
 * cost the label's own row and its product's, not the whole genealogy again.
 */
export function createPublicTraceLoader(
  ctx: ServiceContext,
  options: { maxEntries?: number; ttlMs?: number; clock?: () => number } = {},
): PublicTraceLoader {
  const memo: TraceMemo = new TaggedCache({
    maxEntries: options.maxEntries ?? 2_000,
    ttlMs: options.ttlMs ?? 5 * 60_000,
    clock: options.clock ?? (() => performance.now()),
  });
  const unsubscribe = ctx.publicChanges.subscribe((tags) => memo.invalidate(tags));
  return { load: (lookup) => loadPublicTrace(ctx, lookup, memo), close: unsubscribe };
}
