import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { tracePageMessages } from './trace-page.messages';

describe('tracePageMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(tracePageMessages)).toEqual([]);
  });
});
