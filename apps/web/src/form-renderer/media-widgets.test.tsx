import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { previewRendererContext } from './preview-context';
import type { FormRendererContext } from './renderer-context';
import { compiled, field } from './sample-forms.test-data';
import { StageFormView } from './stage-form-view';
import { renderWithForms } from './test-utils';

afterEach(() => vi.unstubAllGlobals());

function hostWith(overrides: Partial<FormRendererContext> = {}): FormRendererContext {
  return { ...previewRendererContext('vi', () => 'Nông hộ'), ...overrides };
}

function FormOf({
  fields,
  context,
  onData,
}: {
  fields: Parameters<typeof field>[];
  context: FormRendererContext;
  onData: (data: unknown) => void;
}) {
  const [data, setData] = useState<unknown>({});
  return (
    <StageFormView
      form={compiled({ fields: fields.map((args) => field(...args)), rules: [] })}
      lang="vi"
      context={context}
      formData={data}
      onChange={(next) => {
        setData(next);
        onData(next);
      }}
    />
  );
}

const lastData = (spy: ReturnType<typeof vi.fn>) => spy.mock.calls.at(-1)?.[0];

describe('media and lookup widgets', () => {
  it('catalogLookup searches the host and stores { id, label }', async () => {
    const onData = vi.fn();
    const context = hostWith();
    const search = vi.spyOn(context, 'searchCatalog');
    renderWithForms(
      <FormOf
        fields={[['catalog', 'nong_ho', 'Nông hộ', 'Farmer', { catalogId: 'farmers' }]]}
        context={context}
        onData={onData}
      />,
    );
    const input = await screen.findByPlaceholderText('Gõ để tìm');
    // Mantine treats a change without focus as autofill
    input.focus();
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'mau 3' } });
    await waitFor(() => expect(search).toHaveBeenCalledWith('farmers', 'mau 3'));
    await waitFor(() => expect(screen.queryByText('Nông hộ mẫu 1')).toBeNull());
    fireEvent.click(screen.getByText('Nông hộ mẫu 3'));
    await waitFor(() =>
      expect(lastData(onData)).toEqual({ nong_ho: { id: 'sample_3', label: 'Nông hộ mẫu 3' } }),
    );
  });

  it('photos uploads each picked photo, shows it and removes it', async () => {
    const onData = vi.fn();
    const uploadFile = vi.fn(async () => ({ id: 'photo_0001', url: 'blob:photo' }));
    const context = hostWith({ uploadFile, fileUrl: (id) => `/files/${id}` });
    renderWithForms(
      <FormOf fields={[['photos', 'anh', 'Ảnh ruộng', 'Photos']]} context={context} onData={onData} />,
    );
    await screen.findByText('Ảnh ruộng');
    const picker = document.querySelector('input[type="file"][multiple]');
    if (!picker) throw new Error('no photo picker');
    fireEvent.change(picker, { target: { files: [new File(['x'], 'ruong.jpg', { type: 'image/jpeg' })] } });
    await waitFor(() => expect(lastData(onData)).toEqual({ anh: ['photo_0001'] }));
    expect(uploadFile).toHaveBeenCalledWith(expect.any(Blob), 'photo', expect.any(Function));
    expect(screen.getByRole('img', { name: 'Ảnh 1' }).getAttribute('src')).toBe('/files/photo_0001');
    fireEvent.click(screen.getByRole('button', { name: 'Xoá ảnh 1' }));
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Ảnh 1' })).toBeNull());
  });

  it('photos says so when an upload fails', async () => {
    const context = hostWith({ uploadFile: vi.fn(async () => Promise.reject(new Error('offline'))) });
    renderWithForms(
      <FormOf fields={[['photos', 'anh', 'Ảnh ruộng', 'Photos']]} context={context} onData={vi.fn()} />,
    );
    await screen.findByText('Ảnh ruộng');
    const picker = document.querySelector('input[type="file"][capture]');
    if (!picker) throw new Error('no camera input');
    fireEvent.change(picker, { target: { files: [new File(['x'], 'ruong.jpg', { type: 'image/jpeg' })] } });
    expect(await screen.findByText('Không tải được ảnh "ruong.jpg" lên; hãy thử lại.')).toBeTruthy();
  });

  it('gps takes the device position with its accuracy', async () => {
    const onData = vi.fn();
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: {
        getCurrentPosition: (ok: PositionCallback) =>
          ok({ coords: { latitude: 10.7626, longitude: 106.6602, accuracy: 12.4 } } as GeolocationPosition),
      },
    });
    renderWithForms(
      <FormOf
        fields={[['gps', 'vi_tri', 'Vị trí ruộng', 'Location']]}
        context={hostWith()}
        onData={onData}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Lấy vị trí' }));
    await waitFor(() =>
      expect(lastData(onData)).toEqual({ vi_tri: { lat: 10.7626, lon: 106.6602, accuracy: 12 } }),
    );
    expect(screen.getByText('Sai số khoảng ±12 m')).toBeTruthy();
  });

  it('gps explains a refusal and lets the clerk type the coordinates', async () => {
    const onData = vi.fn();
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: {
        getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) =>
          fail({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError),
      },
    });
    renderWithForms(
      <FormOf
        fields={[['gps', 'vi_tri', 'Vị trí ruộng', 'Location']]}
        context={hostWith()}
        onData={onData}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Lấy vị trí' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Chưa được phép lấy vị trí');
    fireEvent.change(screen.getByLabelText('Vĩ độ'), { target: { value: '21.03' } });
    fireEvent.change(screen.getByLabelText('Kinh độ'), { target: { value: '105.85' } });
    await waitFor(() => expect(lastData(onData)).toEqual({ vi_tri: { lat: 21.03, lon: 105.85 } }));
  });

  it('signature uploads the drawn PNG and stores its file id', async () => {
    const onData = vi.fn();
    const uploadFile = vi.fn(async () => ({ id: 'sign_0001', url: 'blob:sign' }));
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) =>
      done(new Blob(['png'], { type: 'image/png' })),
    );
    renderWithForms(
      <FormOf
        fields={[['signature', 'ky', 'Chữ ký người giao', 'Signature']]}
        context={hostWith({ uploadFile })}
        onData={onData}
      />,
    );
    const pad = await screen.findByRole('img', { name: 'Khung ký tên' });
    const save = screen.getByRole('button', { name: 'Lưu chữ ký' });
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.pointerDown(pad, { clientX: 5, clientY: 5, pointerId: 1 });
    fireEvent.pointerMove(pad, { clientX: 40, clientY: 20, pointerId: 1 });
    fireEvent.pointerUp(pad, { pointerId: 1 });
    fireEvent.click(save);
    await waitFor(() => expect(lastData(onData)).toEqual({ ky: 'sign_0001' }));
    expect(uploadFile).toHaveBeenCalledWith(expect.any(Blob), 'signature');
    expect(screen.getByText('Đã lưu chữ ký')).toBeTruthy();
  });

  it('fileUpload uploads any file and can drop it again', async () => {
    const onData = vi.fn();
    const uploadFile = vi.fn(async () => ({ id: 'file_0001', url: 'blob:file' }));
    renderWithForms(
      <FormOf
        fields={[['file', 'tep', 'Hoá đơn', 'Invoice']]}
        context={hostWith({ uploadFile })}
        onData={onData}
      />,
    );
    await screen.findByText('Hoá đơn');
    const input = document.querySelector('input[type="file"]');
    if (!input) throw new Error('no file input');
    fireEvent.change(input, {
      target: { files: [new File(['%PDF'], 'hoa-don.pdf', { type: 'application/pdf' })] },
    });
    await waitFor(() => expect(lastData(onData)).toEqual({ tep: 'file_0001' }));
    expect(uploadFile).toHaveBeenCalledWith(expect.any(File), 'file', expect.any(Function));
    expect(screen.getByText('hoa-don.pdf')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tệp' }));
    await waitFor(() => expect(lastData(onData)).toEqual({}));
  });
});
