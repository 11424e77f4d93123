import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { templateCheckMessages } from './template-check.messages';

describe('templateCheckMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(templateCheckMessages)).toEqual([]);
  });
});
