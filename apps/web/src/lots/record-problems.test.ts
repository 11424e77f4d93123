import { ApiError } from '@nguon/contracts';
import { describe, expect, it } from 'vitest';
import { formPathOf, sortProblem } from './record-problems';

const refusal = (extra: { path?: string; errors?: { path: string; message: string }[] }) =>
  new ApiError(422, {
    type: 'about:blank',
    title: 'RECORD_INVALID',
    status: 422,
    code: 'RECORD_INVALID',
    detail: 'Dữ liệu nhập chưa đúng',
    requestId: 'r',
    ...extra,
  });

describe('sortProblem', () => {
  it.each([
    ['/data/khoi_luong', ['khoi_luong']],
    ['/data/bao/0/can_nang', ['bao', '0', 'can_nang']],
    ['/data/a~1b', ['a/b']],
    ['/eventTime', null],
  ])('reads %s as the form path %j', (pointer, path) => {
    expect(formPathOf(pointer)).toEqual(path);
  });

  it('puts /data messages on the form fields, nested like rjsf expects, and keeps the screen’s own fields', () => {
    const sorted = sortProblem(
      refusal({
        errors: [
          { path: '/data/khoi_luong', message: 'Quá lớn.' },
          { path: '/data/bao/1/can_nang', message: 'Cần số.' },
          { path: '/eventTime', message: 'Ở tương lai.' },
          { path: '/somethingElse', message: 'Lạ.' },
        ],
      }),
      (pointer) => pointer === '/eventTime',
    );
    expect(sorted.formErrors).toEqual({
      khoi_luong: { __errors: ['Quá lớn.'] },
      bao: { 1: { can_nang: { __errors: ['Cần số.'] } } },
    });
    expect([...sorted.fieldErrors]).toEqual([['/eventTime', 'Ở tương lai.']]);
    expect(sorted.notice).toBe('Dữ liệu nhập chưa đúng');
  });

  it('uses the problem’s single path when it lists no errors, and has nothing for a network failure', () => {
    const sorted = sortProblem(refusal({ path: '/inputs/0/quantity' }), () => true);
    expect(sorted.fieldErrors.get('/inputs/0/quantity')).toBe('Dữ liệu nhập chưa đúng');
    expect(sorted.formErrors).toBeUndefined();
    expect(sortProblem(new TypeError('Failed to fetch'), () => true)).toMatchObject({
      notice: null,
      code: null,
    });
  });
});
