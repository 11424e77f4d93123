import { ApiError } from '@nguon/contracts/client';
import type { ErrorSchema } from '@rjsf/utils';

/** Where the messages of one refused submission go: the form's fields, the screen's own inputs, a notice. */
export interface SortedProblem {
  /** Messages under `/data/...`, shaped for rjsf's `extraErrors`; undefined when there are none. */
  formErrors: ErrorSchema<unknown> | undefined;
  /** Messages of the screen's own inputs, by JSON pointer (`/eventTime`, `/inputs/0/quantity`). */
  fieldErrors: Map<string, string>;
  /** The server's summary; null for a failure that is not the server's answer (the caller names it). */
  notice: string | null;
  code: string | null;
}

const decodeSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `/data/bao/0/can_nang` -> ['bao', '0', 'can_nang']; null outside `/data/`. */
export function formPathOf(pointer: string): string[] | null {
  if (!pointer.startsWith('/data/')) return null;
  return pointer.slice('/data/'.length).split('/').map(decodeSegment);
}

type ErrorNode = { [key: string]: ErrorNode | string[] | undefined; __errors?: string[] };

function addFormError(root: ErrorNode, path: string[], message: string): void {
  let node = root;
  for (const segment of path) {
    const next = node[segment];
    const child: ErrorNode = typeof next === 'object' && !Array.isArray(next) ? next : {};
    node[segment] = child;
    node = child;
  }
  node.__errors = [...(node.__errors ?? []), message];
}

function fieldMessages(problem: ApiError['problem']): [string, string][] {
  if (problem.errors && problem.errors.length > 0) return problem.errors.map((e) => [e.path, e.message]);
  return problem.path ? [[problem.path, problem.detail]] : [];
}

/** Sorts the server's field messages by where the screen shows them; `isOwnField` names the screen's inputs. */
export function sortProblem(error: unknown, isOwnField: (pointer: string) => boolean): SortedProblem {
  if (!(error instanceof ApiError)) {
    return { formErrors: undefined, fieldErrors: new Map(), notice: null, code: null };
  }
  const root: ErrorNode = {};
  let formErrorCount = 0;
  const fieldErrors = new Map<string, string>();
  for (const [pointer, message] of fieldMessages(error.problem)) {
    const formPath = formPathOf(pointer);
    if (formPath) {
      addFormError(root, formPath, message);
      formErrorCount += 1;
    } else if (isOwnField(pointer) && !fieldErrors.has(pointer)) {
      fieldErrors.set(pointer, message);
    }
  }
  return {
    // rjsf's ErrorSchema is this recursive shape: `{ field: { __errors: [...] } }`
    formErrors: formErrorCount > 0 ? root : undefined,
    fieldErrors,
    notice: error.problem.detail,
    code: error.code,
  };
}
