import { productTypeIds, stageKinds, waitingBreachModes } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Revision, StageFormSchema, Timestamp, Uuid } from '../http/common.schemas';

/** Shape checks only; the graph rules and the forms are checked by the domain and forms packages. */
export const ProductTypeSchema = Type.Union(productTypeIds.map((id) => Type.Literal(id)));
export const ProcessName = Type.Object(
  {
    vi: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    en: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);
const ClientId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

const PercentOrNull = Nullable(Type.Number({ minimum: 0, maximum: 100_000 }));

export const WaitingPeriodSchema = Type.Object(
  {
    afterJobId: ClientId,
    days: Type.Integer({ minimum: 0, maximum: 3650, description: 'Whole days, counted in Asia/Ho_Chi_Minh' }),
    fieldKey: Nullable(
      Type.String({
        maxLength: 64,
        description: "A number field of that job's form whose value replaces days",
      }),
    ),
    onBreach: Type.Union(waitingBreachModes.map((mode) => Type.Literal(mode))),
  },
  { additionalProperties: false },
);
const WaitingPeriods = Type.Optional(Type.Array(WaitingPeriodSchema, { maxItems: 20 }));

export const StageJobSchema = Type.Object(
  {
    id: ClientId,
    key: Type.String({ maxLength: 64 }),
    name: LocalizedName,
    businessStep: Nullable(Type.String({ maxLength: 200 })),
    repeatable: Type.Boolean(),
    required: Type.Boolean(),
    minCount: Nullable(Type.Integer({ minimum: 1, maximum: 1000 })),
    waitingPeriods: WaitingPeriods,
    form: StageFormSchema,
  },
  { additionalProperties: false },
);

export const ProcessStageSchema = Type.Object(
  {
    id: ClientId,
    key: Type.String({ maxLength: 64 }),
    name: LocalizedName,
    kind: Type.Union(stageKinds.map((kind) => Type.Literal(kind))),
    start: Type.Boolean(),
    repeatable: Type.Boolean(),
    businessStep: Nullable(Type.String({ maxLength: 200 })),
    yieldRange: Nullable(
      Type.Object({ minPercent: PercentOrNull, maxPercent: PercentOrNull }, { additionalProperties: false }),
    ),
    // optional: versions published before this setting existed stay valid as stored
    lotQuantityField: Type.Optional(
      Nullable(
        Type.String({ maxLength: 64, description: 'Key of the number field that sets the lot quantity' }),
      ),
    ),
    // optional like lotQuantityField; a record of such a stage may bind labels to its lot
    bindsLabels: Type.Optional(
      Type.Boolean({ description: 'A record of this stage may bind labels to the lot' }),
    ),
    // optional like bindsLabels: kinds of work recorded within the stage (farm diary), each with its own form
    jobs: Type.Optional(Type.Array(StageJobSchema, { maxItems: 50 })),
    closeWhenFollowed: Type.Optional(
      Type.Boolean({ description: 'A stage with jobs closes when a following stage is recorded' }),
    ),
    waitingPeriods: WaitingPeriods,
    position: Type.Object(
      { x: Type.Number({ minimum: -1e7, maximum: 1e7 }), y: Type.Number({ minimum: -1e7, maximum: 1e7 }) },
      { additionalProperties: false },
    ),
    form: StageFormSchema,
  },
  { additionalProperties: false },
);

export const ProcessEdgeSchema = Type.Object(
  { id: ClientId, source: ClientId, target: ClientId },
  { additionalProperties: false },
);

export const ProcessDefinitionSchema = Type.Object(
  {
    schemaVersion: Type.Literal(1),
    stages: Type.Array(ProcessStageSchema, { maxItems: 500 }),
    edges: Type.Array(ProcessEdgeSchema, { maxItems: 2000 }),
  },
  { additionalProperties: false },
);
export type ProcessDefinitionBody = Static<typeof ProcessDefinitionSchema>;

/** One problem of a draft: a graph rule (domain) or a stage form (forms), with its message. */
export const ProcessProblemView = Type.Object(
  {
    code: Type.String(),
    stageId: Nullable(Type.String()),
    edgeId: Nullable(Type.String()),
    /** The job the problem is in (its id), when it is in one of a stage's jobs. */
    jobId: Type.Optional(Nullable(Type.String())),
    path: Type.String({
      description: "Where in the stage's (or the job's) form, when the problem is in a form",
    }),
    message: Type.String({ description: "In the caller's language" }),
  },
  { additionalProperties: false },
);
export type ProcessProblemView = Static<typeof ProcessProblemView>;

const PersonRef = Nullable(Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false }));

