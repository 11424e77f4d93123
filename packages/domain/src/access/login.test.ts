import { describe, expect, it } from 'vitest';
import { normalizeLogin, normalizePhone } from './login';

describe('normalizeLogin', () => {
  it.each([
    ['  Chu.Tai.Khoan@HTX.vn ', { kind: 'email', email: 'chu.tai.khoan@htx.vn' }],
    ['0912345678', { kind: 'phone', phone: '0912345678' }],
    ['+84 912 345 678', { kind: 'phone', phone: '0912345678' }],
    ['84912345678', { kind: 'phone', phone: '0912345678' }],
    ['091.234.5678', { kind: 'phone', phone: '0912345678' }],
    ['not-an-email@', null],
    ['12345', null],
    ['hello', null],
  ])('%j -> %j', (raw, login) => {
    expect(normalizeLogin(raw)).toEqual(login);
  });

  it('rejects letters in a phone number', () => {
    expect(normalizePhone('09123a5678')).toBeNull();
  });
});
