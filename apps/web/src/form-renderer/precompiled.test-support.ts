import { addFormKeywords, createAjv } from '@nguon/forms';
import { type RJSFSchema, schemaParser } from '@rjsf/utils';
import type { ValidatorFunctions } from '@rjsf/validator-ajv8';

/** Where the served test modules find their functions (a data: URL module cannot close over the test). */
const registry = new Map<string, ValidatorFunctions>();
Object.defineProperty(globalThis, '__nguonTestValidators', { value: registry, configurable: true });

/** What the server's module would hold: one ajv function per sub-schema, keyed as rjsf hashes them. */
function validatorFunctions(schema: RJSFSchema): ValidatorFunctions {
  const schemas = Object.values(schemaParser(schema));
  const ajv = addFormKeywords(createAjv({ strict: false, verbose: true, schemas }));
  const functions: ValidatorFunctions = {};
  for (const sub of schemas) {
    const id = String(sub.$id);
    const validate = ajv.getSchema(id);
    if (validate) functions[id] = validate;
  }
  return functions;
}

let served = 0;

/** The answer of `createFormValidator` for `schema`: a module URL whose default export is its functions. */
export function serveValidatorModule(schema: RJSFSchema): { id: string; url: string } {
  served += 1;
  const id = `test-${served}`;
  registry.set(id, validatorFunctions(schema));
  const source = `export default globalThis.__nguonTestValidators.get(${JSON.stringify(id)});`;
  return { id, url: `data:text/javascript,${encodeURIComponent(source)}` };
}
