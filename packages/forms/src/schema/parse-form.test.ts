import { describe, expect, it } from 'vitest';
import { normalizeFormModel } from '../model/normalize-model';
import { field, ifThen, sampleFormModel } from '../test-support/sample-form';
import { checkStageForm } from './check-stage-form';
import { compileFormModel } from './compile-form';
import { checkFormModel } from './form-problems';
import { parseFormSchema } from './parse-form';

const label = (vi: string) => ({ title: vi, 'x-label': { vi, en: '' } });
const text = (vi: string, extra: Record<string, unknown> = {}) => ({
  type: 'string',
  ...label(vi),
  ...extra,
});
const root = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});

describe('parseFormSchema round trip', () => {
  it('gives back the sample model (normalised)', () => {
    const { schema, uiSchema } = compileFormModel(sampleFormModel());
    expect(parseFormSchema(schema, uiSchema)).toEqual({
      ok: true,
      model: normalizeFormModel(sampleFormModel()),
    });
  });

  it('survives JSON serialisation (as stored)', () => {
    const stored = JSON.parse(JSON.stringify(compileFormModel(sampleFormModel())));
    expect(parseFormSchema(stored.schema, stored.uiSchema).ok).toBe(true);
  });
});

describe('parseFormSchema accepts hand-written variants', () => {
  const fieldsOf = (schema: unknown, uiSchema: unknown = undefined) => {
    const parsed = parseFormSchema(schema, uiSchema);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.model;
  };

  it('a title without x-label is the Vietnamese label; English stays blank (it falls back)', () => {
    const model = fieldsOf(root({ ten: { type: 'string', title: 'Tên', description: 'Họ và tên' } }));
    expect(model.fields).toEqual([
      { ...field('text', 'ten', 'Tên', { max: null }), help: { vi: 'Họ và tên', en: '' } },
    ]);
  });

  it('enum choices, and oneOf entries with only a title', () => {
    const model = fieldsOf(
      root({
        a: { type: 'string', enum: ['x', 'y'] },
        b: { type: 'string', oneOf: [{ const: 'p', title: 'Phun' }, { const: 'r' }] },
      }),
    );
    expect(model.fields.map((f) => f.choices)).toEqual([
      [
        { value: 'x', label: { vi: 'x', en: '' } },
        { value: 'y', label: { vi: 'y', en: '' } },
      ],
      [
        { value: 'p', label: { vi: 'Phun', en: '' } },
        { value: 'r', label: { vi: 'r', en: '' } },
      ],
    ]);
  });

  it('without ui:order: root properties, then those shown by rules', () => {
    const schema = root(
      { co: { type: 'boolean', ...label('Có') }, sau: text('Sau') },
      {
        allOf: [
          ifThen(
            { properties: { co: { const: true } }, required: ['co'] },
            { properties: { giua: text('Giữa') } },
          ),
        ],
      },
    );
    expect(fieldsOf(schema).fields.map((f) => f.key)).toEqual(['co', 'sau', 'giua']);
  });

  it('a partial ui:order (with "*" and unknown names) puts the rest after', () => {
    const schema = root({ a: text('A'), b: text('B'), c: text('C') });
    expect(fieldsOf(schema, { 'ui:order': ['c', '*', 'zz'] }).fields.map((f) => f.key)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('$schema 2020-12 and additionalProperties: false (without rules)', () => {
    const schema = root(
      { a: text('A') },
      { $schema: 'https://json-schema.org/draft/2020-12/schema', additionalProperties: false },
    );
    expect(fieldsOf(schema).fields).toHaveLength(1);
  });

  it('rjsf built-in widgets that mean the same', () => {
    const schema = root({ d: text('D', { format: 'date' }), c: text('C', { enum: ['a'] }) });
    expect(
      fieldsOf(schema, { d: { 'ui:widget': 'date' }, c: { 'ui:widget': 'select' } }).fields.map(
        (f) => f.type,
      ),
    ).toEqual(['date', 'choice']);
  });
});

const deep = (levels: number) => {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < levels; i += 1) value = { properties: value };
  return value;
};

describe('parseFormSchema refuses', () => {
  const bigHelp = 'x'.repeat(4000);
  const manyFields = Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`f${i}`, text(`F${i}`)]));
  const hugeForm = Object.fromEntries(
    Array.from({ length: 150 }, (_, i) => [`f${i}`, text(`F${i}`, { description: bigHelp })]),
  );
  const group = (items: Record<string, unknown>) => ({
    type: 'array',
    ...label('G'),
    items: { type: 'object', properties: items },
  });
  const yes = { type: 'boolean', ...label('Có') };
  const rule = (ifPart: unknown, then: unknown) =>
    root({ co: yes, a: text('A') }, { allOf: [{ if: ifPart, then }] });
  const cond = { properties: { co: { const: true } }, required: ['co'] };

  it.each([
    ['a non-object', 42, undefined, 'invalid_schema', 'schema'],
    ['an array root', { type: 'array' }, undefined, 'invalid_schema', 'schema'],
    ['a non-object uiSchema', root({}), 'x', 'invalid_schema', 'uiSchema'],
    [
      'an unknown type',
      root({ a: { type: 'object', properties: {} } }),
      {},
      'unknown_field_type',
      'schema/properties/a',
    ],
    [
      'a union type',
      root({ a: { type: ['string', 'null'] } }),
      {},
      'unknown_field_type',
      'schema/properties/a',
    ],
    [
      'an unknown keyword',
      root({ a: text('A', { readOnly: true }) }),
      {},
      'unknown_keyword',
      'schema/properties/a/readOnly',
    ],
    ['a root title', root({}, { title: 'Form' }), {}, 'unknown_keyword', 'schema/title'],
    [
      'an unknown ui key',
      root({ a: text('A') }),
      { a: { 'ui:placeholder': '…' } },
      'unknown_keyword',
      'uiSchema/a/ui:placeholder',
    ],
    [
      'a global ui option',
      root({}),
      { 'ui:submitButtonOptions': {} },
      'unknown_keyword',
      'uiSchema/ui:submitButtonOptions',
    ],
    [
      'a wrong widget',
      root({ a: { type: 'boolean' } }),
      { a: { 'ui:widget': 'select' } },
      'invalid_schema',
      'uiSchema/a/ui:widget',
    ],
    [
      'a bad keyword value',
      root({ a: text('A', { maxLength: 'ten' }) }),
      {},
      'invalid_schema',
      'schema/properties/a/maxLength',
    ],
    [
      'a changed catalog shape',
      root({ a: { type: 'object', 'x-catalog': 'c', properties: {} } }),
      {},
      'invalid_schema',
      'schema/properties/a',
    ],
    [
      'a required name that is no field',
      root({ a: text('A') }, { required: ['b'] }),
      {},
      'invalid_schema',
      'schema/required/0',
    ],
    [
      'a key both at the root and in a rule',
      rule(cond, { properties: { a: text('A') } }),
      {},
      'duplicate_field_key',
      'schema/allOf/0/then/properties/a',
    ],
    ['an invalid key', root({ Tên: text('A') }), {}, 'invalid_field_key', 'fields/0/key'],
    [
      'a __proto__ key',
      JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}'),
      {},
      'invalid_field_key',
      'fields/0/key',
    ],
    [
      'a nested group',
      root({ g: group({ h: group({ a: text('A') }) }) }),
      {},
      'nested_group',
      'fields/0/fields/0',
    ],
    [
      'a heading in a group',
      root({ g: group({ h: { type: 'null', 'x-heading': true } }) }),
      {},
      'heading_in_group',
      'fields/0/fields/0',
    ],
    [
      'a rule without required',
      rule({ properties: cond.properties }, { required: ['a'] }),
      {},
      'invalid_rule',
      'schema/allOf/0/if',
    ],
    [
      'a rule with else',
      root({ co: yes, a: text('A') }, { allOf: [ifThen(cond, { required: ['a'] }, { else: {} })] }),
      {},
      'unknown_keyword',
      'schema/allOf/0/else',
    ],
    ['an empty then', rule(cond, {}), {}, 'invalid_rule', 'schema/allOf/0/then'],
    [
      'a partly required then',
      rule(cond, { properties: { b: text('B'), c: text('C') }, required: ['b'] }),
      {},
      'invalid_rule',
      'schema/allOf/0/then',
    ],
    ['10,000 levels', deep(10_000), {}, 'too_deep', expect.stringMatching(/^schema(\/properties){16}$/)],
    ['301 fields', root(manyFields), {}, 'too_many_fields', 'fields'],
    [
      'a 5,001-character title',
      root({ a: text('x'.repeat(5001)) }),
      {},
      'string_too_long',
      expect.stringMatching(/^schema\/properties\/a\//),
    ],
    ['600 KB', root(hugeForm), {}, 'schema_too_large', expect.stringMatching(/^schema\/properties/)],
    ['an unknown unit', root({ a: { type: 'number', 'x-unit': 'lb' } }), {}, 'unknown_unit', 'fields/0/unit'],
    [
      'a bad regular expression',
      root({ a: text('A', { pattern: '[' }) }),
      {},
      'invalid_pattern',
      'fields/0/pattern',
    ],
    [
      'a catastrophic pattern',
      root({ a: text('A', { pattern: '^(a+)+$' }) }),
      {},
      'invalid_pattern',
      'fields/0/pattern',
    ],
    [
      'min > max',
      root({ a: { type: 'integer', minimum: 5, maximum: 1 } }),
      {},
      'invalid_range',
      'fields/0/min',
    ],
    ['a negative length', root({ a: text('A', { minLength: -1 }) }), {}, 'invalid_range', 'fields/0/min'],
    [
      'a required heading',
      root({ h: { type: 'null', 'x-heading': true } }, { required: ['h'] }),
      {},
      'option_not_applicable',
      'fields/0/required',
    ],
    [
      'a shown field required at the root',
      root({ co: yes }, { required: ['a'], allOf: [ifThen(cond, { properties: { a: text('A') } })] }),
      {},
      'rule_target_required',
      'rules/0/targets/0',
    ],
  ])('%s', (_name, schema, uiSchema, code, path) => {
    const parsed = parseFormSchema(schema, uiSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('what ajv alone refuses is invalid_schema, with its message', () => {
    const catalog = compileFormModel({ fields: [field('catalog', 'a', 'A', { catalogId: 'c' })], rules: [] });
    const schema = root({ a: { ...(catalog.schema.properties as { a: object }).a, 'x-catalog': 'bad id' } });
    expect(parseFormSchema(schema, {})).toEqual({
      ok: false,
      problems: [
        {
          code: 'invalid_schema',
          path: 'schema',
          params: { reason: 'ajv', detail: expect.stringContaining('x-catalog') },
        },
      ],
    });
    // The stage gate checks the model first, so the owner reads which field lacks its catalog.
    expect(checkStageForm({ schema, uiSchema: {} }).map((p) => p.code)).toEqual(['missing_catalog']);
  });
});

describe('semantic slips do not stop parsing', () => {
  it('a blank label parses; checkFormModel and checkStageForm report it', () => {
    const schema = root({ a: { type: 'string', 'x-label': { vi: '', en: '' } } });
    const parsed = parseFormSchema(schema, {});
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkFormModel(parsed.model).map((p) => p.code)).toEqual(['missing_label']);
    expect(checkStageForm({ schema, uiSchema: {} })).toEqual([
      { code: 'missing_label', path: 'fields/0/label', params: { key: 'a' } },
    ]);
  });

  it('checkStageForm passes the compiled sample', () => {
    expect(checkStageForm(compileFormModel(sampleFormModel()))).toEqual([]);
  });
});
