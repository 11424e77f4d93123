import { describe, expect, it } from 'vitest';
import { lotCodePreview } from './lot-code-pattern-field';

describe('lotCodePreview', () => {
  const today = new Date(2025, 6, 4);

  it.each([
    ['', null],
    ['R{yy}-{seq}', { example: 'R25-0001' }],
    ['{yyyy}{mm}{dd}-{seq}', { example: '20250704-0001' }],
    ['R{yy}', { fault: 'no_seq' }],
    ['R{week}-{seq}', { fault: 'unknown_token' }],
    ['Lô {seq}', { fault: 'bad_character' }],
    ['NGUON-HTX-TANCUONG-{seq}', { fault: 'too_long' }],
  ])('%j gives %j', (pattern, preview) => {
    expect(lotCodePreview(pattern, today)).toEqual(preview);
  });
});
