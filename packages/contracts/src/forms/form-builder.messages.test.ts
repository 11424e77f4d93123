import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { formBuilderMessages } from './form-builder.messages';

describe('formBuilderMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(formBuilderMessages)).toEqual([]);
  });
});
