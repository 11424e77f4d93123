import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { templateExpertMessages } from './template-expert.messages';

describe('templateExpertMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(templateExpertMessages)).toEqual([]);
  });
  it('is found wanting when a translation drops an argument', () => {
    const broken = {
      vi: templateExpertMessages.vi,
      en: { ...templateExpertMessages.en, 'templateUpdate.origin': 'From a template' },
    };
    expect(catalogueProblems(broken)).not.toEqual([]);
  });
});
