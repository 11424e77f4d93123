import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app-providers';
import { LabelDetails, type LabelDetailsView } from './label-details';
import { batchId } from './testing/label-fixtures';

const label: LabelDetailsView = {
  serial: '7KQM3XWP9D2F9',
  code: '7KQM 3XWP 9D2F9',
  url: 'https://nguon.example.vn/q/7KQM3XWP9D2F9',
  state: 'voided',
  batch: { id: batchId(4), number: 4 },
  seq: 120,
  product: { id: batchId(90), name: { vi: 'Chè Shan Tuyết', en: 'Shan Tuyet tea' } },
  lot: { id: batchId(91), code: 'ST-0012' },
  history: [
    { kind: 'generated', at: '2026-12-05T07:30:00Z', actor: { id: batchId(92), name: 'Lan' } },
    {
      kind: 'activated',
      at: '2026-12-05T09:00:00Z',
      actor: { id: batchId(93), name: 'Páo' },
      lot: { id: batchId(91), code: 'ST-0012' },
    },
    { kind: 'voided', at: '2026-12-05T10:00:00Z', actor: null, reason: 'damaged', note: 'Rách khi dán' },
  ],
};

describe('LabelDetails', () => {
  it('shows the code, state, batch and print number, and the story oldest first', () => {
    render(
      <AppProviders>
        <MemoryRouter>
          <LabelDetails label={label} />
        </MemoryRouter>
      </AppProviders>,
    );
    expect(screen.getByTestId('label-code').textContent).toBe('7KQM 3XWP 9D2F9');
    expect(screen.getByTestId('label-state').textContent).toBe('Đã huỷ');
    expect(screen.getByText('Đợt tem #4, tem số 120')).toBeTruthy();
    const history = screen.getByTestId('label-history').textContent ?? '';
    expect(history.indexOf('Được tạo')).toBeLessThan(history.indexOf('Gắn vào lô ST-0012'));
    expect(history).toContain('Huỷ: bị hỏng');
    expect(history).toContain('Rách khi dán');
  });

  it('links to the page a buyer sees, the URL the label prints, in a new tab', () => {
    render(
      <AppProviders>
        <MemoryRouter>
          <LabelDetails label={label} />
        </MemoryRouter>
      </AppProviders>,
    );
    const link = screen.getByRole('link', { name: 'Trang người mua thấy' });
    expect(link.getAttribute('href')).toBe(label.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });
});
