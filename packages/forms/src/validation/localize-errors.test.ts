import { describe, expect, it } from 'vitest';
import { createAjv } from './create-ajv';
import { localizeAjvErrors } from './localize-errors';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'email'],
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 5 },
    email: { type: 'string', format: 'email' },
    age: { type: 'integer', minimum: 0 },
    role: { enum: ['owner', 'clerk'] },
    tags: { type: 'array', uniqueItems: true, maxItems: 2 },
    code: { type: 'string', pattern: '^[0-9]+$' },
  },
};

describe('localizeAjvErrors', () => {
  const validate = createAjv().compile(schema);
  const errorsFor = (value: unknown, lang: 'vi' | 'en') => {
    expect(validate(value)).toBe(false);
    return localizeAjvErrors(validate.errors ?? [], lang);
  };

  it.each([
    [{ name: 'A' }, '/email', 'thiếu trường bắt buộc "email"', 'missing required field "email"'],
    [
      { name: 'An', email: 'x@y.vn', extra: 1 },
      '/extra',
      'không được có trường "extra"',
      'field "extra" is not allowed',
    ],
    [{ name: 'An', email: 'nope' }, '/email', 'phải là địa chỉ email', 'must be an email address'],
    [{ name: 'Ann', email: 'x@y.vn', age: 1.5 }, '/age', 'phải là số nguyên', 'must be an integer'],
    [{ name: 'Ann', email: 'x@y.vn', age: -1 }, '/age', 'phải lớn hơn hoặc bằng 0', 'must be at least 0'],
    [
      { name: 'Ann', email: 'x@y.vn', role: 'boss' },
      '/role',
      'phải là một trong: "owner", "clerk"',
      'must be one of: "owner", "clerk"',
    ],
    [
      { name: 'Anne Marie', email: 'x@y.vn' },
      '/name',
      'không được quá 5 ký tự',
      'must have at most 5 characters',
    ],
    [
      { name: 'Ann', email: 'x@y.vn', tags: [1, 1] },
      '/tags',
      'các mục 0 và 1 bị trùng',
      'items 0 and 1 are duplicates',
    ],
    [{ name: 'Ann', email: 'x@y.vn', code: '12a' }, '/code', 'không đúng định dạng', 'has the wrong format'],
  ])('%j', (value, path, vi, en) => {
    expect(errorsFor(value, 'vi')).toContainEqual(expect.objectContaining({ path, message: vi }));
    expect(errorsFor(value, 'en')).toContainEqual(expect.objectContaining({ path, message: en }));
  });
});
