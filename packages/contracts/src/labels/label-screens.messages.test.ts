import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { labelScreenMessages } from './label-screens.messages';

describe('labelScreenMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(labelScreenMessages)).toEqual([]);
  });
});
