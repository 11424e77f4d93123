import { Alert, Stack } from '@mantine/core';
import type { StageEntryView } from '@nguon/contracts/client';
import { IconAlertTriangle, IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { useNameOf } from './lot-text';
import { shownDay, shownLocalDay } from './stage-jobs-text';

type Wait = NonNullable<StageEntryView['waiting']>[number];

/** Today's calendar day in Vietnam (UTC+7, no daylight saving), YYYY-MM-DD, as the server counts days. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function WaitNotice({ wait, what, index, at }: { wait: Wait; what: string; index: number; at: Date }) {
  const t = useT();
  const nameOf = useNameOf();
  const values = {
    stage: what,
    job: nameOf(wait.afterJobName),
    date: shownLocalDay(wait.afterEventTime),
    days: wait.days,
    firstDay: shownDay(wait.firstAllowedDay),
  };
  // judged at the time the work was done, as the server judges it: the clerk may date it back
  const over = wait.firstAllowedDay <= vietnamToday(at);
  const look = over
    ? { color: 'leaf', icon: <IconCircleCheck size={20} />, key: 'lots.wait.passed' as const }
    : wait.onBreach === 'warn'
      ? { color: 'yellow', icon: <IconAlertTriangle size={20} />, key: 'lots.wait.warn' as const }
      : { color: 'blue', icon: <IconHourglass size={20} />, key: 'lots.wait.refuse' as const };
  return (
    <Alert
      color={look.color}
      variant="light"
      icon={look.icon}
      data-testid={`entry-wait-${index}`}
      data-on-breach={wait.onBreach}
      data-over={over}
    >
      {t(look.key, values)}
    </Alert>
  );
}

/**
 * The waiting periods that apply to this entry, shown before the clerk types: the first allowed day and why
 * (a calm notice; a "warn" period says the record will be flagged), judged at the event time `at` chosen.
 */
export function WaitingNotices({ entry, what, at }: { entry: StageEntryView; what: string; at: Date }) {
  const waits = entry.waiting ?? [];
  if (waits.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="entry-waiting">
      {waits.map((wait, index) => (
        <WaitNotice
          key={`${wait.afterJobName.vi}-${wait.afterEventTime}-${wait.onBreach}`}
          wait={wait}
          what={what}
          index={index}
          at={at}
        />
      ))}
    </Stack>
  );
}
