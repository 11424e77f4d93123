export type PatternFault = 'syntax' | 'nested_quantifier';

/** Null when `pattern` is a valid `u`-flag RegExp without a risky quantified group. */
export function checkPattern(pattern: string): PatternFault | null {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'syntax';
  }
  return hasNestedQuantifier(pattern) ? 'nested_quantifier' : null;
}

interface Repeat {
  /** Matches a varying number of times. */
  variable: boolean;
  /** Has no upper bound, or a large one. */
  unbounded: boolean;
  max: number;
}

/** Above this many repetitions a bounded quantifier counts as unbounded. */
const largeRepeat = 10;

function repeat(min: number, max: number): Repeat {
  return { variable: max > min, unbounded: max > largeRepeat, max };
}

/** The quantifier starting at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`), or null. */
function quantifierAt(pattern: string, i: number): Repeat | null {
  const char = pattern[i];
  if (char === '*') return repeat(0, Number.POSITIVE_INFINITY);
  if (char === '+') return repeat(1, Number.POSITIVE_INFINITY);
  if (char === '?') return repeat(0, 1);
  if (char !== '{') return null;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Number.POSITIVE_INFINITY : Number(match[3]);
  return repeat(min, max);
}

const merge = (a: Repeat | null, b: Repeat | null): Repeat | null =>
  a && b
    ? {
        variable: a.variable || b.variable,
        unbounded: a.unbounded || b.unbounded,
        max: Math.max(a.max, b.max),
      }
    : (a ?? b);

/** A repeated group whose content can match in several ways: the shape of catastrophic backtracking. */
const risky = (inner: Repeat | null, outer: Repeat | null) =>
  inner !== null && outer !== null && inner.variable && outer.max > 1 && (inner.unbounded || outer.unbounded);

/**
 * Spots `(a+)+`, `(\w+\s?)*`, `(a{1,2})+`, `(a+){3}` and keeps `(\d{1,3}\.){3}`. A heuristic: it does
 * not try to prove ambiguity of alternations like `(a|aa)+`.
 */
function hasNestedQuantifier(pattern: string): boolean {
  // One entry per open group: the repetition found inside it so far.
  const groups: (Repeat | null)[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      i += 1;
    } else if (inClass) {
      inClass = char !== ']';
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(') {
      groups.push(null);
    } else if (char === ')') {
      const inner = groups.pop() ?? null;
      const outer = quantifierAt(pattern, i + 1);
      if (risky(inner, outer)) return true;
      if (groups.length > 0)
        groups[groups.length - 1] = merge(groups[groups.length - 1] ?? null, merge(inner, outer));
    } else if (groups.length > 0 && pattern[i - 1] !== '(') {
      groups[groups.length - 1] = merge(groups[groups.length - 1] ?? null, quantifierAt(pattern, i));
    }
  }
  return false;
}
