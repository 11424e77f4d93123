import type { WordSource } from '@nguon/contracts';
import type { FormProblem } from '@nguon/forms';
import { AppError, type FieldError } from '../errors/app-error';

/** FORM_INVALID for a form's problems: the first in both languages, each one at its path under `base`. */
export function formInvalidError(problems: readonly FormProblem[], base = ''): AppError {
  const fieldErrors: FieldError[] = problems.map((problem) => ({
    path: `${base}/${problem.path}`,
    keyword: problem.code,
    kind: 'form',
    problem,
  }));
  const [first] = fieldErrors;
  const detail: WordSource = first ?? { kind: 'message', key: 'form.unreadable' };
  return new AppError('FORM_INVALID', { detail }, first?.path, fieldErrors);
}
