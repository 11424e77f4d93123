/** The clock skew the server allows for an event time "now" on a phone whose clock runs a little fast. */
export const allowedSkewMs = 2 * 60_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a `datetime-local` input shows it: the phone's local time to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The moment a `datetime-local` value means in the phone's time zone; null when it is not one. */
export function parseLocalInput(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if ([y, mo, d, h, mi].some((part) => part === undefined || Number.isNaN(part))) return null;
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s || 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type EventTimeProblem = 'invalid' | 'future';

/** Why an event time cannot be sent: not a time, or later than now beyond the allowed skew. */
export function eventTimeProblem(text: string, now: Date): EventTimeProblem | null {
  const date = parseLocalInput(text);
  if (!date) return 'invalid';
  return date.getTime() > now.getTime() + allowedSkewMs ? 'future' : null;
}
