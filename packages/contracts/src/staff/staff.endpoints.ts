import type { SharedErrorCode } from '../errors/shared.errors';
import { NoContent, UserIdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import type { StaffErrorCode } from './staff.errors';
import {
  AddStaffBody,
  AddStaffResult,
  SetPasswordCode,
  StaffList,
  StaffMember,
  UpdateStaffBody,
} from './staff.schemas';

/** The staff endpoints: validation, the OpenAPI document and the typed client read them. */
export const staffEndpoints = {
  listStaff: {
    method: 'get',
    path: '/api/v1/staff',
    tag: 'staff',
    summary: 'Members of the current tenant (owner, viewer)',
    access: 'tenant',
    status: 200,
    response: StaffList,
  },
  addStaff: {
    method: 'post',
    path: '/api/v1/staff',
    tag: 'staff',
    summary: 'Add a member; a new person gets a one-time set-password code (owner)',
    access: 'tenant',
    status: 201,
    body: AddStaffBody,
    response: AddStaffResult,
    errors: ['ALREADY_MEMBER'],
  },
  updateStaff: {
    method: 'patch',
    path: '/api/v1/staff/{userId}',
    tag: 'staff',
    summary: "Change a member's role (owner)",
    access: 'tenant',
    status: 200,
    params: UserIdParams,
    body: UpdateStaffBody,
    response: StaffMember,
    errors: ['LAST_OWNER', 'CANNOT_CHANGE_SELF'],
  },
  removeStaff: {
    method: 'delete',
    path: '/api/v1/staff/{userId}',
    tag: 'staff',
    summary: 'Remove a member from the tenant and end their sessions there (owner)',
    access: 'tenant',
    status: 204,
    params: UserIdParams,
    response: NoContent,
    errors: ['LAST_OWNER', 'CANNOT_CHANGE_SELF'],
  },
  issueSetPasswordCode: {
    method: 'post',
    path: '/api/v1/staff/{userId}/set-password-code',
    tag: 'staff',
    summary: 'A new one-time set-password code for a member who has not set a password yet (owner)',
    access: 'tenant',
    status: 201,
    params: UserIdParams,
    response: SetPasswordCode,
  },
} as const satisfies Record<string, EndpointSpec<StaffErrorCode | SharedErrorCode>>;
