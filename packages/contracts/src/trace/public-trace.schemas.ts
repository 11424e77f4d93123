import { certificationKinds } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../http/common.schemas';

/**
 * The public trace: everything a consumer may see behind a label, a lot or a product, and nothing else. The
 * resolver answers it as JSON (`Accept: application/json`) and renders it as the server-side HTML page; both
 * languages travel together, so one projection serves every visitor. Values are display-ready text: catalog
 * items by their display label, never ids; only fields a form marks public (`x-public`).
 */

/** A text in both languages; English may be empty (the page then shows the Vietnamese). */
export const PublicText = Type.Object(
  { vi: Type.String({ maxLength: 5000 }), en: Type.String({ maxLength: 5000 }) },
  { additionalProperties: false },
);
export type PublicText = Static<typeof PublicText>;

const DateOnly = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'A calendar date' });

/** A public image in the sizes the file store keeps for the web: `src` is the phone size, `srcset` all of them. */
export const PublicImage = Type.Object(
  {
    src: Type.String({ description: 'URL of the phone-width size' }),
    width: Type.Integer({ minimum: 1 }),
    height: Type.Integer({ minimum: 1 }),
    srcset: Type.String({ description: 'Every web size, as an HTML srcset' }),
  },
  { additionalProperties: false },
);
export type PublicImage = Static<typeof PublicImage>;

export const PublicCertification = Type.Object(
  {
    kind: Type.Union(certificationKinds.map((kind) => Type.Literal(kind))),
    /** The scheme's name as shown: VietGAP, OCOP 4★, or the owner's own name when kind is other. */
    name: Type.String(),
    number: Type.String(),
    issuer: Type.String(),
    validFrom: DateOnly,
    validTo: Nullable(DateOnly),
    /** validTo before the day the trace was made (Asia/Ho_Chi_Minh). */
    expired: Type.Boolean(),
    documentUrl: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type PublicCertification = Static<typeof PublicCertification>;

export const PublicProduct = Type.Object(
  {
    name: PublicText,
    /** Only what the owner chose to show (the product's public fields); absent facts are null or empty. */
    productType: Nullable(Type.String()),
    description: Nullable(PublicText),
    images: Type.Array(PublicImage),
    netQuantity: Nullable(
      Type.Object({ value: Type.Number(), unit: Type.String() }, { additionalProperties: false }),
    ),
    shelfLifeDays: Nullable(Type.Integer()),
    storage: Nullable(PublicText),
    /** Country code and province name, e.g. VN, Lào Cai. */
    origin: Nullable(
      Type.Object(
        { country: Type.String(), province: Nullable(Type.String()) },
        { additionalProperties: false },
      ),
    ),
    gtin: Nullable(Type.String({ pattern: '^[0-9]{14}$' })),
    certifications: Type.Array(PublicCertification),
  },
  { additionalProperties: false },
);
export type PublicProduct = Static<typeof PublicProduct>;

export const PublicProducer = Type.Object(
  {
    name: Type.String(),
    kind: Type.Union([Type.Literal('enterprise'), Type.Literal('coop')]),
    address: Type.String(),
    province: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    logoUrl: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type PublicProducer = Static<typeof PublicProducer>;

/** One public field of a record, display-ready. */
export const PublicField = Type.Object(
  {
    key: Type.String(),
    label: PublicText,
    /** The value as text in both languages (units, dates and choices already worded; a catalog item's label). */
    value: PublicText,
    photos: Type.Array(PublicImage),
    /** A location field: where a map link points (https://www.openstreetmap.org/?mlat=…&mlon=…). */
    map: Nullable(
      Type.Object(
        { latitude: Type.Number(), longitude: Type.Number(), url: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type PublicField = Static<typeof PublicField>;

/** One stage record on the timeline: its stage's name, when it happened, and its public fields only. */
export const PublicStage = Type.Object(
  {
    stageKey: Type.String(),
    name: PublicText,
    /** The CBV business step of the stage, where it has one (e.g. harvesting). */
    businessStep: Nullable(Type.String()),
    time: Timestamp,
    fields: Type.Array(PublicField),
  },
  { additionalProperties: false },
);
export type PublicStage = Static<typeof PublicStage>;

export const PublicLotDates = Type.Object(
  {
    harvest: Nullable(DateOnly),
    production: Nullable(DateOnly),
    packing: Nullable(DateOnly),
    /** Packing (or production) plus the product's shelf life, where both are known. */
    expiry: Nullable(DateOnly),
  },
  { additionalProperties: false },
);

export const PublicLot = Type.Object(
  {
    code: Type.String(),
    productName: PublicText,
    dates: PublicLotDates,
    timeline: Type.Array(PublicStage),
  },
  { additionalProperties: false },
);
export type PublicLot = Static<typeof PublicLot>;

export const publicLabelStates = ['activated', 'not_activated', 'voided'] as const;
export const PublicLabel = Type.Object(
  {
    /** The code printed under the QR code, grouped for reading aloud. */
    code: Type.String(),
    state: Type.Union(publicLabelStates.map((state) => Type.Literal(state))),
    /** When it was bound to its lot, for an activated label. */
    activatedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type PublicLabel = Static<typeof PublicLabel>;

/** The recall slot at the top of the page; filled by recalls (issue 15), null until then. */
export const PublicRecall = Type.Object(
  {
    reason: PublicText,
    instructions: PublicText,
    contact: Type.String(),
    severity: Type.String(),
    publishedAt: Timestamp,
    /** Closed: the outcome is recorded, and the label still warns. */
    status: Type.Optional(Type.Union([Type.Literal('published'), Type.Literal('closed')])),
  },
  { additionalProperties: false },
);

export const PublicScanFigures = Type.Object(
  {
    count: Type.Integer({ minimum: 0 }),
    firstAt: Nullable(Timestamp),
    /** Counterfeit signals that tripped; empty when none. */
    warnings: Type.Array(Type.Union([Type.Literal('scan_count'), Type.Literal('spread')])),
  },
  { additionalProperties: false },
);
export type PublicScanFigures = Static<typeof PublicScanFigures>;

export const publicTraceKinds = ['label', 'lot', 'product'] as const;
export const PublicTrace = Type.Object(
  {
    kind: Type.Union(publicTraceKinds.map((kind) => Type.Literal(kind))),
    /** The canonical Digital Link path this trace answers, e.g. /01/08930000000012/21/7KQ2M4X9PA3TB. */
    path: Type.String(),
    /** For a label only; a label not yet activated (or voided) carries no product, producer or lot data. */
    label: Nullable(PublicLabel),
    product: Nullable(PublicProduct),
    producer: Nullable(PublicProducer),
    lot: Nullable(PublicLot),
    /** The lots behind this one (the farms behind a blended lot), nearest first, each with its public stages. */
    ancestors: Type.Array(PublicLot),
    recall: Nullable(PublicRecall),
    /** For a label: how often it was scanned (the resolver fills this in at answer time). */
    scans: Nullable(PublicScanFigures),
  },
  { additionalProperties: false, $id: 'PublicTrace' },
);
export type PublicTrace = Static<typeof PublicTrace>;
