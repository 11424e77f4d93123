import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Timestamp, Uuid } from '../http/common.schemas';
import { labelBatchStates, labelPdfStates, maxLabelBatchQuantity } from './label.constants';

const PageParam = Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,6}$' }));
const PageSizeParam = Type.Optional(Type.String({ pattern: '^([1-9]|[1-9][0-9]|100)$' }));

export const LabelBatchState = Type.Union(labelBatchStates.map((s) => Type.Literal(s)));
export type LabelBatchState = Static<typeof LabelBatchState>;
export const LabelPdfState = Type.Union(labelPdfStates.map((s) => Type.Literal(s)));

/** The printed page chosen at order (millimetres), kept with the batch so every download prints alike. */
export const LabelBatchLayout = Type.Object(
  {
    pageWidthMm: Type.Number(),
    pageHeightMm: Type.Number(),
    labelWidthMm: Type.Number(),
    labelHeightMm: Type.Number(),
    columns: Type.Integer(),
    rows: Type.Integer(),
    marginTopMm: Type.Number(),
    marginLeftMm: Type.Number(),
    gapXMm: Type.Number(),
    gapYMm: Type.Number(),
  },
  { additionalProperties: false },
);
export type LabelBatchLayout = Static<typeof LabelBatchLayout>;

export const OrderLabelBatchBody = Type.Object(
  {
    quantity: Type.Integer({ minimum: 1, maximum: maxLabelBatchQuantity, description: 'How many labels' }),
    productId: Type.Optional(Uuid),
    lotId: Type.Optional(Uuid),
    layoutKey: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A built-in layout' })),
    layoutId: Type.Optional(Uuid),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  {
    additionalProperties: false,
    description:
      'Blank labels (/q/ URLs) when neither productId nor lotId is given; a lot implies its product',
  },
);
export type OrderLabelBatchBody = Static<typeof OrderLabelBatchBody>;

export const LabelBatchListQuery = Type.Object(
  {
    state: Type.Optional(LabelBatchState),
    productId: Type.Optional(Uuid),
    page: PageParam,
    pageSize: PageSizeParam,
  },
  { additionalProperties: false },
);
export type LabelBatchListQuery = Static<typeof LabelBatchListQuery>;

const PersonRef = Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false });

export const LabelBatchView = Type.Object(
  {
    id: Uuid,
    number: Type.Integer({ minimum: 1, description: 'Per tenant: "Đợt tem #12"' }),
    product: Nullable(Type.Object({ id: Uuid, name: LocalizedName }, { additionalProperties: false })),
    lot: Nullable(Type.Object({ id: Uuid, code: Type.String() }, { additionalProperties: false })),
    kind: Type.Union([Type.Literal('product'), Type.Literal('lot'), Type.Literal('blank')]),
    quantity: Type.Integer(),
    generated: Type.Integer(),
    state: LabelBatchState,
    pdf: Type.Object(
      { state: LabelPdfState, pagesDone: Type.Integer(), pagesTotal: Type.Integer() },
      { additionalProperties: false },
    ),
    layoutKey: Nullable(Type.String()),
    layout: LabelBatchLayout,
    urlPrefix: Type.String({ description: 'Every label URL is this plus the serial' }),
    sampleUrl: Type.String({ description: 'What a label URL of this batch looks like' }),
    note: Type.String(),
    createdAt: Timestamp,
    createdBy: Nullable(PersonRef),
    startedAt: Nullable(Timestamp),
    finishedAt: Nullable(Timestamp),
    ratePerSecond: Nullable(Type.Number({ description: 'Labels stored per second since the batch started' })),
    secondsLeft: Nullable(Type.Number({ description: 'Estimate while running' })),
    stalled: Type.Boolean({
      description:
        'Its labels or PDF are still being made but nothing has moved for longer than the stall limit (10 min): the job was lost, retry runs it again',
    }),
    retry: Nullable(
      Type.Union([Type.Literal('labels'), Type.Literal('pdf')], {
        description:
          'What POST …/retry would run again now (a failed or stalled batch, or its PDF); null when it would be refused',
      }),
    ),
    error: Nullable(
      Type.Object({ code: Type.String(), message: Type.String() }, { additionalProperties: false }),
    ),
    links: Type.Object(
      { csv: Type.String(), pdf: Type.String(), zip: Type.String() },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type LabelBatchView = Static<typeof LabelBatchView>;

export const LabelBatchPage = Type.Object(
  {
    items: Type.Array(LabelBatchView),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  },
  { additionalProperties: false },
);
export type LabelBatchPage = Static<typeof LabelBatchPage>;
