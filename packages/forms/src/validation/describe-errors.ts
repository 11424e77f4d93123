import type { ErrorObject } from 'ajv/dist/2020';

/** An ajv error as a code and its values: the keyword, its params and the JSON pointer of the bad value. */
export interface ValidationErrorDescription {
  /** JSON pointer of the bad value ('' for the whole document). */
  path: string;
  keyword: string;
  params: Record<string, unknown>;
}

function pointer(error: ErrorObject): string {
  if (error.keyword === 'required' || error.keyword === 'dependentRequired') {
    return `${error.instancePath}/${String(error.params.missingProperty)}`;
  }
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const name = error.params.additionalProperty ?? error.params.unevaluatedProperty;
    return `${error.instancePath}/${String(name)}`;
  }
  return error.instancePath;
}

const parentOf = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf('/'));

/**
 * Drops the errors that only echo another one: each failed `const` of a `oneOf` (the `oneOf` error says
 * it); an `if` error whose `then` branch already reported why; and, where a rule's `then` failed, the
 * `unevaluatedProperties` errors of that object, since a failed `then` leaves its other shown fields
 * unevaluated (the record stays invalid; the echo would reappear only if it were real).
 */
function withoutEchoes(errors: readonly ErrorObject[]): ErrorObject[] {
  const paths = new Set(errors.map((e) => `${e.instancePath} ${e.schemaPath}`));
  const failedRules = new Set(errors.filter((e) => e.keyword === 'if').map((e) => e.instancePath));
  return errors.filter((error) => {
    if (error.keyword === 'const' && /\/oneOf\/\d+\/const$/.test(error.schemaPath)) {
      return !paths.has(`${error.instancePath} ${parentOf(parentOf(error.schemaPath))}`);
    }
    if (error.keyword === 'unevaluatedProperties') return !failedRules.has(error.instancePath);
    if (error.keyword !== 'if') return true;
    const thenPath = `${parentOf(error.schemaPath)}/then/`;
    return !errors.some((other) => other.schemaPath.startsWith(thenPath));
  });
}

/**
 * Ajv errors as codes and values, each with the JSON pointer of its value; the words are chosen at the
 * edges (`localizeAjvErrors` in contracts). Errors that only echo another (`oneOf` consts, `if` over its
 * `then`) are left out.
 */
export function describeAjvErrors(errors: readonly ErrorObject[]): ValidationErrorDescription[] {
  return withoutEchoes(errors).map((error) => ({
    path: pointer(error),
    keyword: error.keyword,
    params: error.params,
  }));
}
