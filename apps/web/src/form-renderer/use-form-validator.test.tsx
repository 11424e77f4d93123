import { MantineProvider } from '@mantine/core';
import { hashForSchema, type RJSFSchema } from '@rjsf/utils';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../theme/theme';
import { previewRendererContext } from './preview-context';
import { compiled, field } from './sample-forms.test-data';
import { StageFormView } from './stage-form-view';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call } }));

/** A module like the server's: the default export maps schema hashes to validate functions. */
function moduleUrl(schema: RJSFSchema): string {
  const source = `export default { ${JSON.stringify(hashForSchema(schema))}: function validate() { return true; } };`;
  return `data:text/javascript,${encodeURIComponent(source)}`;
}

function renderForm(label: string) {
  const form = compiled({ fields: [field('text', 'ten', label, label)], rules: [] });
  render(
    <MantineProvider theme={theme}>
      <StageFormView form={form} lang="vi" formData={{}} context={previewRendererContext('vi')} />
    </MantineProvider>,
  );
}

// a function returned from beforeEach would run as a cleanup hook
beforeEach(() => {
  call.mockReset();
});

describe('the precompiled validator', () => {
  it('is asked for the exact schema rendered, imported, and the form appears', async () => {
    call.mockImplementation(async (_id: string, { body }: { body: { schema: RJSFSchema } }) => ({
      id: 'a'.repeat(64),
      url: moduleUrl(body.schema),
    }));
    renderForm('Tên giống lúa');
    expect(screen.getByTestId('form-preparing')).toBeTruthy();
    expect(await screen.findByLabelText('Tên giống lúa')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('createFormValidator', {
      body: { schema: expect.objectContaining({ type: 'object', unevaluatedProperties: false }) },
    });
  });

  it('offers a retry when the server cannot be reached', async () => {
    call.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    call.mockImplementation(async (_id: string, { body }: { body: { schema: RJSFSchema } }) => ({
      id: 'b'.repeat(64),
      url: moduleUrl(body.schema),
    }));
    renderForm('Số cây');
    expect(await screen.findByText('Không chuẩn bị được biểu mẫu')).toBeTruthy();
    fireEvent.click(screen.getByTestId('form-validator-retry'));
    await waitFor(() => expect(screen.getByLabelText('Số cây')).toBeTruthy());
    expect(call).toHaveBeenCalledTimes(2);
  });
});
