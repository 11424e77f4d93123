import { formProblemMessage, type Lang } from '@nguon/contracts';
import type { FormProblem } from '@nguon/forms';
import { AppError } from '../errors/app-error';

/** FORM_INVALID for a form's problems: the first in both languages, each one at its path under `base`. */
export function formInvalidError(problems: readonly FormProblem[], lang: Lang, base = ''): AppError {
  const [first] = problems;
  const detail = first
    ? { vi: formProblemMessage(first, 'vi'), en: formProblemMessage(first, 'en') }
    : { vi: 'không đọc được', en: 'unreadable' };
  const fieldErrors = problems.map((problem) => ({
    path: `${base}/${problem.path}`,
    keyword: problem.code,
    message: formProblemMessage(problem, lang),
  }));
  return new AppError('FORM_INVALID', { detail }, fieldErrors[0]?.path, fieldErrors);
}
