/** A place in a text for people: 1-based line and column, the column counted in characters. */
export interface TextPosition {
  line: number;
  column: number;
}

type Container = '[' | '{';
const isWhitespace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r';
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapePattern = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Reads the JSON scalar at `at` (string, number or literal): where it ends, or `fault` where it breaks. */
function scanScalar(text: string, at: number): { end: number } | { fault: number } {
  const char = text[at];
  if (char === '"') return scanString(text, at);
  for (const literal of ['true', 'false', 'null']) {
    if (char !== literal[0]) continue;
    for (let i = 1; i < literal.length; i++) if (text[at + i] !== literal[i]) return { fault: at + i };
    return { end: at + literal.length };
  }
  numberPattern.lastIndex = at;
  const number = numberPattern.exec(text);
  if (!number) return { fault: at };
  const end = at + number[0].length;
  // a cut-short number (`1.`, `-`, `1e`) breaks where its digits should have gone on
  return /[0-9.eE+-]/.test(text[end] ?? '') ? { fault: end } : { end };
}

function scanString(text: string, at: number): { end: number } | { fault: number } {
  let i = at + 1;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === '"') return { end: i + 1 };
    if (char < ' ') return { fault: i };
    if (char === '\\') {
      escapePattern.lastIndex = i;
      if (!escapePattern.test(text)) return { fault: i };
      i = escapePattern.lastIndex;
    } else i++;
  }
  return { fault: text.length };
}

const skipWhitespace = (text: string, at: number) => {
  let i = at;
  while (isWhitespace(text[i])) i++;
  return i;
};

type Step = { at: number; wantValue: boolean } | { fault: number } | { done: true };

/** At a value's start: opens a container (and its first key), or reads a scalar. */
function valueStep(text: string, at: number, open: Container[]): Step {
  const char = text[at];
  if (char !== '[' && char !== '{') {
    const scalar = scanScalar(text, at);
    return 'fault' in scalar ? scalar : { at: scalar.end, wantValue: false };
  }
  open.push(char);
  const inside = skipWhitespace(text, at + 1);
  if (text[inside] === (char === '[' ? ']' : '}')) {
    open.pop();
    return { at: inside + 1, wantValue: false };
  }
  if (char === '[') return { at: inside, wantValue: true };
  const key = memberKey(text, inside);
  return 'fault' in key ? key : { at: key.end, wantValue: true };
}

/** After a value: the end of the text, a closing bracket, or a comma and the next element or member. */
function afterValueStep(text: string, at: number, open: Container[]): Step {
  const i = skipWhitespace(text, at);
  const top = open[open.length - 1];
  if (top === undefined) return i === text.length ? { done: true } : { fault: i };
  if (text[i] === (top === '[' ? ']' : '}')) {
    open.pop();
    return { at: i + 1, wantValue: false };
  }
  if (text[i] !== ',') return { fault: i };
  const next = skipWhitespace(text, i + 1);
  if (top === '[') return { at: next, wantValue: true };
  const key = memberKey(text, next);
  return 'fault' in key ? key : { at: key.end, wantValue: true };
}

/**
 * Where `text` first stops being JSON (RFC 8259, as `JSON.parse` reads it), as an offset; null when it is JSON.
 * Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxErrorOffset(text: string): number | null {
  const open: Container[] = [];
  let step: Step = { at: skipWhitespace(text, 0), wantValue: true };
  while ('at' in step) {
    step = step.wantValue ? valueStep(text, step.at, open) : afterValueStep(text, step.at, open);
  }
  return 'fault' in step ? step.fault : null;
}

/** An object member's `"key" :` at `at`: where its value starts, or where it breaks. */
function memberKey(text: string, at: number): { end: number } | { fault: number } {
  if (text[at] !== '"') return { fault: at };
  const key = scanString(text, at);
  if ('fault' in key) return key;
  const colon = skipWhitespace(text, key.end);
  if (text[colon] !== ':') return { fault: colon };
  return { end: skipWhitespace(text, colon + 1) };
}

/** The line and column of `offset` in `text` (a line ends at \n; columns count characters, not UTF-16 units). */
export function textPositionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/** Where `text` first stops being JSON, as a line and column for a person; null when it is JSON. */
export function jsonSyntaxErrorPosition(text: string): TextPosition | null {
  const offset = jsonSyntaxErrorOffset(text);
  return offset === null ? null : textPositionOf(text, offset);
}
