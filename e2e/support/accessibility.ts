import axe, { type AxeResults, type Result, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Rules that fail a screen whatever axe rates their impact: the issue named them (a top-level heading, a main
 * landmark, table headers with text, a button's name containing what it shows), so they must not come back.
 */
const alwaysRequired = new Set([
  'page-has-heading-one',
  'landmark-one-main',
  'empty-table-header',
  'label-content-name-mismatch',
]);

// label-content-name-mismatch is experimental in axe, so off unless asked for; Lighthouse runs it.
const runOptions: RunOptions = { rules: { 'label-content-name-mismatch': { enabled: true } } };

function isFailing(violation: Result): boolean {
  return (
    violation.impact === 'serious' || violation.impact === 'critical' || alwaysRequired.has(violation.id)
  );
}

/** One violation as a few readable lines: rule, impact, what to fix, and each element with axe's summary. */
export function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
    return `    ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${summary}`;
  });
  return [
    `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...nodes,
  ].join('\n');
}

/**
 * Waits for the screen to settle: a screen still routing (`/` on its way to the home section) has no h1 yet, so its
 * heading is given a moment (a screen without one is still reported, after it); and finite CSS transitions (a modal
 * fading in) must be over, since a half-faded text fails contrast.
 */
async function settle(page: Page): Promise<void> {
  await page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** Runs axe-core in the page (injected through the debugging protocol, which the app's CSP does not block). */
async function auditPage(page: Page): Promise<AxeResults> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (options) => {
    const injected = (window as unknown as { axe: typeof axe }).axe;
    return injected.run(document, options);
  }, runOptions);
}

/**
 * Fails when axe-core finds a serious or critical violation (or one of the rules above) on the screen as it is now,
 * naming the screen and every offending element; lesser findings are printed, not failed.
 */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const { violations } = await auditPage(page);
  const failing = violations.filter(isFailing);
  const minor = violations.filter((violation) => !isFailing(violation));
  if (minor.length > 0) {
    console.warn(`axe-core, lesser findings on "${screenName}":\n${minor.map(describeViolation).join('\n')}`);
  }
  if (failing.length > 0) {
    throw new Error(
      `axe-core found ${failing.length} violation(s) on "${screenName}" (${page.url()}):\n${failing.map(describeViolation).join('\n')}`,
    );
  }
}
