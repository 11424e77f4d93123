import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorOffset, jsonSyntaxErrorPosition, textPositionOf } from './json-syntax-error';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxErrorPosition', () => {
  it.each([
    ['an object cut short at the end', '{\n  "format": "nguon.template",\n', { line: 3, column: 1 }],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3 }],
    ['a trailing comma', '[1, 2,\n]', { line: 2, column: 1 }],
    ['a single-quoted key', "{ 'key': 1 }", { line: 1, column: 3 }],
    ['plain words', 'mẫu', { line: 1, column: 1 }],
    ['a comment', '{\n  // ghi chú\n  "a": 1 }', { line: 2, column: 3 }],
    ['a bad escape after Vietnamese text', '{ "tên": "Chè \\x" }', { line: 1, column: 15 }],
    ['a line break inside a string', '{ "a": "dòng\nhai" }', { line: 1, column: 13 }],
    ['a misspelt literal', '{ "a": tru }', { line: 1, column: 11 }],
    ['a leading zero', '[01]', { line: 1, column: 3 }],
    ['text after the value', '{}\n{}', { line: 2, column: 1 }],
    ['nothing at all', '', { line: 1, column: 1 }],
    ['a missing colon', '{ "a" 1 }', { line: 1, column: 7 }],
    ['a Windows line end before the fault', '{\r\n  "a": x }', { line: 2, column: 8 }],
  ])('points at %s', (_case, text, position) => {
    expect(parses(text)).toBe(false);
    expect(jsonSyntaxErrorPosition(text)).toEqual(position);
  });

  it.each([
    '{}',
    ' [ ] ',
    '{"a":[1,-2.5e+3,true,false,null,{"b":"c\\"\\u00e9\\n"}]}',
    '"chuỗi 🌾"',
    '0',
    '\t\r\n{ "k" : { } }\n',
  ])('finds no fault where JSON.parse finds none: %s', (text) => {
    expect(parses(text)).toBe(true);
    expect(jsonSyntaxErrorOffset(text)).toBeNull();
  });

  it('agrees with JSON.parse on every cut of a real file, and survives deep nesting', () => {
    const text = JSON.stringify({ a: [1, { b: 'c\n"d"', e: null }], f: -0.5e-3, g: [true, false] }, null, 2);
    for (let end = 0; end <= text.length; end++) {
      const cut = text.slice(0, end);
      expect(jsonSyntaxErrorOffset(cut) === null, cut).toBe(parses(cut));
    }
    const deep = '['.repeat(200_000);
    expect(jsonSyntaxErrorOffset(deep)).toBe(200_000);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(textPositionOf('"🌾🌾"x', 6)).toEqual({ line: 1, column: 5 });
  });
});
