import { MantineProvider } from '@mantine/core';
import type { Lang } from '@nguon/contracts/client';
import type { RJSFSchema } from '@rjsf/utils';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../theme/theme';
import { serveValidatorModule } from './precompiled.test-support';
import { previewRendererContext } from './preview-context';
import { compiled, field } from './sample-forms.test-data';
import { StageFormView } from './stage-form-view';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call } }));

// "when Hạng is Lựa chọn 2, show and require Lý do loại", with a whole number beside it
const form = compiled({
  fields: [
    field('choice', 'hang', 'Hạng', 'Grade'),
    field('integer', 'so_bao', 'Số bao', 'Bags'),
    field('text', 'ly_do', 'Lý do loại', 'Reason'),
  ],
  rules: [{ id: 'rule_1', when: 'hang', equals: 'lua_chon_2', effect: 'showAndRequire', targets: ['ly_do'] }],
});

/** A host keeping the data and the language, as the clerk's stage page does. */
function Host({ lang, onData }: { lang: Lang; onData: (data: unknown) => void }) {
  const [data, setData] = useState<unknown>({});
  return (
    <StageFormView
      form={form}
      lang={lang}
      formData={data}
      context={previewRendererContext(lang)}
      onSubmit={() => {}}
      onChange={(next) => {
        setData(next);
        onData(next);
      }}
    />
  );
}

const ui = (lang: Lang, onData: (data: unknown) => void) => (
  <MantineProvider theme={theme} env="test">
    <Host lang={lang} onData={onData} />
  </MantineProvider>
);

beforeEach(() => {
  call.mockReset();
  call.mockImplementation(async (_id: string, { body }: { body: { schema: RJSFSchema } }) =>
    serveValidatorModule(body.schema),
  );
});

describe('switching language mid-entry on a form with a rule (precompiled validator)', () => {
  it('keeps the form, what was typed and the conditional field, in the new language', async () => {
    const onData = vi.fn();
    const view = render(ui('vi', onData));
    fireEvent.click(await screen.findByLabelText('Lựa chọn 2'));
    fireEvent.change(await screen.findByLabelText(/Lý do loại/), { target: { value: 'Sâu' } });
    fireEvent.change(screen.getByLabelText('Số bao'), { target: { value: '12' } });
    await waitFor(() =>
      expect(onData).toHaveBeenLastCalledWith({ hang: 'lua_chon_2', ly_do: 'Sâu', so_bao: 12 }),
    );

    view.rerender(ui('en', onData));
    expect(((await screen.findByLabelText(/Reason/)) as HTMLInputElement).value).toBe('Sâu');
    expect((screen.getByLabelText('Bags') as HTMLInputElement).value).toBe('12');
    // a choice without English follows its Vietnamese label
    expect((screen.getByLabelText('Lựa chọn 2') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Grade')).toBeTruthy();

    view.rerender(ui('vi', onData));
    expect(((await screen.findByLabelText(/Lý do loại/)) as HTMLInputElement).value).toBe('Sâu');
    // one schema, one validator: the language lives in the uiSchema only
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('words the errors already shown in the new language', async () => {
    const view = render(ui('vi', vi.fn()));
    fireEvent.change(await screen.findByLabelText('Số bao'), { target: { value: '2,5' } });
    fireEvent.click(screen.getByTestId('form-submit'));
    expect(
      await screen.findByText('Cần một số nguyên, không có dấu phẩy hay dấu chấm (ví dụ 25).'),
    ).toBeTruthy();
    view.rerender(ui('en', vi.fn()));
    expect(
      await screen.findByText('Needs a whole number, without a comma or dot (for example 25).'),
    ).toBeTruthy();
    expect(screen.getByTestId('form-errors-summary').textContent).toBe(
      '1 entry needs fixing; see the lines marked in red.',
    );
    expect((screen.getByLabelText('Bags') as HTMLInputElement).value).toBe('2,5');
  });
});
