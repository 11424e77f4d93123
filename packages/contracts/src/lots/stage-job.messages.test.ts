import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { stageJobScreenMessages } from './stage-job.messages';

describe('stageJobScreenMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(stageJobScreenMessages)).toEqual([]);
  });
});
