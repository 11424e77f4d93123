import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from './common.schemas';

// Shared by the features an inspector reads across tenants (genealogy, recalls).

/** A tenant as an inspector sees it next to what it owns. */
export const InspectedTenantRef = Type.Object(
  { id: Uuid, name: Type.String(), province: Type.String() },
  { additionalProperties: false },
);
export type InspectedTenantRef = Static<typeof InspectedTenantRef>;
