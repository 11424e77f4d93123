import { stageKinds } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Timestamp, Uuid } from '../http/common.schemas';
import { BoundLabelRunView, LabelRunView, LabelSelection } from '../http/label-selection.schemas';
import { LotStatus, LotSummary } from '../http/lot-summary.schemas';

const PageParam = Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,6}$' }));
const PageSizeParam = Type.Optional(Type.String({ pattern: '^([1-9]|[1-9][0-9]|100)$' }));
const JsonObject = Type.Record(Type.String(), Type.Unknown());

export const LotCode = Type.String({
  pattern: '^[A-Za-z0-9._-]{1,20}$',
  description: 'Letters, digits, . - _; at most 20 (GS1 AI 10)',
});
export const Quantity = Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000_000 });
export const UnitCode = Type.String({
  minLength: 1,
  maxLength: 20,
  description: 'A unit code, e.g. kg, t, L',
});
export const GpsPointSchema = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    accuracy: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000, description: 'metres' })),
  },
  { additionalProperties: false },
);
const EventTime = Type.String({
  format: 'date-time',
  description: 'When the work was done; defaults to now; may be past, not future',
});

// A lot as lists show it: shared with recalls, so it lives with the shared schemas.
export { LotStatus, LotSummary };

export const CreateLotBody = Type.Object(
  {
    productId: Uuid,
    code: Type.Optional(LotCode),
    quantity: Quantity,
    unit: UnitCode,
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type CreateLotBody = Static<typeof CreateLotBody>;

export const LotListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    productId: Type.Optional(Uuid),
    status: Type.Optional(LotStatus),
    page: PageParam,
    pageSize: PageSizeParam,
  },
  { additionalProperties: false },
);
export type LotListQuery = Static<typeof LotListQuery>;

export const LotPage = Type.Object(
  { items: Type.Array(LotSummary), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() },
  { additionalProperties: false },
);
export type LotPage = Static<typeof LotPage>;

