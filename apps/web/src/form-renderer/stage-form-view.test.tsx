import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { previewRendererContext } from './preview-context';
import type { FormRendererContext } from './renderer-context';
import { compiled, everyTypeModel, field } from './sample-forms.test-data';
import { StageFormView, type StageFormViewProps } from './stage-form-view';
import { renderWithForms } from './test-utils';

type Props = Omit<StageFormViewProps, 'formData' | 'context'> & { context?: FormRendererContext };

/** A host keeping the data, as data entry will. */
function Host({ context, ...props }: Props & { onData?: (data: unknown) => void }) {
  const [data, setData] = useState<unknown>({});
  return (
    <StageFormView
      {...props}
      context={context ?? previewRendererContext(props.lang)}
      formData={data}
      onChange={(next) => {
        setData(next);
        props.onData?.(next);
      }}
    />
  );
}

const lastData = (spy: ReturnType<typeof vi.fn>) => spy.mock.calls.at(-1)?.[0];

describe('StageFormView', () => {
  it('renders a widget for every field type, in Vietnamese', async () => {
    renderWithForms(<Host form={compiled(everyTypeModel())} lang="vi" onSubmit={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Thông tin thu hoạch' })).toBeTruthy();
    expect(screen.getByLabelText(/Tên lô/).getAttribute('type')).toBe('text');
    expect(screen.getByLabelText('Ghi chú').tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('Ngày thu').getAttribute('type')).toBe('date');
    expect(screen.getByLabelText('Thời điểm').getAttribute('type')).toBe('datetime-local');
    expect(screen.getByTestId('form-field-root_khoi_luong').textContent).toContain('kg');
    expect(screen.getByTestId('form-option-root_hang-lua_chon_2').getAttribute('type')).toBe('radio');
    expect(screen.getByLabelText('Có').getAttribute('type')).toBe('radio');
    expect(screen.getByLabelText('Không').getAttribute('type')).toBe('radio');
    expect(screen.getByTestId('form-option-root_sau_benh-lua_chon_2').getAttribute('type')).toBe('checkbox');
    expect(screen.getByPlaceholderText('Gõ để tìm')).toBeTruthy();
    expect(screen.getByTestId('form-photo-take-root_anh')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lấy vị trí' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Khung ký tên' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chọn tệp' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thêm dòng' })).toBeTruthy();
    const camera = document.querySelector('input[capture="environment"]');
    expect(camera?.getAttribute('accept')).toBe('image/*');
  });

  it('speaks English when asked', async () => {
    renderWithForms(<Host form={compiled(everyTypeModel())} lang="en" onSubmit={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Harvest details' })).toBeTruthy();
    expect(screen.getByLabelText(/Lot name/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Get location' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it.each([
    ['vi', 'Cần điền mục này.', 'Còn 1 mục cần sửa; xem các dòng báo đỏ.'],
    ['en', 'Please fill this in.', '1 entry needs fixing; see the lines marked in red.'],
  ] as const)('refuses a missing required value with a message in %s', async (lang, message, summary) => {
    const onSubmit = vi.fn();
    const form = compiled({
      fields: [field('text', 'ten_lo', 'Tên lô', 'Lot name', { required: true })],
      rules: [],
    });
    renderWithForms(<Host form={form} lang={lang} onSubmit={onSubmit} />);
    fireEvent.click(await screen.findByTestId('form-submit'));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByTestId('form-errors-summary').textContent).toBe(summary);
    expect(document.body.textContent).not.toMatch(/must have required property/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a too long text in Vietnamese, then submits valid data', async () => {
    const onSubmit = vi.fn();
    const form = compiled({
      fields: [field('text', 'ten_lo', 'Tên lô', 'Lot name', { required: true, max: 5 })],
      rules: [],
    });
    renderWithForms(<Host form={form} lang="vi" onSubmit={onSubmit} />);
    const input = await screen.findByLabelText(/Tên lô/);
    fireEvent.change(input, { target: { value: 'Lô A dài' } });
    fireEvent.click(screen.getByTestId('form-submit'));
    expect(await screen.findByText('Không được quá 5 ký tự.')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'Lô A' } });
    await waitFor(() => expect(screen.queryByText('Không được quá 5 ký tự.')).toBeNull());
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ ten_lo: 'Lô A' }));
  });

  it('shows a conditional field only when its condition holds', async () => {
    const form = compiled({
      fields: [field('choice', 'hang', 'Hạng', 'Grade'), field('text', 'ly_do', 'Lý do loại', 'Reason')],
      rules: [
        { id: 'rule_1', when: 'hang', equals: 'lua_chon_2', effect: 'showAndRequire', targets: ['ly_do'] },
      ],
    });
    const onSubmit = vi.fn();
    renderWithForms(<Host form={form} lang="vi" onSubmit={onSubmit} />);
    await screen.findByText('Hạng');
    expect(screen.queryByLabelText(/Lý do loại/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Lựa chọn 2'));
    expect(await screen.findByLabelText(/Lý do loại/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('form-submit'));
    expect(await screen.findByText('Cần điền mục này.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('takes a quantity written with a decimal comma and shows its unit', async () => {
    const onData = vi.fn();
    const form = compiled({
      fields: [field('number', 'kl', 'Khối lượng', 'Weight', { unit: 't' })],
      rules: [],
    });
    renderWithForms(<Host form={form} lang="vi" onData={onData} />);
    const input = await screen.findByLabelText('Khối lượng');
    fireEvent.change(input, { target: { value: '12,5' } });
    await waitFor(() => expect(lastData(onData)).toEqual({ kl: 12.5 }));
    expect(screen.getByTestId('form-field-root_kl').textContent).toContain('t');
  });

  it('adds and removes rows of a repeating group', async () => {
    const onData = vi.fn();
    renderWithForms(<Host form={compiled(everyTypeModel())} lang="vi" onData={onData} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm dòng' }));
    expect(await screen.findByText('Dòng 1')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Cân nặng'), { target: { value: '50' } });
    await waitFor(() => expect(lastData(onData)).toMatchObject({ bao: [{ can_nang: 50 }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Xoá dòng 1' }));
    await waitFor(() => expect(screen.queryByText('Dòng 1')).toBeNull());
  });
});

describe('StageFormView number boxes: one rule, nothing dropped', () => {
  const form = compiled({
    fields: [
      field('integer', 'so_bao', 'Số bao', 'Bags'),
      field('number', 'kl', 'Khối lượng', 'Weight', { unit: 'kg' }),
    ],
    rules: [],
  });

  it.each([
    ['vi', '2,5', 'Cần một số nguyên, không có dấu phẩy hay dấu chấm (ví dụ 25).'],
    ['vi', '2.5', 'Cần một số nguyên, không có dấu phẩy hay dấu chấm (ví dụ 25).'],
    ['en', '2,5', 'Needs a whole number, without a comma or dot (for example 25).'],
  ] as const)(
    'a whole-number box refuses %s "%s" with a message and sends nothing',
    async (lang, text, message) => {
      const onSubmit = vi.fn();
      const onData = vi.fn();
      renderWithForms(<Host form={form} lang={lang} onSubmit={onSubmit} onData={onData} />);
      const input = await screen.findByLabelText(lang === 'vi' ? 'Số bao' : 'Bags');
      fireEvent.change(input, { target: { value: text } });
      expect((input as HTMLInputElement).value).toBe(text);
      expect(lastData(onData)).not.toEqual({ so_bao: 25 });
      fireEvent.click(screen.getByTestId('form-submit'));
      expect(await screen.findByText(message)).toBeTruthy();
      expect(onSubmit).not.toHaveBeenCalled();
    },
  );

  it('a number box refuses a thousands separator, then takes the number written without it', async () => {
    const onSubmit = vi.fn();
    renderWithForms(<Host form={form} lang="vi" onSubmit={onSubmit} />);
    const input = await screen.findByLabelText('Khối lượng');
    fireEvent.change(input, { target: { value: '1.000' } });
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('form-field-root_kl').textContent).toContain(
        'không dùng dấu phân cách hàng nghìn',
      ),
    );
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '1000' } });
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ kl: 1000 }));
  });
});
