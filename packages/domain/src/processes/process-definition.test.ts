import { describe, expect, it } from 'vitest';
import { lacksEnglish } from './process-definition';

describe('lacksEnglish', () => {
  it.each([
    [{ vi: 'Thu hoạch', en: '' }, true],
    [{ vi: 'Thu hoạch', en: '  ' }, true],
    [{ vi: 'Thu hoạch', en: 'Harvest' }, false],
    [{ vi: '', en: '' }, false],
  ])('%j: %s', (text, lacks) => {
    expect(lacksEnglish(text)).toBe(lacks);
  });
});
