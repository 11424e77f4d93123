import type { WordSource } from '@nguon/contracts';
import { AppError } from './app-error';

// A high surrogate not followed by a low one, or a low one not after a high one: JSON may escape them, text may not hold them.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored as sent: PostgreSQL refuses U+0000; a lone surrogate would be stored as U+FFFD, changed. */
function unstorableFault(text: string): WordSource | null {
  if (text.includes('\u0000')) return { kind: 'message', key: 'text.nul' };
  const lone = loneSurrogate.exec(text)?.[0];
  if (lone === undefined) return null;
  const code = (lone.codePointAt(0) ?? 0).toString(16);
  return { kind: 'message', key: 'text.loneSurrogate', values: { code } };
}

/** Deeper than any form or process definition nests; recursive code past the edge (hashing, ajv) stays in its stack. */
export const maxJsonDepth = 100;
const tooDeep: WordSource = { kind: 'message', key: 'json.tooDeep', values: { max: maxJsonDepth } };

const pointerStep = (key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** The first string, key or value, that cannot be stored as sent, or the first value nested too deep, with its
 * JSON pointer; null when all can. */
export function unstorableText(value: unknown, prefix = ''): { path: string; detail: WordSource } | null {
  // iterative: a hostile body nests thousands deep
  const stack: [unknown, string, number][] = [[value, prefix, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, path, depth] = next;
    const fault = typeof item === 'string' ? unstorableFault(item) : null;
    if (fault) return { path: path || '/', detail: fault };
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= maxJsonDepth) return { path: path || '/', detail: tooDeep };
    for (const [key, child] of Object.entries(item)) {
      const childPath = `${path}${pointerStep(key)}`;
      const keyFault = unstorableFault(key);
      if (keyFault) return { path: childPath, detail: keyFault };
      stack.push([child, childPath, depth + 1]);
    }
  }
  return null;
}

/** Refuses text PostgreSQL would refuse or change (a NUL, a lone surrogate), or data nested too deep, with a
 * coded 400 naming its path. */
export function assertStorableText(value: unknown, prefix = ''): void {
  const found = unstorableText(value, prefix);
  if (found === null) return;
  throw new AppError('VALIDATION_FAILED', { path: found.path, detail: found.detail }, found.path);
}
