import { describe, expect, it } from 'vitest';
import type { ConditionalRule, FormField, FormModel } from '../model/form-model';
import { field, sampleFormModel } from '../test-support/sample-form';
import { checkFormModel } from './form-problems';

const yes = field('yesNo', 'co', 'Có?');
const name = field('text', 'ten', 'Tên');
const choice = field('choice', 'loai', 'Loại');
const rule = (overrides: Partial<ConditionalRule>): ConditionalRule => ({
  id: 'r',
  when: 'co',
  equals: true,
  effect: 'show',
  targets: ['ten'],
  ...overrides,
});
const model = (fields: FormField[], rules: ConditionalRule[] = []): FormModel => ({ fields, rules });
const problemsOf = (m: FormModel) => checkFormModel(m).map((p) => `${p.code} ${p.path}`);

describe('checkFormModel', () => {
  it('passes the sample and a new empty model', () => {
    expect(checkFormModel(sampleFormModel())).toEqual([]);
    expect(checkFormModel(model([]))).toEqual([]);
  });

  it.each([
    ['missing label', model([field('text', 'a', ' ')]), 'missing_label fields/0/label'],
    [
      'English help without Vietnamese',
      model([field('text', 'a', 'A', { help: { vi: '', en: 'Hi' } })]),
      'missing_label fields/0/help',
    ],
    [
      'choice label missing',
      model([field('choice', 'a', 'A', { choices: [{ value: 'x', label: { vi: '', en: '' } }] })]),
      'missing_label fields/0/choices/0/label',
    ],
    ['invalid key', model([field('text', 'Ten', 'A')]), 'invalid_field_key fields/0/key'],
    ['duplicate key', model([name, name]), 'duplicate_field_key fields/1/key'],
    ['unknown type', model([{ ...name, type: 'color' as FormField['type'] }]), 'unknown_field_type fields/0'],
    ['no choices', model([field('multiChoice', 'a', 'A', { choices: [] })]), 'no_choices fields/0/choices'],
    [
      'duplicate choice',
      model([
        field('choice', 'a', 'A', {
          choices: [
            { value: 'x', label: { vi: 'X', en: '' } },
            { value: 'x', label: { vi: 'Y', en: '' } },
          ],
        }),
      ]),
      'duplicate_choice fields/0/choices/1',
    ],
    [
      'invalid choice value',
      model([field('choice', 'a', 'A', { choices: [{ value: 'Có', label: { vi: 'Có', en: '' } }] })]),
      'invalid_choice_value fields/0/choices/0',
    ],
    ['missing catalog', model([field('catalog', 'a', 'A')]), 'missing_catalog fields/0/catalogId'],
    [
      'unit on an integer',
      model([field('integer', 'a', 'A', { unit: 'kg' })]),
      'unit_on_non_number fields/0/unit',
    ],
    ['unknown unit', model([field('number', 'a', 'A', { unit: 'lb' })]), 'unknown_unit fields/0/unit'],
    ['min above max', model([field('number', 'a', 'A', { min: 2, max: 1 })]), 'invalid_range fields/0/min'],
    [
      'min above the default max',
      model([field('text', 'a', 'A', { min: 600, max: null })]),
      'invalid_range fields/0/min',
    ],
    ['fractional length', model([field('text', 'a', 'A', { min: 1.5 })]), 'invalid_range fields/0/min'],
    ['limits on a date', model([field('date', 'a', 'A', { max: 3 })]), 'option_not_applicable fields/0'],
    ['bad pattern', model([field('text', 'a', 'A', { pattern: '(' })]), 'invalid_pattern fields/0/pattern'],
    [
      'nested quantifier',
      model([field('text', 'a', 'A', { pattern: '(\\w+\\s?)*$' })]),
      'invalid_pattern fields/0/pattern',
    ],
    [
      'pattern on long text',
      model([field('longText', 'a', 'A', { pattern: 'x' })]),
      'option_not_applicable fields/0/pattern',
    ],
    [
      'required heading',
      model([field('heading', 'a', 'A', { required: true })]),
      'option_not_applicable fields/0/required',
    ],
    [
      'default of the wrong type',
      model([field('integer', 'a', 'A', { defaultValue: 'x' })]),
      'invalid_default fields/0/defaultValue',
    ],
    [
      'default out of range',
      model([field('integer', 'a', 'A', { max: 3, defaultValue: 4 })]),
      'invalid_default fields/0/defaultValue',
    ],
    [
      'default not a choice',
      model([field('choice', 'a', 'A', { defaultValue: 'zz' })]),
      'invalid_default fields/0/defaultValue',
    ],
    [
      'default not matching the pattern',
      model([field('text', 'a', 'A', { pattern: '^\\d+$', defaultValue: 'x' })]),
      'invalid_default fields/0/defaultValue',
    ],
    [
      'impossible date',
      model([field('date', 'a', 'A', { defaultValue: '2023-02-29' })]),
      'invalid_default fields/0/defaultValue',
    ],
    [
      'default on a dateTime',
      model([field('dateTime', 'a', 'A', { defaultValue: '2024-01-01T00:00:00Z' })]),
      'option_not_applicable fields/0/defaultValue',
    ],
    ['empty group', model([field('group', 'g', 'G')]), 'empty_group fields/0/fields'],
    [
      'nested group',
      model([field('group', 'g', 'G', { fields: [field('group', 'h', 'H', { fields: [name] })] })]),
      'nested_group fields/0/fields/0',
    ],
    [
      'heading in a group',
      model([field('group', 'g', 'G', { fields: [field('heading', 'h', 'H')] })]),
      'heading_in_group fields/0/fields/0',
    ],
    [
      'sub-field problems',
      model([field('group', 'g', 'G', { fields: [field('choice', 'c', 'C', { choices: [] })] })]),
      'no_choices fields/0/fields/0/choices',
    ],
    [
      'too many fields',
      model(Array.from({ length: 301 }, (_, i) => field('text', `f${i}`, 'F'))),
      'too_many_fields fields',
    ],
    ['too long a label', model([field('text', 'a', 'x'.repeat(5001))]), 'string_too_long fields/0/label'],
    [
      'rule on an unknown field',
      model([yes, name], [rule({ when: 'zz' })]),
      'rule_unknown_field rules/0/when',
    ],
    [
      'rule on a group sub-field',
      model([yes, field('group', 'g', 'G', { fields: [name] })], [rule({ targets: ['ten'] })]),
      'rule_unknown_field rules/0/targets/0',
    ],
    [
      'rule on a number',
      model([field('number', 'n', 'N'), name], [rule({ when: 'n', equals: 1 })]),
      'rule_condition_type rules/0/when',
    ],
    [
      'rule value of the wrong type',
      model([yes, name], [rule({ equals: 'true' })]),
      'invalid_rule rules/0/equals',
    ],
    [
      'rule value not a choice',
      model([choice, name], [rule({ when: 'loai', equals: 'zz' })]),
      'invalid_rule rules/0/equals',
    ],
    ['rule without targets', model([yes, name], [rule({ targets: [] })]), 'invalid_rule rules/0/targets'],
    [
      'rule with a bad effect',
      model([yes, name], [rule({ effect: 'hide' as ConditionalRule['effect'] })]),
      'invalid_rule rules/0/effect',
    ],
    [
      'rule targets its condition',
      model([yes, name], [rule({ effect: 'require', targets: ['co'] })]),
      'rule_target_is_condition rules/0/targets/0',
    ],
    [
      'shown field is a condition',
      model([yes, name], [rule({}), rule({ when: 'ten', equals: 'x', targets: ['co'], effect: 'require' })]),
      'rule_target_is_condition rules/0/targets/0',
    ],
    [
      'shown twice',
      model([yes, choice, name], [rule({}), rule({ when: 'loai', equals: 'lua_chon_1' })]),
      'rule_target_twice rules/1/targets/0',
    ],
    [
      'shown and required by another rule',
      model([yes, choice, name], [rule({ when: 'loai', equals: 'lua_chon_1', effect: 'require' }), rule({})]),
      'rule_target_twice rules/0/targets/0',
    ],
    [
      'named twice in one rule',
      model([yes, name], [rule({ targets: ['ten', 'ten'] })]),
      'rule_target_twice rules/0/targets/1',
    ],
    [
      'shown field required',
      model([yes, { ...name, required: true }], [rule({})]),
      'rule_target_required rules/0/targets/0',
    ],
    [
      'heading required by a rule',
      model([yes, field('heading', 'h', 'H')], [rule({ effect: 'require', targets: ['h'] })]),
      'option_not_applicable rules/0/targets/0',
    ],
  ])('%s', (_name, input, expected) => {
    expect(problemsOf(input)).toContain(expected);
  });

  it('names sub-fields as group.sub', () => {
    const problems = checkFormModel(model([field('group', 'g', 'G', { fields: [field('text', 'a', '')] })]));
    expect(problems).toEqual([
      { code: 'missing_label', path: 'fields/0/fields/0/label', params: { key: 'g.a' } },
    ]);
  });

  it('allows a require rule and a show rule on different fields of the same condition', () => {
    const m = model(
      [yes, name, field('text', 'b', 'B')],
      [rule({}), rule({ effect: 'require', targets: ['b'] })],
    );
    expect(checkFormModel(m)).toEqual([]);
  });
});
