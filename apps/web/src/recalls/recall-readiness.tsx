import { Alert } from '@mantine/core';
import type { RecallList } from '@nguon/contracts/client';
import { IconClockCheck } from '@tabler/icons-react';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { durationWords } from './recall-words';

/** The tenant's recall readiness: how long its last drill took to its report, or that it never ran one. */
export function RecallReadiness({
  readiness,
  testId,
}: {
  readiness: RecallList['readiness'];
  testId: string;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <Alert color={readiness ? 'leaf' : 'yellow'} icon={<IconClockCheck size={20} />} data-testid={testId}>
      {readiness
        ? t('recalls.readiness', {
            time: durationWords(readiness.seconds, t),
            when: formatDateTime(readiness.at, lang),
          })
        : t('recalls.readinessNone')}
    </Alert>
  );
}
