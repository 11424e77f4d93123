import {
  insertMembership,
  insertTenant,
  insertUser,
  lockTenantsIfEmpty,
  replacePlatformRoles,
} from '@nguon/db';
import { hashPassword } from '../auth/passwords';
import { humanCode } from '../auth/secrets';
import type { ServiceContext } from '../context/service-context';
import { withUnitOfWork } from '../unit-of-work';
import { seedDemoContent } from './demo-content';

export interface DemoCredentials {
  tenantName: string;
  owner: { login: string; password: string };
  clerk: { login: string; password: string };
  admin: { login: string; password: string };
  expert: { login: string; password: string };
}

/**
 * On an empty platform, creates a demo co-op with its owner, a clerk, a platform admin and a centre expert,
 * with fresh random passwords returned once for the console, and the co-op's demo data made from the tea
 * template (catalogs, a published process, a product, lots). Does nothing when any tenant exists.
 */
export async function seedDemoIfEmpty(ctx: ServiceContext): Promise<DemoCredentials | null> {
  const ownerPassword = `${humanCode(ctx, 6)}-${humanCode(ctx, 6)}`;
  const clerkPassword = `${humanCode(ctx, 6)}-${humanCode(ctx, 6)}`;
  const adminPassword = `${humanCode(ctx, 6)}-${humanCode(ctx, 6)}`;
  const expertPassword = `${humanCode(ctx, 6)}-${humanCode(ctx, 6)}`;
  const [ownerHash, clerkHash, adminHash, expertHash] = await Promise.all([
    hashPassword(ownerPassword),
    hashPassword(clerkPassword),
    hashPassword(adminPassword),
    hashPassword(expertPassword),
  ]);
  // one unit: a demo whose content fails (its template missing) leaves no half-made co-op behind
  return withUnitOfWork(ctx, async (unit) => {
    const trx = unit.db;
    if (!(await lockTenantsIfEmpty(trx))) return null;
    const tenant = await insertTenant(trx, {
      id: ctx.newId(),
      name: 'HTX Chè Shan Tuyết Suối Giàng',
      kind: 'coop',
      address: 'Xã Suối Giàng, tỉnh Lào Cai',
      province: 'lao-cai',
      tax_code: '5200123456',
      gln: '8938500000003',
      phone: '0912345678',
      email: 'lienhe@suoigiang.example.vn',
    });
    const owner = await insertUser(trx, {
      id: ctx.newId(),
      name: 'Giàng A Páo',
      email: 'chu@suoigiang.example.vn',
      phone: null,
      passwordHash: ownerHash,
      now: ctx.now(),
    });
    await insertMembership(trx, tenant.id, owner.id, 'owner');
    const clerk = await insertUser(trx, {
      id: ctx.newId(),
      name: 'Lò Thị Mai',
      email: 'nhaplieu@suoigiang.example.vn',
      phone: null,
      passwordHash: clerkHash,
      now: ctx.now(),
    });
    await insertMembership(trx, tenant.id, clerk.id, 'clerk');
    const admin = await insertUser(trx, {
      id: ctx.newId(),
      name: 'Quản trị Nguồn',
      email: 'admin@nguon.example.vn',
      phone: null,
      passwordHash: adminHash,
      now: ctx.now(),
    });
    await replacePlatformRoles(trx, admin.id, ['admin'], []);
    // a centre expert of no tenant, who publishes and deprecates templates
    const expert = await insertUser(trx, {
      id: ctx.newId(),
      name: 'Chuyên gia Trung tâm',
      email: 'chuyengia@nguon.example.vn',
      phone: null,
      passwordHash: expertHash,
      now: ctx.now(),
    });
    await replacePlatformRoles(trx, expert.id, ['expert'], []);
    const credentials = {
      tenantName: tenant.name,
      owner: { login: 'chu@suoigiang.example.vn', password: ownerPassword },
      clerk: { login: 'nhaplieu@suoigiang.example.vn', password: clerkPassword },
      admin: { login: 'admin@nguon.example.vn', password: adminPassword },
      expert: { login: 'chuyengia@nguon.example.vn', password: expertPassword },
    };
    await seedDemoContent(unit, {
      kind: 'person',
      userId: owner.id,
      sessionIdHash: '',
      csrfToken: '',
      tenantId: tenant.id,
      role: 'owner',
      platformRoles: [],
      inspectorProvinces: [],
    });
    return credentials;
  });
}