export const ProcessVersionSummary = Type.Object(
  {
    id: Uuid,
    number: Type.Integer({ minimum: 1 }),
    note: Type.String(),
    stageCount: Type.Integer(),
    publishedAt: Timestamp,
    publishedBy: PersonRef,
  },
  { additionalProperties: false },
);
export type ProcessVersionSummary = Static<typeof ProcessVersionSummary>;

/** Where a process came from: shown on the process, with whether a newer version waits. */
export const ProcessTemplateLink = Type.Object(
  {
    templateId: Uuid,
    key: Type.String(),
    name: LocalizedName,
    /** The version the draft is based on: the one used, or the one whose changes were last taken. */
    baseVersion: Type.Integer({ minimum: 1 }),
    latestVersion: Nullable(Type.Integer({ minimum: 1 })),
    updateAvailable: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ProcessTemplateLink = Static<typeof ProcessTemplateLink>;

export const ProcessSummary = Type.Object(
  {
    id: Uuid,
    name: LocalizedName,
    productType: ProductTypeSchema,
    archived: Type.Boolean(),
    stageCount: Type.Integer(),
    draftRevision: Type.Integer({ minimum: 1 }),
    draftUpdatedAt: Timestamp,
    /** The draft differs from the latest version (or there is none yet). */
    unpublishedChanges: Type.Boolean(),
    latestVersion: Nullable(ProcessVersionSummary),
    createdAt: Timestamp,
    /** The template version it was made from, when it was (optional: set by the template library). */
    template: Type.Optional(Nullable(ProcessTemplateLink)),
  },
  { additionalProperties: false },
);
export type ProcessSummary = Static<typeof ProcessSummary>;

export const ProcessDraftView = Type.Object(
  {
    revision: Revision,
    definition: ProcessDefinitionSchema,
    problems: Type.Array(ProcessProblemView),
    updatedAt: Timestamp,
    updatedBy: PersonRef,
  },
  { additionalProperties: false },
);
export type ProcessDraftView = Static<typeof ProcessDraftView>;

export const ProcessView = Type.Object(
  { ...ProcessSummary.properties, draft: ProcessDraftView },
  { additionalProperties: false },
);
export type ProcessView = Static<typeof ProcessView>;

export const ProcessList = Type.Object(
  { items: Type.Array(ProcessSummary) },
  { additionalProperties: false },
);

export const ProcessListQuery = Type.Object(
  {
    archived: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
    productType: Type.Optional(ProductTypeSchema),
  },
  { additionalProperties: false },
);

export const CreateProcessBody = Type.Object(
  { name: ProcessName, productType: ProductTypeSchema },
  { additionalProperties: false },
);
export type CreateProcessBody = Static<typeof CreateProcessBody>;

export const UpdateProcessBody = Type.Object(
  {
    name: Type.Optional(ProcessName),
    productType: Type.Optional(ProductTypeSchema),
    archived: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateProcessBody = Static<typeof UpdateProcessBody>;

export const DuplicateProcessBody = Type.Object({ name: ProcessName }, { additionalProperties: false });

export const SaveDraftBody = Type.Object(
  { revision: Revision, definition: ProcessDefinitionSchema },
  { additionalProperties: false },
);
export type SaveDraftBody = Static<typeof SaveDraftBody>;

export const RevisionBody = Type.Object({ revision: Revision }, { additionalProperties: false });

export const PublishProcessBody = Type.Object(
  { revision: Revision, note: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);
export type PublishProcessBody = Static<typeof PublishProcessBody>;

export const ProcessVersionParams = Type.Object(
  { id: Uuid, number: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }) },
  { additionalProperties: false },
);

export const ProcessVersionList = Type.Object(
  { items: Type.Array(ProcessVersionSummary) },
  { additionalProperties: false },
);

export const ProcessVersionView = Type.Object(
  { ...ProcessVersionSummary.properties, processId: Uuid, definition: ProcessDefinitionSchema },
  { additionalProperties: false },
);
export type ProcessVersionView = Static<typeof ProcessVersionView>;

/** A version number, or `draft`. */
const VersionRef = Type.String({ pattern: '^([1-9][0-9]{0,8}|draft)$' });
export const ProcessDiffQuery = Type.Object(
  { from: VersionRef, to: VersionRef },
  { additionalProperties: false },
);
export const ProcessExportQuery = Type.Object(
  { version: Type.Optional(VersionRef) },
  { additionalProperties: false },
);

const LocalizedValue = Type.Unknown();
const Change = Type.Object(
  { property: Type.String(), before: LocalizedValue, after: LocalizedValue },
  { additionalProperties: false },
);
const ChangeKind = Type.Union(['added', 'removed', 'changed', 'unchanged'].map((c) => Type.Literal(c)));
const FieldChange = Type.Object(
  { change: ChangeKind, key: Type.String(), label: LocalizedName, changes: Type.Array(Change) },
  { additionalProperties: false },
);
export const ProcessDiffView = Type.Object(
  {
    from: Type.String(),
    to: Type.String(),
    stages: Type.Array(
      Type.Object(
        {
          change: ChangeKind,
          key: Type.String(),
          name: LocalizedName,
          stageChanges: Type.Array(Change),
          fields: Type.Array(FieldChange),
          /** Jobs that differ; present only when either version of the stage has jobs. */
          jobs: Type.Optional(
            Type.Array(
              Type.Object(
                {
                  change: Type.Union(['added', 'removed', 'moved', 'changed'].map((c) => Type.Literal(c))),
                  key: Type.String(),
                  name: LocalizedName,
                  /** A moved job: the key of the stage it was in. */
                  movedFrom: Type.Optional(Type.String()),
                  jobChanges: Type.Array(Change),
                  fields: Type.Array(FieldChange),
                },
                { additionalProperties: false },
              ),
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    edges: Type.Object(
      {
        added: Type.Array(Type.Object({ source: Type.String(), target: Type.String() })),
        removed: Type.Array(Type.Object({ source: Type.String(), target: Type.String() })),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type ProcessDiffView = Static<typeof ProcessDiffView>;

/** The file a process is exported to and imported from. */
export const ProcessExportFile = Type.Object(
  {
    format: Type.Literal('nguon.process'),
    formatVersion: Type.Literal(1),
    name: ProcessName,
    productType: ProductTypeSchema,
    sourceVersion: Nullable(Type.Integer({ minimum: 1 })),
    exportedAt: Timestamp,
    definition: ProcessDefinitionSchema,
  },
  { additionalProperties: false },
);
export type ProcessExportFile = Static<typeof ProcessExportFile>;

const JsonObject = Type.Record(Type.String(), Type.Unknown());
export const FormValidatorBody = Type.Object({ schema: JsonObject }, { additionalProperties: false });
export const FormValidatorRef = Type.Object(
  {
    id: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    url: Type.String({ description: 'Same-origin address of the precompiled validator module' }),
  },
  { additionalProperties: false },
);
export const FormValidatorParams = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-f]{64}\\.js$' }) },
  { additionalProperties: false },
);
