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

export type SchemaValidator = ReturnType<Ajv2020['compile']>;

/** A compiler over the project's ajv that keeps each schema object's validator: contract schemas compile once. */
export function createSchemaCompiler(options: Options = {}): (schema: object) => SchemaValidator {
  const ajv = createAjv(options);
  const compiled = new WeakMap<object, SchemaValidator>();
  return (schema) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };
}
