import { scanSignalLimits } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Timestamp, Uuid } from '../http/common.schemas';

const Day = Type.String({ maxLength: 10, description: 'A Vietnamese calendar day, YYYY-MM-DD' });

/** A period of days, both ends included, at most 366 days (Asia/Ho_Chi_Minh). */
export const ScanPeriodQuery = Type.Object({ from: Day, to: Day }, { additionalProperties: false });
export type ScanPeriodQuery = Static<typeof ScanPeriodQuery>;

const Count = Type.Integer({ minimum: 0 });

export const ScanFlag = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('scan_count'),
      at: Timestamp,
      /** The owner's threshold when it tripped. */
      threshold: Type.Integer(),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('spread'),
      at: Timestamp,
      networks: Type.Integer(),
      regions: Type.Integer(),
      hours: Type.Integer(),
    },
    { additionalProperties: false },
  ),
]);
export type ScanFlag = Static<typeof ScanFlag>;

const ProductRef = Nullable(Type.Object({ id: Uuid, name: LocalizedName }, { additionalProperties: false }));

export const ScannedLabel = Type.Object(
  {
    serial: Type.String(),
    product: ProductRef,
    lot: Nullable(Type.Object({ id: Uuid, code: Type.String() }, { additionalProperties: false })),
    /** Scans in the period asked for (top labels) or all time (suspicious labels). */
    periodScans: Count,
    totalScans: Count,
    firstAt: Timestamp,
    lastAt: Timestamp,
    flags: Type.Array(ScanFlag),
  },
  { additionalProperties: false },
);
export type ScannedLabel = Static<typeof ScannedLabel>;

export const ScanStatistics = Type.Object(
  {
    from: Type.String(),
    to: Type.String(),
    total: Count,
    /** One entry per day of the period, days without scans included. */
    days: Type.Array(Type.Object({ day: Type.String(), scans: Count }, { additionalProperties: false })),
    byProduct: Type.Array(
      Type.Object({ product: ProductRef, scans: Count }, { additionalProperties: false }),
    ),
    byLot: Type.Array(
      Type.Object(
        {
          lot: Type.Object({ id: Uuid, code: Type.String() }, { additionalProperties: false }),
          product: ProductRef,
          scans: Count,
        },
        { additionalProperties: false },
      ),
    ),
    topLabels: Type.Array(ScannedLabel),
    /** Flagged labels, last scanned first; flags stay once set. */
    suspicious: Type.Array(ScannedLabel),
  },
  { additionalProperties: false },
);
export type ScanStatistics = Static<typeof ScanStatistics>;

const limit = (key: keyof typeof scanSignalLimits, description: string) =>
  Type.Integer({ minimum: scanSignalLimits[key].min, maximum: scanSignalLimits[key].max, description });

export const ScanSettingsBody = Type.Object(
  {
    countThreshold: limit('countThreshold', 'More scans of one label than this is suspicious'),
    spreadNetworks: limit('spreadNetworks', 'This many distinct networks within the window is suspicious'),
    spreadRegions: limit('spreadRegions', 'This many distinct provinces within the window is suspicious'),
    spreadHours: limit('spreadHours', 'The window of the spread signal, in hours'),
  },
  { additionalProperties: false },
);
export type ScanSettingsBody = Static<typeof ScanSettingsBody>;

export const ScanSettingsView = Type.Object(
  {
    ...ScanSettingsBody.properties,
    /** False while the tenant uses the platform's defaults. */
    customized: Type.Boolean(),
    updatedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type ScanSettingsView = Static<typeof ScanSettingsView>;
