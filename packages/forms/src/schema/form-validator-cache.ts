import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { createFormAjv } from './form-keywords';

export type FormValidationResult = { ok: true } | { ok: false; errors: ErrorObject[] };

export interface FormValidatorCache {
  /**
   * Validates `data` against the form compiled for `key` (e.g. `${versionId}:${stageKey}`); compiles
   * `schema` only on a miss, so a key must always name the same schema (published versions are immutable).
   * Throws if the schema does not compile: check it with `checkStageForm` before storing it.
   */
  validate(key: string, schema: Record<string, unknown>, data: unknown): FormValidationResult;
  readonly size: number;
}

interface Entry {
  validate: ValidateFunction;
  schema: Record<string, unknown>;
}

/** Compiled stage-form validators, least recently used evicted beyond `maxEntries`. */
export function createFormValidatorCache(options: { maxEntries: number }): FormValidatorCache {
  const maxEntries = Math.max(1, Math.floor(options.maxEntries));
  const ajv: Ajv2020 = createFormAjv();
  const entries = new Map<string, Entry>();

  const entryFor = (key: string, schema: Record<string, unknown>): Entry => {
    const cached = entries.get(key);
    if (cached) {
      // Re-insert: Map order is the recency order.
      entries.delete(key);
      entries.set(key, cached);
      return cached;
    }
    const entry = { validate: ajv.compile(schema), schema };
    entries.set(key, entry);
    for (const [oldKey, old] of entries) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldKey);
      // ajv caches compiled schemas by object; forget it unless another key still uses it.
      if (![...entries.values()].some((other) => other.schema === old.schema)) ajv.removeSchema(old.schema);
    }
    return entry;
  };

  return {
    validate(key, schema, data) {
      const { validate } = entryFor(key, schema);
      return validate(data) ? { ok: true } : { ok: false, errors: [...(validate.errors ?? [])] };
    },
    get size() {
      return entries.size;
    },
  };
}
