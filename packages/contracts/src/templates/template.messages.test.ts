import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { templateMessages } from './template.messages';

describe('templateMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(templateMessages)).toEqual([]);
  });
});
