import { describe, expect, it } from 'vitest';
import { logoAccept, logoFileError } from './logo-file';

const KiB = 1024;
// sizes keep their unit on the same line
const nbsp = '\u00a0';

describe('logoFileError', () => {
  const cases: [string, { type: string; size: number }, string | null][] = [
    ['accepts a PNG', { type: 'image/png', size: 40 * KiB }, null],
    ['accepts a JPEG', { type: 'image/jpeg', size: 200 * KiB }, null],
    ['accepts a WebP', { type: 'image/webp', size: 10 * KiB }, null],
    ['accepts exactly 512 KiB', { type: 'image/png', size: 512 * KiB }, null],
    [
      'refuses a GIF',
      { type: 'image/gif', size: 10 * KiB },
      'Wrong kind of file: only PNG, JPEG or WebP images are accepted.',
    ],
    [
      'refuses a file the browser cannot name',
      { type: '', size: 10 * KiB },
      'Wrong kind of file: only PNG, JPEG or WebP images are accepted.',
    ],
    [
      'refuses 600 KiB, naming both sizes',
      { type: 'image/png', size: 600 * KiB },
      `The image is too large (600${nbsp}KB); at most 512${nbsp}KB. Make it smaller and try again.`,
    ],
    [
      'refuses a phone photo of several MB',
      { type: 'image/jpeg', size: 3.2 * KiB * KiB },
      `The image is too large (3.2${nbsp}MB); at most 512${nbsp}KB. Make it smaller and try again.`,
    ],
    ['refuses an empty file', { type: 'image/png', size: 0 }, 'The file is empty; choose another image.'],
  ];

  it.each(cases)('%s', (_name, file, expected) => {
    expect(logoFileError(file, 'en')).toBe(expected);
  });

  it('speaks Vietnamese first', () => {
    expect(logoFileError({ type: 'image/png', size: 600 * KiB }, 'vi')).toBe(
      `Ảnh quá lớn (600${nbsp}KB); tối đa 512${nbsp}KB. Hãy thu nhỏ ảnh rồi thử lại.`,
    );
    expect(logoFileError({ type: 'image/gif', size: KiB }, 'vi')).toBe(
      'Tệp không đúng loại: chỉ nhận ảnh PNG, JPEG hoặc WebP.',
    );
  });

  it('lets the picker offer the same types the API takes', () => {
    expect(logoAccept).toBe('image/png,image/jpeg,image/webp');
  });
});
