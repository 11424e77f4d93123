import { wholeTemplateDetailParts } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { Nullable, Revision, Timestamp, Uuid } from '../http/common.schemas';
import {
  ProcessDiffView,
  ProcessDraftView,
  ProcessName,
  ProductTypeSchema,
} from '../processes/process.schemas';
import {
  LongText,
  TemplateCatalog,
  TemplateChangeKind,
  TemplateKey,
  TemplateSampleProduct,
  TemplateStageChangeView,
  VersionNumber,
} from './template.schemas';

/**
 * A text of a template being written: either language may still be empty (the file check at publishing
 * asks for both); the lengths are the file's.
 */
const DraftText = (maxLength: number) =>
  Type.Object(
    { vi: Type.String({ maxLength }), en: Type.String({ maxLength }) },
    { additionalProperties: false },
  );

/**
 * Everything of a template file but its process and change note, as an expert edits it on the template's
 * own screens (the designer edits the process): saved as one part against its own revision.
 */
export const TemplateDraftDetails = Type.Object(
  {
    productType: ProductTypeSchema,
    name: DraftText(200),
    summary: DraftText(1000),
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30 }),
    guide: DraftText(5000),
    /** The process's name as a co-op gets it. */
    processName: ProcessName,
    /** What each stage (by stage id) asks and why; a stage the process no longer has is dropped at publishing. */
    stageNotes: Type.Record(Type.String({ maxLength: 64 }), DraftText(2000)),
    catalogs: Type.Array(TemplateCatalog, { maxItems: 20 }),
    sampleProduct: TemplateSampleProduct,
  },
  { additionalProperties: false },
);
export type TemplateDraftDetails = Static<typeof TemplateDraftDetails>;

const PersonRef = Nullable(Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false }));

/** What would refuse publishing the draft now: the file check's first refusal, with its path in the file. */
export const TemplateDraftCheck = Type.Object(
  {
    code: Type.String(),
    message: Type.String({ description: "In the caller's language" }),
    /** A JSON pointer into the template file (`/process/definition/stages/2/form/...`, `/stageNotes/...`). */
    path: Type.String(),
  },
  { additionalProperties: false },
);
export type TemplateDraftCheck = Static<typeof TemplateDraftCheck>;

/**
 * A template being written by the centre's experts: a new one (`templateId` null until its first version) or
 * the next version of a published one. One draft per template, shared by the experts; its id is the template's
 * id (a new template gets the draft's id when first published).
 */
export const TemplateDraftView = Type.Object(
  {
    id: Uuid,
    templateId: Nullable(Uuid),
    key: TemplateKey,
    /** The version the draft was opened from; null for a new template. */
    baseVersion: Nullable(Type.Integer({ minimum: 1 })),
    /**
     * The template's newest version, deprecated ones too (null for a new template). Above `baseVersion`, the
     * draft is outdated: it is brought onto that version (`.../update`) before it can be published.
     */
    latestVersion: Nullable(Type.Integer({ minimum: 1 })),
    /** The process part, as the designer reads and autosaves it (forms name catalogs by the draft's keys). */
    process: ProcessDraftView,
    details: Type.Object(
      {
        ...TemplateDraftDetails.properties,
        revision: Revision,
        updatedAt: Timestamp,
        updatedBy: PersonRef,
      },
      { additionalProperties: false },
    ),
    /** Null when the draft would publish as it is. */
    check: Nullable(TemplateDraftCheck),
    createdAt: Timestamp,
    createdBy: PersonRef,
  },
  { additionalProperties: false },
);
export type TemplateDraftView = Static<typeof TemplateDraftView>;

export const TemplateDraftSummary = Type.Object(
  {
    id: Uuid,
    templateId: Nullable(Uuid),
    key: TemplateKey,
    name: DraftText(200),
    productType: ProductTypeSchema,
    baseVersion: Nullable(Type.Integer({ minimum: 1 })),
    /** As in the draft's view: above `baseVersion`, the draft must be brought onto it before publishing. */
    latestVersion: Nullable(Type.Integer({ minimum: 1 })),
    stageCount: Type.Integer(),
    updatedAt: Timestamp,
    updatedBy: PersonRef,
  },
  { additionalProperties: false },
);
export type TemplateDraftSummary = Static<typeof TemplateDraftSummary>;

