import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Revision, StageFormSchema, Timestamp, Uuid } from '../http/common.schemas';
import { TenantJobView } from '../http/job-view.schemas';
import { catalogImportModes } from './catalog.constants';

export const CatalogName = Type.Object(
  {
    vi: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    en: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);
const FieldKey = Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' });
export const LabelFields = Type.Array(FieldKey, {
  minItems: 1,
  maxItems: 3,
  uniqueItems: true,
  description: 'Item fields joined into the label that records keep as a snapshot',
});

export const CatalogView = Type.Object(
  {
    id: Uuid,
    name: LocalizedName,
    form: StageFormSchema,
    labelFields: Type.Array(Type.String()),
    shared: Type.Boolean(),
    archived: Type.Boolean(),
    /** False for another tenant's shared catalog: readable, never writable. */
    own: Type.Boolean(),
    ownerName: Type.String(),
    itemCount: Type.Integer(),
    revision: Revision,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
);
export type CatalogView = Static<typeof CatalogView>;

export const CatalogList = Type.Object({ items: Type.Array(CatalogView) }, { additionalProperties: false });
export const CatalogListQuery = Type.Object(
  { archived: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])) },
  { additionalProperties: false },
);

export const CreateCatalogBody = Type.Object(
  {
    name: CatalogName,
    form: StageFormSchema,
    labelFields: LabelFields,
    shared: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateCatalogBody = Static<typeof CreateCatalogBody>;

export const UpdateCatalogBody = Type.Object(
  {
    revision: Revision,
    name: Type.Optional(CatalogName),
    form: Type.Optional(StageFormSchema),
    labelFields: Type.Optional(LabelFields),
    shared: Type.Optional(Type.Boolean()),
    archived: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateCatalogBody = Static<typeof UpdateCatalogBody>;

const ItemData = Type.Record(Type.String(), Type.Unknown(), { description: 'Validated by the catalog form' });
/** Who changed an item: the person, to the owning tenant; only the owning tenant's name, to a tenant it shares with. */
const HistoryAuthor = Nullable(
  Type.Union([
    Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false }),
    Type.Object({ tenantId: Uuid, name: Type.String() }, { additionalProperties: false }),
  ]),
);

export const CatalogItemView = Type.Object(
  {
    id: Uuid,
    catalogId: Uuid,
    label: Type.String(),
    data: ItemData,
    archived: Type.Boolean(),
    revision: Revision,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
);
export type CatalogItemView = Static<typeof CatalogItemView>;

export const CatalogItemPage = Type.Object(
  {
    items: Type.Array(CatalogItemView),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  },
  { additionalProperties: false },
);
export type CatalogItemPage = Static<typeof CatalogItemPage>;

export const CatalogItemQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    archived: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
    field: Type.Optional(FieldKey),
    value: Type.Optional(Type.String({ maxLength: 500 })),
    sort: Type.Optional(Type.Union(['label', 'createdAt', 'updatedAt'].map((s) => Type.Literal(s)))),
    order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
    page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,6}$' })),
    pageSize: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9][0-9]|100)$' })),
  },
  { additionalProperties: false },
);
export type CatalogItemQuery = Static<typeof CatalogItemQuery>;

export const CatalogItemParams = Type.Object({ id: Uuid, itemId: Uuid }, { additionalProperties: false });

export const CreateCatalogItemBody = Type.Object({ data: ItemData }, { additionalProperties: false });
export const UpdateCatalogItemBody = Type.Object(
  {
    revision: Revision,
    data: Type.Optional(ItemData),
    archived: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateCatalogItemBody = Static<typeof UpdateCatalogItemBody>;

export const CatalogItemHistory = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          revision: Type.Integer(),
          action: Type.Union(
            ['created', 'updated', 'archived', 'restored', 'imported'].map((a) => Type.Literal(a)),
          ),
          label: Type.String(),
          data: ItemData,
          changedAt: Timestamp,
          changedBy: HistoryAuthor,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const CatalogImportQuery = Type.Object(
  { mode: Type.Optional(Type.Union(catalogImportModes.map((m) => Type.Literal(m)))) },
  { additionalProperties: false },
);

export const CatalogImportRowError = Type.Object(
  {
    /** Line of the file, counting the header as line 1. */
    line: Type.Integer({ minimum: 2 }),
    /** The column as its header reads, or empty when the fault is the whole row. */
    column: Type.String(),
    field: Nullable(Type.String()),
    message: Type.String(),
  },
  { additionalProperties: false },
);
export type CatalogImportRowError = Static<typeof CatalogImportRowError>;

export const CatalogImportReport = Type.Object(
  {
    mode: Type.Union(catalogImportModes.map((m) => Type.Literal(m))),
    rows: Type.Integer({ minimum: 0 }),
    valid: Type.Integer({ minimum: 0 }),
    invalid: Type.Integer({ minimum: 0 }),
    imported: Type.Integer({ minimum: 0 }),
    /** The first 1,000 row errors; `errorsTruncated` says when there were more. */
    errors: Type.Array(CatalogImportRowError),
    errorsTruncated: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type CatalogImportReport = Static<typeof CatalogImportReport>;

/** A catalog import that runs in the background: its job view, and the report once it ended. */
export const CatalogImportView = Type.Object(
  {
    id: Uuid,
    catalogId: Uuid,
    mode: Type.Union(catalogImportModes.filter((m) => m !== 'preview').map((m) => Type.Literal(m))),
    job: TenantJobView,
    /** The same report as a synchronous import; null until it ended. */
    report: Nullable(CatalogImportReport),
    stalled: Type.Boolean({
      description:
        'Queued or running but nothing has moved for longer than the stall limit (10 min): the job was lost, retry runs it again',
    }),
    canRetry: Type.Boolean({
      description:
        'POST …/retry would run it again now, after its last committed batch (an interrupted or stalled import)',
    }),
  },
  { additionalProperties: false },
);
export type CatalogImportView = Static<typeof CatalogImportView>;
