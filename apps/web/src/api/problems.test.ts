import { ApiError, type Problem } from '@nguon/contracts';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, isSessionGone } from './problems';

const problem = (overrides: Partial<Problem>): Problem => ({
  type: 'about:blank',
  title: 'Bad request',
  status: 400,
  code: 'VALIDATION_FAILED',
  detail: 'Dữ liệu không hợp lệ',
  requestId: 'r1',
  ...overrides,
});

describe('fieldErrorsOf', () => {
  const fields = ['name', 'email', 'phone'];
  const cases: [string, unknown, Record<string, string>][] = [
    [
      'maps each field error to its field, first message wins',
      new ApiError(
        400,
        problem({
          errors: [
            { path: '/email', message: 'Email sai' },
            { path: '/email', message: 'second' },
            { path: '/name', message: 'Tên ngắn' },
          ],
        }),
      ),
      { email: 'Email sai', name: 'Tên ngắn' },
    ],
    [
      'uses the problem path and detail when there is no errors list',
      new ApiError(409, problem({ code: 'LOGIN_TAKEN', path: '/phone', detail: 'Đã dùng' })),
      { phone: 'Đã dùng' },
    ],
    [
      'ignores fields the form does not show',
      new ApiError(400, problem({ errors: [{ path: '/gln', message: 'GLN sai' }] })),
      {},
    ],
    ['ignores problems without a path', new ApiError(403, problem({ code: 'FORBIDDEN' })), {}],
    ['ignores errors that are not from the API', new TypeError('Failed to fetch'), {}],
  ];
  it.each(cases)('%s', (_name, error, expected) => {
    expect(fieldErrorsOf(error, fields)).toEqual(expected);
  });
});

describe('isSessionGone', () => {
  it.each([
    ['UNAUTHENTICATED', 401, true],
    ['SESSION_EXPIRED', 401, true],
    ['INVALID_CREDENTIALS', 401, false],
    ['FORBIDDEN', 403, false],
  ] as const)('%s (%i) -> %s', (code, status, expected) => {
    expect(isSessionGone(new ApiError(status, problem({ code, status })))).toBe(expected);
  });
});
