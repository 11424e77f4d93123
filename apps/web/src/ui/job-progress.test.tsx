import type { TenantJobView } from '@nguon/contracts/client';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app-providers';
import { setLang } from '../i18n/lang-store';
import { JobProgress, ProgressMeter } from './job-progress';

const job = (overrides: Partial<TenantJobView> = {}): TenantJobView => ({
  id: '00000000-0000-4000-8000-0000000000f1',
  kind: 'catalog-import',
  title: { vi: 'Thửa ruộng', en: 'Plots' },
  state: 'running',
  done: 12_000,
  total: 100_000,
  createdAt: '2026-12-06T01:00:00Z',
  startedAt: '2026-12-06T01:00:01Z',
  finishedAt: null,
  ratePerSecond: 1250,
  secondsLeft: 70,
  error: null,
  canCancel: true,
  links: { self: '/api/v1/catalog-imports/x', subject: '/catalogs/y' },
  ...overrides,
});

const show = (props: Parameters<typeof JobProgress>[0]) =>
  render(
    <AppProviders>
      <JobProgress {...props} />
    </AppProviders>,
  );

afterEach(() => setLang('vi'));

describe('JobProgress', () => {
  it('shows count, rate and time left in Vietnamese number format while running', () => {
    show({ job: job() });
    expect(screen.getByTestId('job-count').textContent).toBe('12.000 / 100.000');
    expect(screen.getByTestId('job-rate').textContent).toBe('1.300 dòng/giây · còn khoảng 1 phút');
    expect(screen.getByTestId('job-state').textContent).toBe('Đang chạy');
  });

  it('speaks English when the person chose it', () => {
    setLang('en');
    show({ job: job({ secondsLeft: 12, ratePerSecond: 2.345 }) });
    expect(screen.getByTestId('job-count').textContent).toBe('12,000 / 100,000');
    expect(screen.getByTestId('job-rate').textContent).toBe('2.3 rows/s · about 15 seconds left');
  });

  it.each([
    ['completed', 'Xong'],
    ['cancelled', 'Đã hủy'],
    ['failed', 'Lỗi'],
  ] as const)('a %s job shows its end, no rate and no cancel', (state, word) => {
    const error =
      state === 'failed' ? { code: 'CSV_ROWS_INVALID', message: 'Không nhập gì: 2 dòng có lỗi.' } : null;
    show({
      job: job({ state, canCancel: false, secondsLeft: null, finishedAt: '2026-12-06T01:02:00Z', error }),
      onCancel: () => {},
    });
    expect(screen.getByTestId('job-state').textContent).toBe(word);
    expect(screen.queryByTestId('job-rate')).toBeNull();
    expect(screen.queryByTestId('job-cancel')).toBeNull();
    expect(screen.queryByTestId('job-error')?.textContent ?? null).toBe(error?.message ?? null);
  });

  it('says nothing of speed before the first rows are done, and offers cancel', () => {
    const onCancel = vi.fn();
    show({ job: job({ state: 'queued', done: 0, ratePerSecond: null, secondsLeft: null }), onCancel });
    expect(screen.getByTestId('job-count').textContent).toBe('0 / 100.000');
    expect(screen.queryByTestId('job-rate')).toBeNull();
    fireEvent.click(screen.getByTestId('job-cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('counts labels for a label batch', () => {
    show({ job: job({ kind: 'label-batch', ratePerSecond: 2345, secondsLeft: 4000 }) });
    expect(screen.getByTestId('job-rate').textContent).toBe('2.300 tem/giây · còn khoảng 1 giờ');
  });
});

describe('ProgressMeter', () => {
  const meter = (props: Partial<Parameters<typeof ProgressMeter>[0]> = {}) =>
    render(
      <AppProviders>
        <ProgressMeter
          done={120}
          total={400}
          ratePerSecond={null}
          secondsLeft={null}
          unit="pages"
          active
          testId="pdf"
          {...props}
        />
      </AppProviders>,
    );

  it('names what it counts, in words and to assistive technology', () => {
    meter({ caption: 'Đang dựng PDF' });
    expect(screen.getByTestId('pdf-count').textContent).toBe('Đang dựng PDF: trang 120 / 400');
    const bar = screen.getByRole('progressbar', { name: 'Đang dựng PDF' });
    expect(bar.getAttribute('aria-valuenow')).toBe('30');
  });

  it('says no rate when it is not moving, even with a measured one', () => {
    meter({ unit: 'labels', ratePerSecond: 50, secondsLeft: 6, active: false });
    expect(screen.queryByTestId('pdf-rate')).toBeNull();
  });
});
