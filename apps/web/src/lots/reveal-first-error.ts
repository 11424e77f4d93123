/** What marks a problem on an entry screen: an input Mantine or our widgets flag, or a message block. */
const problemSelector = '[aria-invalid="true"], [role="alert"]';
const focusable = 'input:not([type=hidden]), textarea, select, button, [tabindex]';

/**
 * Scrolls the first problem of the entry screen holding `from` (`data-entry-screen`, in reading order) to the middle and focuses it,
 * so a tap on a submit button far below always shows why nothing was sent.
 */
export function revealFirstError(from: Element | null): boolean {
  const screen = from?.closest('[data-entry-screen]') ?? from?.closest('main') ?? null;
  const problem = screen?.querySelector<HTMLElement>(problemSelector);
  if (!problem) return false;
  problem.scrollIntoView?.({ block: 'center' });
  const box = problem.closest('.nguon-form-field, .mantine-InputWrapper-root') ?? problem;
  const target = problem.matches(focusable) ? problem : box.querySelector<HTMLElement>(focusable);
  target?.focus({ preventScroll: true });
  return true;
}
