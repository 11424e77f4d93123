import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { takeContractViolations } from './contract-answers';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// A fake API that answered against the contract fails the test that used it.
afterEach(() => {
  const violations = takeContractViolations();
  if (violations.length > 0) throw new Error(`fake API broke the contract:\n${violations.join('\n')}`);
});