export const StageRef = Type.Object(
  {
    stageId: Type.String(),
    key: Type.String(),
    name: LocalizedName,
    kind: Type.Union(stageKinds.map((k) => Type.Literal(k))),
    repeatable: Type.Boolean(),
    /** Present (true) for a stage recorded job by job: its entry lists the jobs. */
    hasJobs: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type StageRef = Static<typeof StageRef>;

/** One job of a stage with jobs, on one lot: what is done and what is still required. */
export const LotJobView = Type.Object(
  {
    jobId: Type.String(),
    key: Type.String(),
    name: LocalizedName,
    repeatable: Type.Boolean(),
    required: Type.Boolean(),
    /** Records the stage needs of this job before it can be closed (0 for an optional job). */
    needed: Type.Integer({ minimum: 0 }),
    timesRecorded: Type.Integer({ minimum: 0 }),
    /** May be recorded now: the stage is open, and the job is repeatable or not recorded yet. */
    recordable: Type.Boolean(),
    lastEventTime: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type LotJobView = Static<typeof LotJobView>;

export const LotStageView = Type.Object(
  {
    ...StageRef.properties,
    /** For a stage with jobs: available = open (jobs recordable), done = closed. */
    state: Type.Union([Type.Literal('done'), Type.Literal('available'), Type.Literal('waiting')]),
    timesRecorded: Type.Integer({ minimum: 0 }),
    /** Present (possibly empty list never) only for a stage with jobs. */
    jobs: Type.Optional(Type.Array(LotJobView)),
    /** A stage with jobs: it may be closed now (open, every required job done). */
    closable: Type.Optional(Type.Boolean()),
    closeWhenFollowed: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type LotStageView = Static<typeof LotStageView>;

export const RecordTransformationView = Type.Object(
  {
    id: Uuid,
    role: Type.Union([Type.Literal('input'), Type.Literal('output')]),
    quantity: Type.Number(),
    unit: Type.String(),
    /** The whole transformation's output over input, and whether it fell outside the stage's range. */
    yieldPercent: Nullable(Type.Number()),
    yieldFlag: Nullable(Type.Union([Type.Literal('below'), Type.Literal('above')])),
  },
  { additionalProperties: false },
);

/** A record made inside a waiting period whose owner chose "warn": accepted, and flagged. */
export const WaitingFlagView = Type.Object(
  {
    afterStageId: Type.String(),
    afterJobId: Type.String(),
    afterJobName: LocalizedName,
    afterRecordId: Uuid,
    afterEventTime: Timestamp,
    days: Type.Integer({ minimum: 0 }),
    /** The first allowed calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
    firstAllowedDay: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  },
  { additionalProperties: false },
);
export type WaitingFlagView = Static<typeof WaitingFlagView>;

export const RecordView = Type.Object(
  {
    id: Uuid,
    lotId: Uuid,
    seq: Type.Integer({ minimum: 1 }),
    /** close: a stage with jobs was finished (by the clerk, or by a following stage's record). */
    kind: Type.Union([Type.Literal('stage'), Type.Literal('transformation'), Type.Literal('close')]),
    stageId: Type.String(),
    stageKey: Type.String(),
    stageName: LocalizedName,
    /** A job record: the job within the stage; absent for other records. */
    job: Type.Optional(
      Type.Object(
        { id: Type.String(), key: Type.String(), name: LocalizedName },
        { additionalProperties: false },
      ),
    ),
    /** A close record: closed by the clerk, or by the record of a following stage (its id). */
    closedBy: Type.Optional(
      Type.Union([
        Type.Object({ kind: Type.Literal('clerk') }, { additionalProperties: false }),
        Type.Object({ kind: Type.Literal('following'), recordId: Uuid }, { additionalProperties: false }),
      ]),
    ),
    /** Waiting periods this record broke under "warn"; absent when none. Covered by the record hash. */
    waitingFlags: Type.Optional(Type.Array(WaitingFlagView)),
    processVersionId: Uuid,
    processVersion: Type.Integer({ minimum: 1 }),
    data: JsonObject,
    eventTime: Timestamp,
    location: Nullable(GpsPointSchema),
    recordedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false })),
    recordedAt: Timestamp,
    supersedes: Nullable(Uuid),
    /** The correction that replaced this record, when one did. */
    supersededBy: Nullable(Uuid),
    reason: Nullable(Type.String()),
    transformation: Nullable(RecordTransformationView),
    /** The labels a packing record bound to the lot, as runs of print numbers; absent when none. */
    labels: Type.Optional(Type.Array(LabelRunView)),
    /** The same runs, in the same order, with their batch number and first and last serial: for display, not hashed. */
    boundLabels: Type.Optional(Type.Array(BoundLabelRunView)),
    hash: Type.String(),
  },
  { additionalProperties: false },
);
export type RecordView = Static<typeof RecordView>;

export const StageFormView = Type.Object(
  {
    processVersionId: Uuid,
    stageId: Type.String(),
    /** The form of a job of the stage, when the record is a job record. */
    jobId: Type.Optional(Type.String()),
    schema: JsonObject,
    uiSchema: JsonObject,
  },
  { additionalProperties: false },
);
export type StageFormView = Static<typeof StageFormView>;

/** A lot one step up or down, with the quantity that moved between them. */
export const LotLinkView = Type.Object(
  {
    lot: LotSummary,
    transformationId: Uuid,
    quantity: Type.Number(),
    unit: Type.String(),
  },
  { additionalProperties: false },
);
export type LotLinkView = Static<typeof LotLinkView>;

export const LotDetail = Type.Object(
  {
    lot: LotSummary,
    stages: Type.Array(LotStageView),
    /** Oldest first; corrections and the records they replace both appear. */
    records: Type.Array(RecordView),
    /** The form of every (version, stage) a record was entered with. */
    forms: Type.Array(StageFormView),
    parents: Type.Array(LotLinkView),
    children: Type.Array(LotLinkView),
  },
  { additionalProperties: false },
);
export type LotDetail = Static<typeof LotDetail>;

export const LotStageParams = Type.Object(
  { id: Uuid, stageId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
export type LotStageParams = Static<typeof LotStageParams>;

/** At a stage with jobs, which job's form to fill. */
export const StageEntryQuery = Type.Object(
  { jobId: Type.Optional(LotStageParams.properties.stageId) },
  { additionalProperties: false },
);
export type StageEntryQuery = Static<typeof StageEntryQuery>;

/** What a clerk needs to fill one stage (or one job of it) of one lot: the form of the lot's pinned version. */
export const StageEntryView = Type.Object(
  {
    lot: LotSummary,
    stage: Type.Object(
      {
        ...LotStageView.properties,
        yieldRange: Nullable(
          Type.Object(
            { minPercent: Nullable(Type.Number()), maxPercent: Nullable(Type.Number()) },
            { additionalProperties: false },
          ),
        ),
        /** A packing stage: its record may bind labels to the lot. */
        bindsLabels: Type.Optional(Type.Boolean()),
      },
      { additionalProperties: false },
    ),
    /** When filling one job of a stage with jobs: that job; `form` is then the job's form. */
    job: Type.Optional(LotJobView),
    /** Waiting periods that apply now to this entry, so the form can warn before sending. */
    waiting: Type.Optional(
      Type.Array(
        Type.Object(
          {
            afterJobName: LocalizedName,
            afterEventTime: Timestamp,
            days: Type.Integer({ minimum: 0 }),
            firstAllowedDay: Type.String(),
            onBreach: Type.Union([Type.Literal('refuse'), Type.Literal('warn')]),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    form: StageFormView,
  },
  { additionalProperties: false },
);
export type StageEntryView = Static<typeof StageEntryView>;

export const RecordStageBody = Type.Object(
  {
    stageId: LotStageParams.properties.stageId,
    /** Required at a stage with jobs, refused elsewhere: the job recorded. */
    jobId: Type.Optional(LotStageParams.properties.stageId),
    data: JsonObject,
    eventTime: Type.Optional(EventTime),
    location: Type.Optional(Nullable(GpsPointSchema)),
    /** Only at a stage that binds labels: activated for the lot in the record's transaction, covered by its hash. */
    labels: Type.Optional(LabelSelection),
  },
  { additionalProperties: false },
);
export type RecordStageBody = Static<typeof RecordStageBody>;

export const RecordParams = Type.Object({ id: Uuid, recordId: Uuid }, { additionalProperties: false });
export type RecordParams = Static<typeof RecordParams>;

export const CorrectRecordBody = Type.Object(
  {
    data: JsonObject,
    eventTime: Type.Optional(EventTime),
    location: Type.Optional(Nullable(GpsPointSchema)),
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type CorrectRecordBody = Static<typeof CorrectRecordBody>;

export const WorkListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a lot code' })),
    productId: Type.Optional(Uuid),
    stageKey: Type.Optional(Type.String({ maxLength: 40 })),
    /** Exactly one stage (of one process): the lots a transformation may take. */
    stageId: Type.Optional(LotStageParams.properties.stageId),
    page: PageParam,
    pageSize: PageSizeParam,
  },
  { additionalProperties: false },
);
export type WorkListQuery = Static<typeof WorkListQuery>;

export const WorkItem = Type.Object(
  { lot: LotSummary, stages: Type.Array(StageRef) },
  { additionalProperties: false },
);
export type WorkItem = Static<typeof WorkItem>;

export const WorkList = Type.Object(
  {
    items: Type.Array(WorkItem),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    /** What the filters may choose from: products with open lots, stages waiting anywhere. */
    products: Type.Array(Type.Object({ id: Uuid, name: LocalizedName }, { additionalProperties: false })),
    stages: Type.Array(
      Type.Object(
        {
          key: Type.String(),
          name: LocalizedName,
          /** Open lots waiting at this stage, whatever the filters (the overview's per-stage counts). */
          lotCount: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type WorkList = Static<typeof WorkList>;

export const CreateTransformationBody = Type.Object(
  {
    stageId: LotStageParams.properties.stageId,
    inputs: Type.Array(
      Type.Object({ lotId: Uuid, quantity: Quantity, unit: UnitCode }, { additionalProperties: false }),
      { minItems: 1, maxItems: 50 },
    ),
    outputs: Type.Array(
      Type.Object(
        {
          /** Defaults to the first input's product; it must follow the same process. */
          productId: Type.Optional(Uuid),
          /** Typed in, or made from the product's lot code pattern. */
          code: Type.Optional(LotCode),
          quantity: Quantity,
          unit: UnitCode,
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
    data: JsonObject,
    eventTime: Type.Optional(EventTime),
    location: Type.Optional(Nullable(GpsPointSchema)),
  },
  { additionalProperties: false },
);
export type CreateTransformationBody = Static<typeof CreateTransformationBody>;

export const TransformationView = Type.Object(
  {
    id: Uuid,
    stage: StageRef,
    eventTime: Timestamp,
    yieldPercent: Nullable(Type.Number()),
    yieldFlag: Nullable(Type.Union([Type.Literal('below'), Type.Literal('above')])),
    inputs: Type.Array(LotLinkView),
    outputs: Type.Array(LotLinkView),
  },
  { additionalProperties: false },
);
export type TransformationView = Static<typeof TransformationView>;

export const chainFaultKinds = ['content_changed', 'chain_broken', 'sequence_gap', 'head_mismatch'] as const;

export const RecordVerification = Type.Object(
  {
    checkedAt: Timestamp,
    lots: Type.Integer(),
    records: Type.Integer(),
    faults: Type.Array(
      Type.Object(
        {
          lotId: Uuid,
          lotCode: Type.String(),
          recordId: Nullable(Uuid),
          seq: Nullable(Type.Integer()),
          kind: Type.Union(chainFaultKinds.map((k) => Type.Literal(k))),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RecordVerification = Static<typeof RecordVerification>;

/** Finishes a stage with jobs on one lot; refused while a required job is missing. */
export const CloseStageBody = Type.Object(
  {
    eventTime: Type.Optional(EventTime),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type CloseStageBody = Static<typeof CloseStageBody>;
