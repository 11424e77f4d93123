import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { catalogMessages } from './catalog.messages';

describe('catalogMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(catalogMessages)).toEqual([]);
  });
});
