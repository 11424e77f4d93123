import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type FileBody, resourceNames } from '@nguon/contracts';
import { type Db, findFormValidatorModule, insertFormValidatorModule } from '@nguon/db';
import { canonicalJson } from '@nguon/domain';
import { parseFormSchema } from '@nguon/forms';
import type { RJSFSchema } from '@rjsf/utils';
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators';
import { Ajv2020 } from 'ajv/dist/2020';
import { build } from 'esbuild';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { formInvalidError } from './form-invalid-error';

const resolveDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Compiles a form schema into a self-contained ES module of ajv validators for rjsf's precompiled
 * validator, so browsers validate with the same ajv without `eval` (our CSP forbids it).
 */
export async function compileFormValidatorModule(schema: Record<string, unknown>): Promise<string> {
  // rjsf's own ajv set-up, on JSON Schema 2020-12 like ours; it ignores our x- annotations.
  const cjs = compileSchemaValidatorsCode(schema as RJSFSchema, { AjvClass: Ajv2020 });
  const bundled = await build({
    stdin: { contents: cjs, resolveDir, loader: 'js', sourcefile: 'form-validator.cjs' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const output = bundled.outputFiles[0];
  if (!output) throw new Error('esbuild produced no validator module');
  return output.text;
}

export function formValidatorId(schema: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(schema)).digest('hex');
}

/** Compiles and stores a schema's validator module unless it is stored already; answers its address. */
export async function ensureFormValidatorModule(db: Db, schema: Record<string, unknown>): Promise<string> {
  const id = formValidatorId(schema);
  if ((await findFormValidatorModule(db, id)) === undefined) {
    await insertFormValidatorModule(db, id, await compileFormValidatorModule(schema));
  }
  return `/api/v1/form-validators/${id}.js`;
}

/** Stores (once) and addresses the validator module of a form schema the builder understands. */
export async function createFormValidator(
  ctx: ServiceContext,
  principal: Principal,
  schema: Record<string, unknown>,
): Promise<{ id: string; url: string }> {
  requireTenantAction(principal, 'processes.read');
  const parsed = parseFormSchema(schema, {});
  if (!parsed.ok) throw formInvalidError(parsed.problems);
  const url = await ensureFormValidatorModule(ctx.db, schema);
  return { id: formValidatorId(schema), url };
}

export async function getFormValidatorModule(ctx: ServiceContext, fileName: string): Promise<FileBody> {
  const code = await findFormValidatorModule(ctx.db, fileName.replace(/\.js$/, ''));
  if (code === undefined) throw new AppError('NOT_FOUND', { resource: resourceNames.formValidator });
  return { contentType: 'text/javascript; charset=utf-8', bytes: Buffer.from(code, 'utf8') };
}
