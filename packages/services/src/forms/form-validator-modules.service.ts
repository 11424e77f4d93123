import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type FileBody, resourceNames } from '@nguon/contracts';
import {
  findFormValidatorModule,
  insertFormValidatorModule,
  recordSignInFailure,
  type ThrottlePolicy,
  throttleWait,
} from '@nguon/db';
import { canonicalJson } from '@nguon/domain';
import { parseFormSchema } from '@nguon/forms';
import type { RJSFSchema } from '@rjsf/utils';
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators';
import { Ajv2020 } from 'ajv/dist/2020';
import { build } from 'esbuild';
import { isTemplatePublisher, type Principal, requireTenantAction } from '../auth/principal';
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

/**
 * Each module's size, and how many new ones a tenant (or a centre expert working without one) may store a day:
 * any reader may ask, so both are bounded.
 */
export interface FormValidatorLimits {
  maxModuleBytes: number;
  perTenant: ThrottlePolicy;
}

// 300 fields compile to about 170 KiB; a designer previews a few dozen new forms on a busy day
export const formValidatorLimits: FormValidatorLimits = {
  maxModuleBytes: 512 * 1024,
  perTenant: { maxFailures: 200, windowSeconds: 24 * 3600, lockSeconds: 3600 },
};

export const formValidatorThrottleKey = (tenantId: string) => `form-validators:tenant:${tenantId}`;
/** A centre expert previewing templates with no tenant of their own counts on their own allowance. */
export const formValidatorUserThrottleKey = (userId: string) => `form-validators:user:${userId}`;
const kib = (bytes: number) => `${Math.ceil(bytes / 1024)} KiB`;

/**
 * Compiles and stores a schema's validator module unless it is stored already (by content: the same schema is
 * free for everyone); a new one counts towards the allowance under `throttleKey`. Answers its address.
 */
export async function ensureFormValidatorModule(
  ctx: ServiceContext,
  throttleKey: string,
  schema: Record<string, unknown>,
  limits: FormValidatorLimits = formValidatorLimits,
): Promise<string> {
  const id = formValidatorId(schema);
  const url = `/api/v1/form-validators/${id}.js`;
  if ((await findFormValidatorModule(ctx.db, id)) !== undefined) return url;
  const wait = await throttleWait(ctx.db, throttleKey, ctx.now());
  if (wait > 0) throw new AppError('FORM_VALIDATORS_TOO_MANY', { retryAfter: wait });
  const code = await compileFormValidatorModule(schema);
  const size = Buffer.byteLength(code, 'utf8');
  if (size > limits.maxModuleBytes) {
    throw new AppError('FORM_VALIDATOR_TOO_LARGE', { size: kib(size), limit: kib(limits.maxModuleBytes) });
  }
  await recordSignInFailure(ctx.db, throttleKey, ctx.now(), limits.perTenant);
  await insertFormValidatorModule(ctx.db, id, code);
  return url;
}

/**
 * Who may ask for validators, as the throttle key their new ones count on: a reader of their tenant, or a centre
 * expert with no tenant selected (they preview and design templates); anyone else is refused as by the tenant check.
 */
function validatorThrottleKeyOf(principal: Principal): string {
  if (principal.kind === 'person' && !principal.tenantId && isTemplatePublisher(principal)) {
    return formValidatorUserThrottleKey(principal.userId);
  }
  return formValidatorThrottleKey(requireTenantAction(principal, 'processes.read').tenantId);
}

/** Stores (once) and addresses the validator module of a form schema the builder understands. */
export async function createFormValidator(
  ctx: ServiceContext,
  principal: Principal,
  schema: Record<string, unknown>,
  limits: FormValidatorLimits = formValidatorLimits,
): Promise<{ id: string; url: string }> {
  const throttleKey = validatorThrottleKeyOf(principal);
  const parsed = parseFormSchema(schema, {});
  if (!parsed.ok) throw formInvalidError(parsed.problems);
  const url = await ensureFormValidatorModule(ctx, throttleKey, schema, limits);
  return { id: formValidatorId(schema), url };
}

export async function getFormValidatorModule(ctx: ServiceContext, fileName: string): Promise<FileBody> {
  const code = await findFormValidatorModule(ctx.db, fileName.replace(/\.js$/, ''));
  if (code === undefined) throw new AppError('NOT_FOUND', { resource: resourceNames.formValidator });
  return { contentType: 'text/javascript; charset=utf-8', bytes: Buffer.from(code, 'utf8') };
}
