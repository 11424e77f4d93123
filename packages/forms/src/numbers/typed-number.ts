/** What a number box expects: any number, or a whole number (a field of type `integer`). */
export type TypedNumberKind = 'decimal' | 'whole';

/** Why typed text is not read as a number; each has a message in contracts (`number.*`). */
export type TypedNumberProblem = 'notNumber' | 'grouped' | 'notWhole';

export type TypedNumber =
  | { status: 'empty' }
  | { status: 'number'; value: number }
  | { status: 'refused'; problem: TypedNumberProblem };

const plainNumber = /^-?\d+(?:[.,]\d+)?$/;
// "1.000", "12,500", "1 000", "1.000.000", "1,000.5": digit groups of three after a 1-3 digit head
const groupedNumber = /^-?[1-9]\d{0,2}(?:[.,\s]\d{3})+(?:[.,]\d+)?$/;

/**
 * The one rule of every number box (docs/numbers.md): one comma or one dot is the decimal
 * separator ("12,5" = "12.5"); thousands are written without separators. Text that may be a thousands group
 * ("1.000", "1 000", "2,500": one in English, a thousand in Vietnamese) is refused, never guessed, and a
 * whole-number box refuses any separator instead of dropping it ("2,5" never becomes 25).
 */
export function readTypedNumber(text: string, kind: TypedNumberKind = 'decimal'): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const refuse = (problem: TypedNumberProblem): TypedNumber => ({ status: 'refused', problem });
  if (kind === 'whole') return /^-?\d+$/.test(trimmed) ? read(trimmed) : refuse('notWhole');
  if (groupedNumber.test(trimmed)) return refuse('grouped');
  return plainNumber.test(trimmed) ? read(trimmed) : refuse('notNumber');
}

function read(text: string): TypedNumber {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? { status: 'number', value } : { status: 'refused', problem: 'notNumber' };
}

/** The number typed, or null when the box is empty or the text is refused. */
export function typedNumberValue(text: string, kind: TypedNumberKind = 'decimal'): number | null {
  const read = readTypedNumber(text, kind);
  return read.status === 'number' ? read.value : null;
}

/** A number as the person would type it: a decimal comma in Vietnamese, a dot in English, no grouping. */
export function typedNumberText(value: number, lang: 'vi' | 'en'): string {
  const text = String(Number.parseFloat(value.toPrecision(12)));
  return lang === 'vi' ? text.replace('.', ',') : text;
}
