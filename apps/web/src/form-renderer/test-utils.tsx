import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { theme } from '../theme/theme';
import { inProcessValidatorFactory } from './in-process-validator';
import { FormValidatorFactoryContext } from './use-form-validator';

// happy-dom has no FontFaceSet; Mantine's autosize textarea listens to it.
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

/** Renders inside Mantine (test env: no transitions, dropdowns not hidden by happy-dom's zero-size layout) with an in-process validator, so no test needs the server. */
export function renderWithForms(ui: ReactElement) {
  return render(
    <MantineProvider theme={theme} env="test">
      <FormValidatorFactoryContext value={inProcessValidatorFactory}>{ui}</FormValidatorFactoryContext>
    </MantineProvider>,
  );
}
