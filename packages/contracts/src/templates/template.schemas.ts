import { currentTemplateSchemaVersion, templateCatalogKeyPattern, templateKeyPattern } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { CatalogName, LabelFields } from '../catalogs/catalog.schemas';
import { LocalizedName, Nullable, Revision, StageFormSchema, Timestamp, Uuid } from '../http/common.schemas';
import {
  ProcessDefinitionSchema,
  ProcessDiffView,
  ProcessDraftView,
  ProcessName,
  ProcessTemplateLink,
  ProductTypeSchema,
} from '../processes/process.schemas';
import { CreateProductBody } from '../products/product.schemas';

/** A text a co-op reads in both languages: neither may be empty (a template is finished work, not a draft). */
const Bilingual = (maxLength: number) =>
  Type.Object(
    {
      vi: Type.String({ minLength: 1, maxLength, pattern: '\\S' }),
      en: Type.String({ minLength: 1, maxLength, pattern: '\\S' }),
    },
    { additionalProperties: false },
  );

export const TemplateKey = Type.String({
  pattern: templateKeyPattern,
  maxLength: 64,
  description: 'The folder name under templates/: stable across versions',
});
const CatalogKey = Type.String({
  pattern: templateCatalogKeyPattern,
  description: 'Names the catalog inside the template; forms point at it with x-catalog',
});

export const TemplateCatalog = Type.Object(
  {
    key: CatalogKey,
    name: CatalogName,
    form: StageFormSchema,
    labelFields: LabelFields,
    /** A few real-looking items, so a clerk can try the forms at once; each must pass the catalog's form. */
    samples: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type TemplateCatalog = Static<typeof TemplateCatalog>;

/** The product a co-op gets with the template: no GTIN (the co-op's own), no images, no process (set on use). */
export const TemplateSampleProduct = Type.Omit(CreateProductBody, [
  'productType',
  'processId',
  'gtin',
  'gs1CompanyPrefix',
  'imageIds',
]);
export type TemplateSampleProduct = Static<typeof TemplateSampleProduct>;

/**
 * A template file, `templates/<key>/template.json`, at the current format. Stage and job forms name their
 * catalogs by the template's catalog keys (`x-catalog`), turned into the co-op's catalog ids on use.
 */
export const TemplateFile = Type.Object(
  {
    format: Type.Literal('nguon.template'),
    schemaVersion: Type.Literal(currentTemplateSchemaVersion),
    key: TemplateKey,
    productType: ProductTypeSchema,
    name: Bilingual(200),
    summary: Bilingual(1000),
    /** Extra words a search finds it by (local names, standards): "VietGAP", "nếp", "ST25". */
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30 }),
    /** What this version changes, shown beside it; the first version says what it is. */
    changeNote: Bilingual(1000),
    /** The README's opening for the co-op: who the process is for, what it needs, where it comes from. */
    guide: Bilingual(5000),
    process: Type.Object(
      { name: ProcessName, definition: ProcessDefinitionSchema },
      { additionalProperties: false },
    ),
    /** What each stage (by stage id) asks and why: the README's body and the preview's help. */
    stageNotes: Type.Record(Type.String({ maxLength: 64 }), Bilingual(2000)),
    catalogs: Type.Array(TemplateCatalog, { maxItems: 20 }),
    sampleProduct: TemplateSampleProduct,
  },
  { additionalProperties: false },
);
export type TemplateFile = Static<typeof TemplateFile>;

export const VersionNumber = Type.Integer({ minimum: 1, maximum: 999_999_999 });
/** A summary, change note or deprecation message as the file holds it (up to 1,000 characters each). */
export const LongText = Type.Object(
  { vi: Type.String({ maxLength: 1000 }), en: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);
const Deprecation = Nullable(
  Type.Object({ at: Timestamp, message: LongText }, { additionalProperties: false }),
);

export const TemplateVersionSummary = Type.Object(
  {
    number: VersionNumber,
    note: LongText,
    source: Type.Union([Type.Literal('file'), Type.Literal('expert')]),
    stageCount: Type.Integer(),
    publishedAt: Timestamp,
    publishedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false })),
    deprecated: Deprecation,
  },
  { additionalProperties: false },
);
export type TemplateVersionSummary = Static<typeof TemplateVersionSummary>;

export const TemplateSummary = Type.Object(
  {
    id: Uuid,
    key: TemplateKey,
    productType: ProductTypeSchema,
    name: LocalizedName,
    summary: LongText,
    keywords: Type.Array(Type.String()),
    stageCount: Type.Integer(),
    jobCount: Type.Integer(),
    catalogCount: Type.Integer(),
    /** The version owners get: the newest one not deprecated; null when every version is. */
    latestVersion: Nullable(TemplateVersionSummary),
    versionCount: Type.Integer(),
  },
  { additionalProperties: false },
);
export type TemplateSummary = Static<typeof TemplateSummary>;

