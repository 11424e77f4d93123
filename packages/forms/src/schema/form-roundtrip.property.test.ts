import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFormModel } from '../model/normalize-model';
import { formModelArbitrary } from '../test-support/form-arbitraries';
import { compileFormModel } from './compile-form';
import { checkFormModel } from './form-problems';
import { parseFormSchema } from './parse-form';

// ajv compiles every parsed form: give the properties time on a slow CI machine.
const slow = { timeout: 120_000 };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('compile and parse (property)', () => {
  it('generated models are valid and use rules and groups', slow, () => {
    const sample = fc.sample(formModelArbitrary, { numRuns: 200, seed: 7 });
    for (const model of sample) expect(checkFormModel(model)).toEqual([]);
    expect(sample.some((m) => m.rules.some((r) => r.effect === 'showAndRequire'))).toBe(true);
    expect(sample.some((m) => m.rules.some((r) => r.effect === 'require'))).toBe(true);
    expect(sample.some((m) => m.fields.some((f) => f.type === 'group' && f.fields.length > 1))).toBe(true);
  });

  it('parseFormSchema(compileFormModel(m)) is normalizeFormModel(m), also after JSON storage', slow, () => {
    fc.assert(
      fc.property(formModelArbitrary, (model) => {
        const compiled = compileFormModel(model);
        expect(parseFormSchema(compiled.schema, compiled.uiSchema)).toEqual({
          ok: true,
          model: normalizeFormModel(model),
        });
        const stored = json(compiled);
        expect(parseFormSchema(stored.schema, stored.uiSchema)).toEqual({
          ok: true,
          model: normalizeFormModel(model),
        });
      }),
      { numRuns: 150 },
    );
  });

  it('compile after parse is idempotent on compiled output', slow, () => {
    fc.assert(
      fc.property(formModelArbitrary, (model) => {
        const compiled = compileFormModel(model);
        const parsed = parseFormSchema(compiled.schema, compiled.uiSchema);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(compileFormModel(parsed.model)).toEqual(compiled);
      }),
      { numRuns: 100 },
    );
  });
});

/** Replaces the value at a random path of `doc` with `replacement`. */
function mutate(doc: unknown, steps: number[], replacement: unknown): unknown {
  const copy = json(doc);
  let parent: unknown = copy;
  for (const [index, step] of steps.entries()) {
    if (typeof parent !== 'object' || parent === null) break;
    const keys = Object.keys(parent);
    const key = keys[step % Math.max(1, keys.length)];
    if (key === undefined) break;
    const child: unknown = Reflect.get(parent, key);
    if (index === steps.length - 1 || typeof child !== 'object' || child === null) {
      Reflect.set(parent, key, replacement);
      break;
    }
    parent = child;
  }
  return copy;
}

describe('hostile and damaged input (property)', () => {
  it('arbitrary values never throw and always answer', slow, () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 6 }),
        fc.anything(),
        (schema, ui) => {
          const parsed = parseFormSchema(schema, ui);
          expect(parsed.ok || parsed.problems.length > 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a damaged compiled form is refused, or accepted with a model that round-trips', slow, () => {
    fc.assert(
      fc.property(
        formModelArbitrary,
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.jsonValue({ maxDepth: 2 }),
        (model, inUi, steps, replacement) => {
          const compiled = compileFormModel(model);
          const schema = inUi ? compiled.schema : mutate(compiled.schema, steps, replacement);
          const uiSchema = inUi ? mutate(compiled.uiSchema, steps, replacement) : compiled.uiSchema;
          const parsed = parseFormSchema(schema, uiSchema);
          if (!parsed.ok) return;
          const again = compileFormModel(parsed.model);
          const reparsed = parseFormSchema(again.schema, again.uiSchema);
          expect(reparsed).toEqual({ ok: true, model: normalizeFormModel(parsed.model) });
        },
      ),
      { numRuns: 200 },
    );
  });
});
