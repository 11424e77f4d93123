import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from '../http/common.schemas';

/** Payload of the job catalogs.import: which stored import to run. */
export const CatalogImportPayload = Type.Object(
  { importId: Uuid, tenantId: Uuid },
  { additionalProperties: false, description: 'Payload of the job catalogs.import' },
);
export type CatalogImportPayload = Static<typeof CatalogImportPayload>;
