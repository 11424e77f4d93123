import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { createPrecompiledValidator, type ValidatorFunctions } from '@rjsf/validator-ajv8';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import type { FormValue, RendererFormContext } from './renderer-context';

export type FormValidator = ValidatorType<FormValue, RJSFSchema, RendererFormContext>;
/** Builds a validator in-process; tests and Storybook-like hosts may use ajv directly (eval is fine there). */
export type FormValidatorFactory = (schema: RJSFSchema) => FormValidator;

/** Set by tests to skip the server round trip: `<FormValidatorFactoryContext value={factory}>`. */
export const FormValidatorFactoryContext = createContext<FormValidatorFactory | null>(null);

export type FormValidatorState =
  | { status: 'loading' }
  | { status: 'ready'; validator: FormValidator }
  | { status: 'error'; error: unknown; retry: () => void };

// Precompiled modules by the server's id (hash of the schema), and the server's answer by schema text.
const modulesById = new Map<string, Promise<ValidatorFunctions>>();
const idsBySchema = new Map<string, Promise<{ id: string; url: string }>>();

function isValidatorFunctions(value: unknown): value is ValidatorFunctions {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((entry) => typeof entry === 'function')
  );
}

async function importValidatorModule(url: string): Promise<ValidatorFunctions> {
  const module: unknown = await import(/* @vite-ignore */ url);
  const functions =
    typeof module === 'object' && module !== null && 'default' in module ? module.default : null;
  if (!isValidatorFunctions(functions)) throw new Error(`${url} is not a precompiled validator module`);
  return functions;
}

function remember<V>(cache: Map<string, Promise<V>>, key: string, load: () => Promise<V>): Promise<V> {
  const known = cache.get(key);
  if (known) return known;
  const loading = load();
  cache.set(key, loading);
  // a failure is not remembered: "Thử lại" asks again
  loading.catch(() => cache.delete(key));
  return loading;
}

/** The validator of a schema, compiled by the server (our CSP forbids eval) and imported as a module. */
export async function loadFormValidator(schema: RJSFSchema): Promise<FormValidator> {
  const text = JSON.stringify(schema);
  const ref = await remember(idsBySchema, text, () =>
    api.call('createFormValidator', { body: { schema: JSON.parse(text) } }),
  );
  const functions = await remember(modulesById, ref.id, () => importValidatorModule(ref.url));
  return createPrecompiledValidator<FormValue, RJSFSchema, RendererFormContext>(functions, schema);
}

/** Loads (or takes from the cache) the validator of exactly this schema object, the one rjsf will render. */
export function useFormValidator(schema: RJSFSchema, given?: FormValidator): FormValidatorState {
  const factory = useContext(FormValidatorFactoryContext);
  const injected = useMemo(() => given ?? (factory ? factory(schema) : null), [given, factory, schema]);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<FormValidatorState>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (injected) return;
    let current = true;
    setState({ status: 'loading' });
    loadFormValidator(schema).then(
      (validator) => current && setState({ status: 'ready', validator }),
      (error: unknown) => current && setState({ status: 'error', error, retry }),
    );
    // `attempt` re-runs the load after a failure
    void attempt;
    return () => {
      current = false;
    };
  }, [schema, injected, attempt, retry]);

  return injected ? { status: 'ready', validator: injected } : state;
}
