import type { WaitingPeriod } from '@nguon/domain';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app-providers';
import { fixtureJob, fixtureWithJobs } from '../process-fixtures';
import { WaitingPeriodsEditor } from './waiting-periods-editor';

const definition = fixtureWithJobs(
  'cham_soc',
  [fixtureJob('bon_phan'), fixtureJob('phun_thuoc', { name: { vi: 'Phun thuốc', en: 'Spraying' } }, true)],
  'cham_soc',
  'thu_hoach',
);

function Host({ initial, seen }: { initial: WaitingPeriod[]; seen: WaitingPeriod[][] }) {
  const [periods, setPeriods] = useState(initial);
  const change = (next: WaitingPeriod[]) => {
    seen.push(next);
    setPeriods(next);
  };
  return (
    <WaitingPeriodsEditor periods={periods} definition={definition} readOnly={false} onChange={change} />
  );
}

function renderEditor(initial: WaitingPeriod[] = []) {
  const seen: WaitingPeriod[][] = [];
  render(
    <AppProviders>
      <Host initial={initial} seen={seen} />
    </AppProviders>,
  );
  return { last: () => seen.at(-1) };
}

const options = async (testId: string) => {
  fireEvent.click(within(screen.getByTestId('waiting-period-0')).getByTestId(testId));
  return (await screen.findAllByRole('option', { hidden: true })).map((option) => option.textContent);
};

describe('the waiting periods editor', { timeout: 20_000 }, () => {
  it('adds a period after the first job of the process, 7 days, refused when too soon, in plain words', async () => {
    const { last } = renderEditor();
    fireEvent.click(screen.getByTestId('waiting-add'));
    expect(last()).toEqual([{ afterJobId: 'j-bon_phan', days: 7, fieldKey: null, onBreach: 'refuse' }]);
    expect(screen.getByTestId('waiting-sentence').textContent).toBe(
      'Không sớm hơn 7 ngày sau lần Việc bon_phan gần nhất',
    );
  });

  it('offers every job as "Stage — Job" and only the number fields of the chosen job', async () => {
    renderEditor([{ afterJobId: 'j-phun_thuoc', days: 14, fieldKey: 'cach_ly', onBreach: 'warn' }]);
    expect(screen.getByTestId('waiting-sentence').textContent).toBe(
      'Không sớm hơn 14 ngày sau lần Phun thuốc gần nhất (hoặc số ngày ghi ở trường Thời gian cách ly (ngày))',
    );
    // happy-dom keeps every select's options in the page: the choices are read as a whole
    const all = await options('waiting-job');
    expect(all).toEqual(
      expect.arrayContaining(['Công đoạn cham_soc — Việc bon_phan', 'Công đoạn cham_soc — Phun thuốc']),
    );
    expect(all).toEqual(expect.arrayContaining(['(không dùng)', 'Thời gian cách ly (ngày)']));
    // the job's text field is no choice for a number of days
    expect(all).not.toContain('Ghi chú');
  });

  it('drops the field when the job changes, and removes a period', async () => {
    const { last } = renderEditor([
      { afterJobId: 'j-phun_thuoc', days: 14, fieldKey: 'cach_ly', onBreach: 'warn' },
    ]);
    await options('waiting-job');
    fireEvent.click(screen.getByRole('option', { name: 'Công đoạn cham_soc — Việc bon_phan', hidden: true }));
    expect(last()).toEqual([{ afterJobId: 'j-bon_phan', days: 14, fieldKey: null, onBreach: 'warn' }]);
    fireEvent.click(screen.getByTestId('waiting-remove'));
    expect(last()).toEqual([]);
    expect(screen.queryByTestId('waiting-period-0')).toBeNull();
  });
});
