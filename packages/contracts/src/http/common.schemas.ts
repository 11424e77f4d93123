import { provinceCodes, tenantKinds, tenantRoles, tenantStatuses } from '@nguon/domain';
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { PASSWORD_MIN_LENGTH } from './common.constants';

// the pattern too: the uuid format also takes `urn:uuid:…`, which PostgreSQL refuses (a 500, not a 400)
export const Uuid = Type.String({
  format: 'uuid',
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  description: 'Identifier (UUID)',
});
export const Timestamp = Type.String({ format: 'date-time' });
/**
 * A row's revision, read back to write at: an edit stores it plus one in a PostgreSQL integer, so the largest
 * accepted is 2^31 - 2; beyond it the database refused the write as a 500, not a conflict.
 */
export const Revision = Type.Integer({ minimum: 1, maximum: 2_147_483_646 });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A name in both languages; English may be empty. */
export const LocalizedName = Type.Object(
  { vi: Type.String({ maxLength: 200 }), en: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
const JsonObject = Type.Record(Type.String(), Type.Unknown());
/** A form: its JSON schema and UI schema (stages and catalog items share it). */
export const StageFormSchema = Type.Object(
  { schema: JsonObject, uiSchema: JsonObject },
  { additionalProperties: false },
);
export const TenantRoleSchema = Type.Union(tenantRoles.map((role) => Type.Literal(role)));
export const ProvinceCodeSchema = Type.Union(provinceCodes.map((code) => Type.Literal(code)));

// People's and tenants' fields that several features take (auth, staff, tenants, sign-up): one rule each.
export const NewPasswordSchema = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 });
export const PhoneSchema = Type.String({ pattern: '^\\+?[0-9 .-]{8,20}$' });
export const EmailSchema = Type.String({ format: 'email', maxLength: 254 });
export const TaxCodeSchema = Type.String({
  pattern: '^[0-9]{10}(-[0-9]{3})?$',
  description: 'Vietnamese tax code (MST)',
});
export const TenantNameSchema = Type.String({ minLength: 2, maxLength: 200, pattern: '\\S.*\\S' });
export const AddressSchema = Type.String({ minLength: 3, maxLength: 500, pattern: '\\S' });
export const TenantKindSchema = Type.Union(tenantKinds.map((kind) => Type.Literal(kind)));
export const TenantStatusSchema = Type.Union(tenantStatuses.map((status) => Type.Literal(status)));

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;
export const UserIdParams = Type.Object({ userId: Uuid }, { additionalProperties: false });
export type UserIdParams = Static<typeof UserIdParams>;

export const NoContent = Type.Null({ description: 'No content' });

export const ProblemFieldError = Type.Object(
  {
    path: Type.String({ description: 'JSON pointer of the bad value, e.g. /email' }),
    message: Type.String(),
    keyword: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/** RFC 9457 problem details with our stable `code`. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'Stable error code; see docs/errors.md' }),
    detail: Type.String({ description: "Message in the caller's language" }),
    path: Type.Optional(Type.String({ description: 'JSON pointer of the first bad value' })),
    errors: Type.Optional(Type.Array(ProblemFieldError)),
    params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
    requestId: Type.String(),
  },
  { additionalProperties: false, $id: 'Problem' },
);
export type Problem = Static<typeof Problem>;

/** A file in a request or response body; in OpenAPI a binary string. */
export interface FileBody {
  contentType: string;
  bytes: Uint8Array;
  /** Sent as an attachment with this name (Content-Disposition) when set. */
  fileName?: string;
  /** Private files must not sit in shared caches; public ones may (the default). */
  caching?: 'public' | 'private';
}
export const FileUpload = Type.Unsafe<FileBody>({ type: 'string', format: 'binary' });
export const FileDownload = Type.Unsafe<FileBody>({ type: 'string', format: 'binary' });
/** A download too large to hold in memory, as a server hands it over: chunks made as the client reads them. */
export interface StreamedFileBody extends Omit<FileBody, 'bytes'> {
  chunks: AsyncIterable<string | Uint8Array>;
}
