import { type Static, Type } from '@sinclair/typebox';
import { Nullable, Timestamp, Uuid } from '../http/common.schemas';
import { fileMediaTypes, filePurposes, fileVariantNames } from './file.constants';

export const FileUploadQuery = Type.Object(
  {
    purpose: Type.Optional(Type.Union(filePurposes.map((p) => Type.Literal(p)))),
    public: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
    name: Type.Optional(Type.String({ maxLength: 255, description: 'The file name as the user had it' })),
  },
  { additionalProperties: false },
);
export type FileUploadQuery = Static<typeof FileUploadQuery>;

export const FileVariantView = Type.Object(
  {
    name: Type.Union(fileVariantNames.map((v) => Type.Literal(v))),
    contentType: Type.String(),
    byteSize: Type.Integer({ minimum: 1 }),
    width: Nullable(Type.Integer({ minimum: 1 })),
    height: Nullable(Type.Integer({ minimum: 1 })),
    url: Type.String(),
  },
  { additionalProperties: false },
);
export type FileVariantView = Static<typeof FileVariantView>;

export const FileView = Type.Object(
  {
    id: Uuid,
    purpose: Type.Union(filePurposes.map((p) => Type.Literal(p))),
    contentType: Type.Union(fileMediaTypes.map((t) => Type.Literal(t))),
    byteSize: Type.Integer({ minimum: 1 }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    public: Type.Boolean(),
    name: Nullable(Type.String()),
    variants: Type.Array(FileVariantView),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
);
export type FileView = Static<typeof FileView>;

export const FileVariantParams = Type.Object(
  { id: Uuid, variant: Type.Union(fileVariantNames.map((v) => Type.Literal(v))) },
  { additionalProperties: false },
);
