import type { Db } from '../database';

export async function findFormValidatorModule(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('form_validator_modules')
    .select('code')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.code;
}

/** Content-addressed: the same id always holds the same code, so a concurrent insert may be ignored. */
export async function insertFormValidatorModule(db: Db, id: string, code: string): Promise<void> {
  await db
    .insertInto('form_validator_modules')
    .values({ id, code })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
