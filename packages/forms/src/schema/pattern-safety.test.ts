import { describe, expect, it } from 'vitest';
import { checkPattern } from './pattern-safety';

describe('checkPattern', () => {
  it.each([
    '^[A-Z]{2}-\\d{3}$',
    '^\\p{L}+( \\p{L}+)?$',
    '^(ab|cd)?x$',
    '^(a|b){2}$',
    '^([0-9]{4})-([0-9]{2})$',
    '^[(+)]+$',
    '^\\(a+\\)+$',
    '^(?:\\d{1,3}\\.){3}\\d{1,3}$',
    '^(\\d{3})+$',
    '^(ab)+$',
    '^(a+b)?$',
  ])('accepts %s', (pattern) => {
    expect(checkPattern(pattern)).toBeNull();
  });

  it.each([
    ['(a+)+', 'nested_quantifier'],
    ['^(a*)*$', 'nested_quantifier'],
    ['^(\\w+\\s?)*$', 'nested_quantifier'],
    ['^(?:a{2,})+$', 'nested_quantifier'],
    ['^((ab)+c)*$', 'nested_quantifier'],
    ['(x+){2,5}', 'nested_quantifier'],
    ['^(a{1,2})+$', 'nested_quantifier'],
    ['^(a?)+$', 'nested_quantifier'],
    ['[', 'syntax'],
    ['(', 'syntax'],
    ['\\p{Foo}', 'syntax'],
    ['a{2,1}', 'syntax'],
  ])('refuses %s (%s)', (pattern, fault) => {
    expect(checkPattern(pattern)).toBe(fault);
  });
});
