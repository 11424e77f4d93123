import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { templateEditorMessages } from './template-editor.messages';

describe('templateEditorMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(templateEditorMessages)).toEqual([]);
  });
});
