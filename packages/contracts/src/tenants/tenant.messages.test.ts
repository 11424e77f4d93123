import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { tenantMessages } from './tenant.messages';

describe('tenantMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(tenantMessages)).toEqual([]);
  });
});
