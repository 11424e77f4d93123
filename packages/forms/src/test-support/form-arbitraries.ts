import fc from 'fast-check';
import { newFormField } from '../model/empty-field';
import { fieldCapabilities } from '../model/field-capabilities';
import {
  type ConditionalRule,
  type FieldType,
  type FormField,
  type FormModel,
  fieldTypes,
} from '../model/form-model';
import { defaultValueFault } from '../schema/default-value';
import { unitCodes } from '../units/units';

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const someText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Khối lượng', 'Ngày thu hoạch', 'Độ đạm (°N)', 'Giống lúa ST25', '"quoted" \\ / ~'),
);
const label = fc.record({ vi: someText.filter((s) => s.trim() !== ''), en: someText });
const help = fc.oneof(fc.constant({ vi: '', en: '' }), label);
/** No -0: JSON cannot keep it. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => n + 0);
const count = fc.nat({ max: 600 });
const safePatterns = ['^[A-Z]{2}-\\d{3}$', '^\\p{L}+$', '^[0-9]*$', '^(ab|cd)?x$', '^.{0,10}$'];

/** An ordered pair of optional limits (min <= max). */
function limits(bound: fc.Arbitrary<number>): fc.Arbitrary<[number | null, number | null]> {
  return fc
    .tuple(fc.option(bound), fc.option(bound))
    .map(([a, b]) => (a !== null && b !== null && a > b ? [b, a] : [a, b]));
}

const choiceList = fc.uniqueArray(fc.record({ value: fc.stringMatching(/^[a-z0-9_-]{1,12}$/), label }), {
  minLength: 1,
  maxLength: 8,
  selector: (choice) => choice.value,
});

const defaultCandidate = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -50, max: 700 }),
  finite,
  fc.boolean(),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Options of one field; those its type does not use are dropped by `fitField`. */
const fieldOptions = fc.record({
  label,
  help,
  required: fc.boolean(),
  public: fc.boolean(),
  lengths: limits(count),
  values: limits(finite),
  integers: limits(fc.integer({ min: -100, max: 600 })),
  items: limits(fc.nat({ max: 12 })),
  pattern: fc.option(fc.constantFrom(...safePatterns)),
  unit: fc.option(fc.constantFrom(...unitCodes)),
  choices: choiceList,
  catalogId: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/),
  defaultValue: defaultCandidate,
  defaultChoice: fc.nat(),
});
type FieldOptions = typeof fieldOptions extends fc.Arbitrary<infer T> ? T : never;

/** Turns random options into a valid field of `type`. */
function fitField(
  type: FieldType,
  fieldKey: string,
  options: FieldOptions,
  subFields: FormField[],
): FormField {
  const can = fieldCapabilities[type];
  const field = newFormField(type, fieldKey, options.label);
  const [min, max] =
    can.limits === 'length'
      ? options.lengths
      : can.limits === 'items'
        ? options.items
        : type === 'integer'
          ? options.integers
          : options.values;
  Object.assign(field, {
    help: options.help,
    required: can.canBeRequired && options.required,
    public: options.public,
    min: can.limits ? min : null,
    max: can.limits ? max : null,
    pattern: can.pattern ? options.pattern : null,
    unit: can.unit ? options.unit : null,
    choices: can.choices ? options.choices : [],
    catalogId: can.catalog ? options.catalogId : null,
    fields: can.subFields ? subFields : [],
  });
  // An empty max means the type's default (text: 500): keep min under it.
  if (field.max === null && can.defaultMax !== null && field.min !== null && field.min > can.defaultMax)
    field.max = field.min;
  const choice = options.choices[options.defaultChoice % options.choices.length]?.value ?? null;
  field.defaultValue = can.defaultKind === 'choice' ? choice : can.defaultKind ? options.defaultValue : null;
  if (defaultValueFault(field)) field.defaultValue = null;
  return field;
}

const subFieldTypes = fieldTypes.filter((type) => fieldCapabilities[type].inGroup);

function fieldsArbitrary(types: readonly FieldType[], maxLength: number, sub: fc.Arbitrary<FormField[]>) {
  return fc
    .uniqueArray(fc.tuple(key, fc.constantFrom(...types), fieldOptions, sub), {
      minLength: 1,
      maxLength,
      selector: ([fieldKey]) => fieldKey,
    })
    .map((entries) =>
      entries.map(([fieldKey, type, options, subs]) => fitField(type, fieldKey, options, subs)),
    );
}

const ruleSeed = fc.record({
  when: fc.nat(),
  effect: fc.constantFrom<ConditionalRule['effect']>('show', 'require', 'showAndRequire'),
  targets: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  value: fc.oneof(fc.nat(), fc.boolean(), fc.string({ maxLength: 6 })),
});
type RuleSeed = typeof ruleSeed extends fc.Arbitrary<infer T> ? T : never;

function conditionValue(field: FormField, value: RuleSeed['value']): ConditionalRule['equals'] {
  const n = typeof value === 'number' ? value : String(value).length;
  if (field.type === 'choice') return field.choices[n % field.choices.length]?.value ?? '';
  if (field.type === 'yesNo') return typeof value === 'boolean' ? value : n % 2 === 0;
  if (field.type === 'integer') return n;
  return String(value);
}

/** Keeps only what the rule constraints allow: shown fields belong to one rule and are no condition. */
function fitRules(fields: readonly FormField[], seeds: readonly RuleSeed[]): ConditionalRule[] {
  const conditions = new Set<string>();
  const shown = new Set<string>();
  const targeted = new Set<string>();
  const rules: ConditionalRule[] = [];
  for (const seed of seeds) {
    const whenOptions = fields.filter((f) => fieldCapabilities[f.type].canBeCondition && !shown.has(f.key));
    const when = whenOptions[seed.when % Math.max(1, whenOptions.length)];
    if (!when) continue;
    const shows = seed.effect !== 'require';
    const options = fields.filter(
      (f) =>
        f.key !== when.key &&
        !shown.has(f.key) &&
        (shows
          ? !conditions.has(f.key) &&
            !f.required &&
            !targeted.has(f.key) &&
            (seed.effect === 'show' || f.type !== 'heading')
          : f.type !== 'heading'),
    );
    const targets = [
      ...new Set(seed.targets.flatMap((i) => options[i % Math.max(1, options.length)]?.key ?? [])),
    ];
    if (targets.length === 0) continue;
    conditions.add(when.key);
    for (const target of targets) (shows ? shown : targeted).add(target);
    for (const target of targets) targeted.add(target);
    rules.push({
      id: `rule_${rules.length + 1}`,
      when: when.key,
      equals: conditionValue(when, seed.value),
      effect: seed.effect,
      targets,
    });
  }
  return rules;
}

/** Arbitrary valid builder models: every field type, groups with sub-fields, rules of every effect. */
export const formModelArbitrary: fc.Arbitrary<FormModel> = fc
  .tuple(
    fieldsArbitrary(fieldTypes, 12, fieldsArbitrary(subFieldTypes, 4, fc.constant([]))),
    fc.array(ruleSeed, { maxLength: 4 }),
  )
  .map(([fields, seeds]) => ({ fields, rules: fitRules(fields, seeds) }));
