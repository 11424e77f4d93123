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
  type TenantKit,
} from '../testing';
import {
  createFormValidator,
  formValidatorLimits,
  formValidatorThrottleKey,
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
});