export const TemplateDraftList = Type.Object(
  { items: Type.Array(TemplateDraftSummary) },
  { additionalProperties: false },
);

/** A new template from nothing: its key (the folder name it would have under templates/), type and name. */
export const CreateTemplateDraftBody = Type.Object(
  {
    key: TemplateKey,
    productType: ProductTypeSchema,
    name: Type.Object(
      {
        vi: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
        en: Type.String({ maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type CreateTemplateDraftBody = Static<typeof CreateTemplateDraftBody>;

export const SaveTemplateDraftDetailsBody = Type.Object(
  { revision: Revision, details: TemplateDraftDetails },
  { additionalProperties: false },
);
export type SaveTemplateDraftDetailsBody = Static<typeof SaveTemplateDraftDetailsBody>;

/** Publishing the draft as the template's next version (or first), at the revisions of both parts read. */
export const PublishTemplateDraftBody = Type.Object(
  {
    processRevision: Revision,
    detailsRevision: Revision,
    changeNote: Type.Object(
      {
        vi: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
        en: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type PublishTemplateDraftBody = Static<typeof PublishTemplateDraftBody>;

const RevisionText = Type.String({ pattern: '^[1-9][0-9]{0,9}$', description: 'A revision, as read' });

/** Discarding at the revisions of both parts read: a part saved since by another expert refuses it. */
export const DiscardTemplateDraftQuery = Type.Object(
  { processRevision: RevisionText, detailsRevision: RevisionText },
  { additionalProperties: false },
);
export type DiscardTemplateDraftQuery = Static<typeof DiscardTemplateDraftQuery>;

/** The parts of the details a newer version can change, each taken or kept on its own. */
export const TemplateDraftDetailPart = Type.Union(
  [...wholeTemplateDetailParts, 'catalog', 'stageNote'].map((part) => Type.Literal(part)),
);
export type TemplateDraftDetailPart = Static<typeof TemplateDraftDetailPart>;

/** A part of the details the newer version changed against the draft's base, and where the draft stands with it. */
export const TemplateDraftDetailChange = Type.Object(
  {
    /** What the body names it by: the part (`name`), or the part and its key (`catalog:farmers`, `stageNote:<stage id>`). */
    id: Type.String(),
    part: TemplateDraftDetailPart,
    /** The catalog's key or the stage's id; null for the other parts. */
    key: Nullable(Type.String()),
    /**
     * The catalog's or stage's name (the draft's, else the newest version's, else the base's) for the expert to
     * read instead of a key or an id; null for the other parts.
     */
    name: Nullable(Type.Object({ vi: Type.String(), en: Type.String() }, { additionalProperties: false })),
    change: TemplateChangeKind,
    /** The draft already holds the newer version's content of this part. */
    taken: Type.Boolean(),
    /** The draft changed this part since its base version: taking it replaces those edits. */
    editedHere: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type TemplateDraftDetailChange = Static<typeof TemplateDraftDetailChange>;

/**
 * An outdated draft against the template's newest version: what that version changed since the draft's base,
 * stage by stage (the designer's diff) and part by part of the details, with the newest version's note.
 */
export const TemplateDraftUpdateView = Type.Object(
  {
    from: VersionNumber,
    to: VersionNumber,
    note: LongText,
    diff: ProcessDiffView,
    stages: Type.Array(TemplateStageChangeView),
    details: Type.Array(TemplateDraftDetailChange),
  },
  { additionalProperties: false },
);
export type TemplateDraftUpdateView = Static<typeof TemplateDraftUpdateView>;

/**
 * Brings the draft onto the newest version: the chosen stages and detail parts are taken from it, every other
 * stage and part stays as the draft has it, and the draft's base becomes that version. The note of a stage the
 * newest version adds or removes goes with that stage (it is not a part of its own).
 */
export const TakeTemplateDraftUpdateBody = Type.Object(
  {
    processRevision: Revision,
    detailsRevision: Revision,
    /** The newest version the expert looked at; a later one published meanwhile is not taken silently. */
    version: VersionNumber,
    stageKeys: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 500, uniqueItems: true }),
    detailParts: Type.Array(Type.String({ minLength: 1, maxLength: 80 }), {
      maxItems: 200,
      uniqueItems: true,
    }),
  },
  { additionalProperties: false },
);
export type TakeTemplateDraftUpdateBody = Static<typeof TakeTemplateDraftUpdateBody>;
