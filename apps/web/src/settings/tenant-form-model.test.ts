import { describe, expect, it } from 'vitest';
import { type Translate, translate } from '../i18n/use-t';
import {
  createTenantBody,
  emptyTenantValues,
  type TenantFormValues,
  validateTenantValues,
} from './tenant-form-model';

const t: Translate = (key, params) => translate('en', key, params);
const valid: TenantFormValues = {
  ...emptyTenantValues,
  name: 'HTX Chè Tân Cương',
  address: 'Xóm Soi, Tân Cương',
  province: 'thai-nguyen',
};

describe('validateTenantValues', () => {
  const cases: [string, Partial<TenantFormValues>, Record<string, string | undefined>][] = [
    ['accepts a minimal tenant', {}, {}],
    ['accepts a GLN with the right check digit', { gln: '8936045123454' }, {}],
    [
      'names the expected check digit',
      { gln: '8936045123450' },
      { gln: 'Wrong check digit: the last digit should be 4.' },
    ],
    ['rejects a GLN of the wrong length', { gln: '893604512345' }, { gln: 'A GLN has exactly 13 digits.' }],
    ['requires a province', { province: '' }, { province: 'This field is required.' }],
    ['rejects an unknown province', { province: 'atlantis' }, { province: 'This field is required.' }],
    ['requires a name of 2 characters', { name: ' A ' }, { name: 'At least 2 characters.' }],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    const found = validateTenantValues({ ...valid, ...change }, t);
    const errors = Object.fromEntries(Object.entries(found).filter(([, message]) => message !== undefined));
    expect(errors).toEqual(expected);
  });
});

describe('createTenantBody', () => {
  it('trims values and leaves out empty optional fields', () => {
    expect(createTenantBody({ ...valid, name: ' HTX ', phone: ' 0912 345 678 ' })).toEqual({
      name: 'HTX',
      kind: 'coop',
      address: 'Xóm Soi, Tân Cương',
      province: 'thai-nguyen',
      phone: '0912 345 678',
    });
  });
});
