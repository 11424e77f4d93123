import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { previewRendererContext } from './preview-context';
import { compiled, field } from './sample-forms.test-data';
import { StageFormView } from './stage-form-view';
import { renderWithForms } from './test-utils';

const required = { required: true };
const fields = [
  field('catalog', 'nong_ho', 'Nông hộ', 'Farmer', { ...required, catalogId: 'farmers' }),
  field('photos', 'anh', 'Ảnh', 'Photos', { ...required, min: 1 }),
  field('gps', 'vi_tri', 'Vị trí', 'Location', required),
  field('signature', 'chu_ky', 'Chữ ký', 'Signature', required),
  field('file', 'tep', 'Tệp', 'File', required),
  field('choice', 'hang', 'Hạng', 'Grade', {
    ...required,
    choices: [1, 2, 3, 4, 5, 6, 7].map((n) => ({
      value: `c${n}`,
      label: { vi: `Hạng ${n}`, en: `Grade ${n}` },
    })),
  }),
  field('multiChoice', 'sau', 'Sâu', 'Pests', { ...required, min: 1 }),
  field('group', 'bao', 'Các bao', 'Bags', {
    ...required,
    min: 1,
    fields: [field('number', 'kg', 'Cân', 'Weight')],
  }),
];

function Host({ onSubmit }: { onSubmit: () => void }) {
  const [data, setData] = useState<unknown>({});
  return (
    <StageFormView
      form={compiled({ fields, rules: [] })}
      lang="vi"
      formData={data}
      onChange={setData}
      onSubmit={onSubmit}
      context={previewRendererContext('vi')}
    />
  );
}

/** The fields that show a message under them. */
const fieldsInRed = () =>
  fields.filter((f) => document.getElementById(`root_${f.key}__errors`) !== null).map((f) => f.key);

describe('every error the summary counts is shown on its field', () => {
  it('marks each empty required field of every widget type, and the summary counts exactly those', async () => {
    const onSubmit = vi.fn();
    renderWithForms(<Host onSubmit={onSubmit} />);
    fireEvent.click(await screen.findByTestId('form-submit'));
    await screen.findByTestId('form-errors-summary');
    expect(fieldsInRed()).toEqual(fields.map((f) => f.key));
    expect(screen.getByTestId('form-errors-summary').textContent).toContain(`Còn ${fields.length} mục`);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('the errors summary', () => {
  it('takes the clerk to the first field in red when tapped', async () => {
    renderWithForms(<Host onSubmit={() => {}} />);
    fireEvent.click(await screen.findByTestId('form-submit'));
    const summary = await screen.findByTestId('form-errors-summary');
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.click(summary);
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-testid="form-field-root_nong_ho"]')).not.toBeNull(),
    );
  });
});
