import type { PlatformRolesBody } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import { findUserById, replacePlatformRoles } from '@nguon/db';
import { type Principal, requirePlatformRole } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';

/** Sets a person's platform roles; provinces only mean something for inspectors, and an inspector needs one. */
export async function setPlatformRoles(
  ctx: ServiceContext,
  principal: Principal,
  userId: string,
  body: PlatformRolesBody,
) {
  const admin = requirePlatformRole(principal, 'admin');
  if (admin.userId === userId && !body.roles.includes('admin')) throw new AppError('CANNOT_CHANGE_SELF');
  const isInspector = body.roles.includes('inspector');
  if (isInspector && body.inspectorProvinces.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      {
        path: '/inspectorProvinces',
        detail: { kind: 'message', key: 'platformRole.inspectorNeedsProvince' },
      },
      '/inspectorProvinces',
    );
  }
  const provinces = isInspector ? body.inspectorProvinces : [];
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    if (!(await findUserById(trx, userId))) throw new AppError('NOT_FOUND', { resource: resourceNames.user });
    await replacePlatformRoles(trx, userId, body.roles, provinces);
  });
  return { userId, roles: body.roles, inspectorProvinces: provinces };
}
