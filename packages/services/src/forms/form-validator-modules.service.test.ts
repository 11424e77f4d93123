import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceKit,
  createTenantKit,
  field,
  formOf,
  refusalOf,
  type ServiceKit,
  signedInPerson,
  type TenantKit,
} from '../testing';
import {
  createFormValidator,
  formValidatorLimits,
  formValidatorThrottleKey,
  formValidatorUserThrottleKey,
} from './form-validator-modules.service';

/** A distinct small form schema per label. */
const schemaOf = (label: string) =>
  formOf([field('text', 'note', { required: true }), field('number', label)]).schema;

describe.each(await testDrivers())('stored form validators are bounded, on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'Mot');
    other = await createTenantKit(kit.ctx, 'Hai');
  });
  afterAll(async () => {
    await kit.close();
  });

  const storedCount = async () =>
    Number(
      (
        await kit.ctx.db
          .selectFrom('form_validator_modules')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores a schema once, whoever asks, and counts only new ones against the tenant', async () => {
    const before = await storedCount();
    const first = await createFormValidator(kit.ctx, tenant.as.viewer, schemaOf('a'));
    const again = await createFormValidator(kit.ctx, other.as.clerk, schemaOf('a'));
    expect(again).toEqual(first);
    expect(await storedCount()).toBe(before + 1);
    const counted = await sql<{
      failures: number;
    }>`SELECT failures FROM sign_in_throttle WHERE key = ${formValidatorThrottleKey(tenant.id)}`.execute(
      kit.ctx.db,
    );
    expect(counted.rows.map((r) => Number(r.failures))).toEqual([1]);
  });

  it("refuses a tenant's new validators past its daily allowance with a coded 429; stored ones and other tenants still work", async () => {
    const allowance = formValidatorLimits.perTenant.maxFailures;
    const known = await createFormValidator(kit.ctx, tenant.as.clerk, schemaOf('known'));
    // as if the tenant had stored all but one of its allowance today
    await sql`UPDATE sign_in_throttle SET failures = ${allowance - 1} WHERE key = ${formValidatorThrottleKey(tenant.id)}`.execute(
      kit.ctx.db,
    );
    await createFormValidator(kit.ctx, tenant.as.clerk, schemaOf('last'));
    const before = await storedCount();
    const refused = await refusalOf(createFormValidator(kit.ctx, tenant.as.clerk, schemaOf('extra')));
    expect(refused.code).toBe('FORM_VALIDATORS_TOO_MANY');
    expect(refused.params.retryAfter).toBeGreaterThan(3000);
    expect(await storedCount()).toBe(before);
    expect(await createFormValidator(kit.ctx, tenant.as.clerk, schemaOf('known'))).toEqual(known);
    await createFormValidator(kit.ctx, other.as.viewer, schemaOf('extra'));
    expect(await storedCount()).toBe(before + 1);
  });

  it('refuses a validator module over the size limit with a coded 413, storing nothing', async () => {
    const before = await storedCount();
    const small = { ...formValidatorLimits, maxModuleBytes: 2048 };
    const refused = await refusalOf(createFormValidator(kit.ctx, other.as.owner, schemaOf('big'), small));
    expect([refused.code, refused.params.limit]).toEqual(['FORM_VALIDATOR_TOO_LARGE', '2 KiB']);
    expect(await storedCount()).toBe(before);
  });

  const failuresUnder = async (key: string) =>
    (
      await sql<{ failures: number }>`SELECT failures FROM sign_in_throttle WHERE key = ${key}`.execute(
        kit.ctx.db,
      )
    ).rows.map((row) => Number(row.failures));

  it('answers a centre expert with no tenant, counting their new validators on their own allowance', async () => {
    for (const role of ['expert', 'admin'] as const) {
      const person = await signedInPerson(kit.ctx, `${role}.xem-truoc@trungtam.test`);
      const publisher = { ...person, platformRoles: [role] };
      const before = await storedCount();
      const made = await createFormValidator(kit.ctx, publisher, schemaOf(`preview_${role}`));
      expect(made.url).toBe(`/api/v1/form-validators/${made.id}.js`);
      expect(await storedCount()).toBe(before + 1);
      expect(await failuresUnder(formValidatorUserThrottleKey(person.userId))).toEqual([1]);
    }
  });

  it('refuses a signed-in person with neither a tenant nor an expert role, as the tenant check does', async () => {
    const nobody = await signedInPerson(kit.ctx, 'chua-co-htx@nguoi.test');
    const inspector = {
      ...(await signedInPerson(kit.ctx, 'thanh-tra@so.test')),
      platformRoles: ['inspector' as const],
    };
    const before = await storedCount();
    for (const principal of [nobody, inspector]) {
      const refused = await refusalOf(createFormValidator(kit.ctx, principal, schemaOf('nobody')));
      expect(refused.code).toBe('NO_TENANT_SELECTED');
      expect(await failuresUnder(formValidatorUserThrottleKey(principal.userId))).toEqual([]);
    }
    expect(await storedCount()).toBe(before);
  });

  it("refuses an expert's new validators past their own daily allowance; others and stored ones still work", async () => {
    const person = await signedInPerson(kit.ctx, 'chuyengia.nhieu@trungtam.test');
    const expert = { ...person, platformRoles: ['expert' as const] };
    const known = await createFormValidator(kit.ctx, expert, schemaOf('expert_known'));
    await sql`UPDATE sign_in_throttle SET failures = ${formValidatorLimits.perTenant.maxFailures - 1}
      WHERE key = ${formValidatorUserThrottleKey(person.userId)}`.execute(kit.ctx.db);
    await createFormValidator(kit.ctx, expert, schemaOf('expert_last'));
    const before = await storedCount();
    const refused = await refusalOf(createFormValidator(kit.ctx, expert, schemaOf('expert_extra')));
    expect(refused.code).toBe('FORM_VALIDATORS_TOO_MANY');
    expect(refused.params.retryAfter).toBeGreaterThan(3000);
    expect(await storedCount()).toBe(before);
    expect(await createFormValidator(kit.ctx, expert, schemaOf('expert_known'))).toEqual(known);
    const colleague = {
      ...(await signedInPerson(kit.ctx, 'chuyengia.khac@trungtam.test')),
      platformRoles: ['expert' as const],
    };
    await createFormValidator(kit.ctx, colleague, schemaOf('expert_extra'));
    expect(await failuresUnder(formValidatorUserThrottleKey(colleague.userId))).toEqual([1]);
  });
});
