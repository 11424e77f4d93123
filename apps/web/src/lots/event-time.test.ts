import { describe, expect, it } from 'vitest';
import { eventTimeProblem, parseLocalInput, toLocalInput } from './event-time';

describe('event time', () => {
  const now = new Date(2025, 2, 1, 10, 0);

  it('round-trips a local time through the datetime-local text', () => {
    expect(toLocalInput(now)).toBe('2025-03-01T10:00');
    expect(parseLocalInput('2025-03-01T10:00')?.getTime()).toBe(now.getTime());
  });

  it.each([
    ['2025-03-01T06:30', null],
    ['2025-03-01T10:01', null],
    ['2025-03-01T10:05', 'future'],
    ['', 'invalid'],
    ['hôm qua', 'invalid'],
  ])('%j is %s', (text, problem) => {
    expect(eventTimeProblem(text, now)).toBe(problem);
  });
});
