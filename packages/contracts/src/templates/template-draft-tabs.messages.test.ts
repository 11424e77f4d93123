import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { templateDraftTabMessages } from './template-draft-tabs.messages';

describe('templateDraftTabMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(templateDraftTabMessages)).toEqual([]);
  });
});
