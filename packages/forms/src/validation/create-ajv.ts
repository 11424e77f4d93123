import { Ajv2020, type Options } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The project's one ajv set-up (JSON Schema 2020-12), used by the API, the workers and the browser. */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    coerceTypes: false,
    useDefaults: false,
    messages: false,
    ...options,
  });
  addFormats(ajv);
  return ajv;
}