/**
 * What the library's card and version list show of one version, stored beside its file (migration 0026) so
 * lists never read whole files; computed once from the checked file.
 */
export const TemplateVersionCard = Type.Object(
  {
    productType: ProductTypeSchema,
    name: LocalizedName,
    summary: LongText,
    keywords: Type.Array(Type.String()),
    stageCount: Type.Integer({ minimum: 0 }),
    jobCount: Type.Integer({ minimum: 0 }),
    catalogCount: Type.Integer({ minimum: 0 }),
    changeNote: LongText,
  },
  { additionalProperties: false },
);
export type TemplateVersionCard = Static<typeof TemplateVersionCard>;

export const TemplateList = Type.Object(
  { items: Type.Array(TemplateSummary) },
  { additionalProperties: false },
);
export const TemplateListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 200, description: 'Words of the name or keywords, accents optional' }),
    ),
    productType: Type.Optional(ProductTypeSchema),
    /** Experts see templates whose every version is deprecated too. */
    deprecated: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  },
  { additionalProperties: false },
);

export const TemplateVersionQuery = Type.Object(
  { version: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,8}$' })) },
  { additionalProperties: false },
);

/** One version of a template with its whole file (the latest usable one unless a version is asked for). */
export const TemplateView = Type.Object(
  {
    ...TemplateSummary.properties,
    version: TemplateVersionSummary,
    file: TemplateFile,
  },
  { additionalProperties: false },
);
export type TemplateView = Static<typeof TemplateView>;

export const TemplateVersionList = Type.Object(
  { items: Type.Array(TemplateVersionSummary) },
  { additionalProperties: false },
);

export const TemplateVersionParams = Type.Object(
  { id: Uuid, number: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }) },
  { additionalProperties: false },
);

export const UseTemplateBody = Type.Object(
  {
    /** The version the owner looked at; a newer one published meanwhile is not taken silently. */
    version: VersionNumber,
    processName: Type.Optional(ProcessName),
  },
  { additionalProperties: false },
);
export type UseTemplateBody = Static<typeof UseTemplateBody>;

export const UsedTemplateView = Type.Object(
  {
    processId: Uuid,
    productId: Uuid,
    catalogs: Type.Array(
      Type.Object({ key: Type.String(), id: Uuid, name: LocalizedName }, { additionalProperties: false }),
    ),
    template: Type.Object({ id: Uuid, version: VersionNumber }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type UsedTemplateView = Static<typeof UsedTemplateView>;

/** An expert's new template or new version: the whole file (as in templates/) and a note. */
export const PublishTemplateBody = Type.Object(
  { file: Type.Unknown({ description: 'A template file, any supported schemaVersion' }) },
  { additionalProperties: false },
);
export type PublishTemplateBody = Static<typeof PublishTemplateBody>;

export const DeprecateTemplateBody = Type.Object(
  { message: Bilingual(1000) },
  { additionalProperties: false },
);
export type DeprecateTemplateBody = Static<typeof DeprecateTemplateBody>;

/** What a newer version did to a stage or a part: added, removed or changed it. */
export const TemplateChangeKind = Type.Union([
  Type.Literal('added'),
  Type.Literal('removed'),
  Type.Literal('changed'),
]);

/** A stage the newer version adds, removes or changes, and where the draft stands with it. */
export const TemplateStageChangeView = Type.Object(
  {
    key: Type.String(),
    change: TemplateChangeKind,
    taken: Type.Boolean(),
    /** The draft changed this stage since the base version: taking it replaces those edits of it. */
    editedHere: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type TemplateStageChangeView = Static<typeof TemplateStageChangeView>;

/** A newer template version against the one the process is based on, stage by stage (the designer's diff). */
export const ProcessTemplateUpdateView = Type.Object(
  {
    link: ProcessTemplateLink,
    diff: ProcessDiffView,
    /** Per changed stage key: whether the draft already holds the newer version of it. */
    stages: Type.Array(TemplateStageChangeView),
    note: LongText,
  },
  { additionalProperties: false },
);
export type ProcessTemplateUpdateView = Static<typeof ProcessTemplateUpdateView>;

export const TakeTemplateChangesBody = Type.Object(
  {
    revision: Revision,
    /** Stage keys from the update's list; every other stage of the draft stays as the owner left it. */
    stageKeys: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 500, uniqueItems: true }),
    /** Also move the base to the newer version, so "update available" goes away (the rest is declined). */
    finish: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type TakeTemplateChangesBody = Static<typeof TakeTemplateChangesBody>;

export const TakenTemplateChangesView = Type.Object(
  { draft: ProcessDraftView, link: ProcessTemplateLink },
  { additionalProperties: false },
);
export type TakenTemplateChangesView = Static<typeof TakenTemplateChangesView>;
