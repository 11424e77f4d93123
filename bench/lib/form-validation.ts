import { compileFormModel, createFormAjv, type FieldType, type FormField, newFormField } from '@nguon/forms';

const mix: FieldType[] = [
  'text',
  'integer',
  'number',
  'date',
  'choice',
  'multiChoice',
  'yesNo',
  'catalog',
  'gps',
  'longText',
];

/** A 50-field stage form of every common type, half of them required. */
export function fiftyFieldForm() {
  const fields: FormField[] = Array.from({ length: 50 }, (_, i) => {
    const type = mix[i % mix.length] ?? 'text';
    const field = newFormField(type, `f${i}`, { vi: `Trường ${i}`, en: `Field ${i}` });
    const choices = [1, 2, 3].map((n) => ({
      value: `c${n}`,
      label: { vi: `Lựa chọn ${n}`, en: `Choice ${n}` },
    }));
    return {
      ...field,
      required: i % 2 === 0,
      ...(type === 'number' && { unit: 'kg', min: 0, max: 100_000 }),
      ...((type === 'choice' || type === 'multiChoice') && { choices }),
      ...(type === 'catalog' && { catalogId: 'plots' }),
    };
  });
  return compileFormModel({ fields, rules: [] });
}

function sampleValue(type: FieldType, i: number): unknown {
  switch (type) {
    case 'integer':
      return i;
    case 'number':
      return 12.5 + i;
    case 'date':
      return '2026-11-20';
    case 'choice':
      return 'c2';
    case 'multiChoice':
      return ['c1', 'c3'];
    case 'yesNo':
      return true;
    case 'catalog':
      return { id: `plot-${i}`, label: `Thửa ${i}` };
    case 'gps':
      return { lat: 21.59, lon: 105.84 };
    default:
      return `giá trị ${i}`;
  }
}

export function sampleRecord(): Record<string, unknown> {
  return Object.fromEntries(
    Array.from({ length: 50 }, (_, i) => [`f${i}`, sampleValue(mix[i % mix.length] ?? 'text', i)]),
  );
}

/** Records/s through one compiled validator, and through a fresh compile per record (the cost a cache saves). */
export function measureFormValidation(seconds: number) {
  const { schema } = fiftyFieldForm();
  const record = sampleRecord();
  const validate = createFormAjv().compile(schema);
  if (!validate(record)) throw new Error(`bench record is invalid: ${JSON.stringify(validate.errors)}`);
  let cached = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  while (performance.now() < until) {
    for (let i = 0; i < 1000; i++) validate(record);
    cached += 1000;
  }
  const cachedPerSecond = cached / ((performance.now() - started) / 1000);
  let compiled = 0;
  const compileStarted = performance.now();
  const compileUntil = compileStarted + Math.min(seconds, 5) * 1000;
  while (performance.now() < compileUntil) {
    createFormAjv().compile(schema)(record);
    compiled += 1;
  }
  const compilePerSecond = compiled / ((performance.now() - compileStarted) / 1000);
  return { cachedPerSecond, compilePerSecond, firstCompileMs: 1000 / compilePerSecond };
}
