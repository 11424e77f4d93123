import { productTypeIds, provinceCodes } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { Nullable, Revision, Timestamp, Uuid } from '../http/common.schemas';
import { certificationKinds, productPublicFields } from './product.constants';

const text = (maxLength: number) =>
  Type.Object(
    { vi: Type.String({ maxLength }), en: Type.String({ maxLength }) },
    { additionalProperties: false },
  );
const ProductName = Type.Object(
  {
    vi: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    en: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);
const DateOnly = Type.String({ format: 'date' });

const Certification = Type.Object(
  {
    kind: Type.Union(certificationKinds.map((k) => Type.Literal(k))),
    /** The scheme's name when kind is other, e.g. HACCP. */
    name: Type.Optional(Type.String({ maxLength: 200 })),
    /** OCOP only: 3, 4 or 5 stars. */
    stars: Type.Optional(Type.Integer({ minimum: 3, maximum: 5 })),
    number: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    issuer: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    validFrom: DateOnly,
    validTo: Nullable(DateOnly),
    documentFileId: Nullable(Uuid),
  },
  { additionalProperties: false },
);
export type Certification = Static<typeof Certification>;

const NetQuantity = Type.Object(
  {
    value: Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000 }),
    unit: Type.String({ minLength: 1, maxLength: 20, description: 'A unit code, e.g. kg, g, l, ml' }),
  },
  { additionalProperties: false },
);

const productFields = {
  name: ProductName,
  sku: Type.String({ minLength: 1, maxLength: 64, pattern: '^\\S(.*\\S)?$' }),
  productType: Type.Union(productTypeIds.map((id) => Type.Literal(id))),
  description: text(5000),
  imageIds: Type.Array(Uuid, {
    maxItems: 20,
    uniqueItems: true,
    description: 'Uploaded image files, in order',
  }),
  netQuantity: Nullable(NetQuantity),
  shelfLifeDays: Nullable(Type.Integer({ minimum: 1, maximum: 36_500 })),
  storage: text(2000),
  country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' }),
  province: Nullable(Type.Union(provinceCodes.map((code) => Type.Literal(code)))),
  gtin: Nullable(Type.String({ maxLength: 20, description: 'GTIN-8, -12, -13 or -14; stored as 14 digits' })),
  gs1CompanyPrefix: Nullable(Type.String({ pattern: '^[0-9]{6,12}$' })),
  certifications: Type.Array(Certification, { maxItems: 20 }),
  processId: Nullable(Uuid),
  lotCodePattern: Nullable(
    Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'New lot codes, e.g. R{yy}-{seq}; placeholders {seq} {yyyy} {yy} {mm} {dd}',
    }),
  ),
  publicFields: Type.Array(Type.Union(productPublicFields.map((f) => Type.Literal(f))), {
    uniqueItems: true,
  }),
};

const { name, sku, productType, ...optionalFields } = productFields;
const ProductFields = Type.Object(productFields, { additionalProperties: false });
export type ProductFields = Static<typeof ProductFields>;

export const CreateProductBody = Type.Object(
  { name, sku, productType, ...Type.Partial(Type.Object(optionalFields)).properties },
  { additionalProperties: false },
);
export type CreateProductBody = Static<typeof CreateProductBody>;

export const UpdateProductBody = Type.Object(
  {
    revision: Revision,
    ...Type.Partial(ProductFields).properties,
    archived: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateProductBody = Static<typeof UpdateProductBody>;

export const ProductView = Type.Object(
  {
    id: Uuid,
    ...productFields,
    certifications: Type.Array(
      Type.Object({ ...Certification.properties, expired: Type.Boolean() }, { additionalProperties: false }),
    ),
    archived: Type.Boolean(),
    revision: Revision,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
);
export type ProductView = Static<typeof ProductView>;

export const ProductListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    productType: Type.Optional(productFields.productType),
    archived: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
    /** Only products following this process: the outputs a transformation of its lots may make. */
    processId: Type.Optional(Uuid),
    hasPublishedProcess: Type.Optional(
      Type.Union([Type.Literal('true'), Type.Literal('false')], {
        description:
          'Only products whose process has (true) or has not (false) a published version: lots start on one',
      }),
    ),
    page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,6}$' })),
    pageSize: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9][0-9]|100)$' })),
  },
  { additionalProperties: false },
);
export type ProductListQuery = Static<typeof ProductListQuery>;

export const ProductPage = Type.Object(
  { items: Type.Array(ProductView), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() },
  { additionalProperties: false },
);
export type ProductPage = Static<typeof ProductPage>;
