import { Badge, Group, Text } from '@mantine/core';
import type { RecallStatus, RecallSummary } from '@nguon/contracts/client';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import type { Translate } from '../i18n/use-t';
import { useT } from '../i18n/use-t';

const statusColors: Record<RecallStatus, string> = {
  draft: 'gray',
  published: 'red',
  closed: 'leaf',
  cancelled: 'gray',
};

const severityColors: Record<RecallSummary['severity'], string> = {
  high: 'red',
  medium: 'orange',
  low: 'yellow',
};

/** "Triệu hồi #3" or "Diễn tập #4". */
export function recallTitle(recall: Pick<RecallSummary, 'drill' | 'number'>, t: Translate): string {
  return t(recall.drill ? 'recalls.drillNumber' : 'recalls.number', { number: recall.number });
}

/** A drill's time as a person says it: seconds under a minute, then minutes and seconds. */
export function durationWords(seconds: number, t: Translate): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return t('recalls.seconds', { seconds: whole });
  return t('recalls.minutes', { minutes: Math.floor(whole / 60), seconds: whole % 60 });
}

/** Status, drill marker and severity, side by side. */
export function RecallBadges({ recall }: { recall: RecallSummary }) {
  const t = useT();
  return (
    <Group gap={6}>
      <Badge color={statusColors[recall.status]} variant="filled" data-testid="recall-status">
        {t(`recalls.status.${recall.status}`)}
      </Badge>
      {recall.drill && (
        <Badge color="blue" variant="light" data-testid="recall-drill">
          {t('recalls.drill')}
        </Badge>
      )}
      <Badge color={severityColors[recall.severity]} variant="light">
        {t(`recalls.severity.${recall.severity}`)}
      </Badge>
    </Group>
  );
}

/** A published recall in two lines: its reason, then its lots and labels and when it was published. */
export function RecallReasonAndReach({ recall }: { recall: RecallSummary }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <Text size="sm" lineClamp={2}>
        {recall.notice.reason[lang] || recall.notice.reason.vi}
      </Text>
      <Text size="sm" c="dimmed">
        {t('recalls.lotsLabels', { lots: recall.lotCount, labels: recall.labelCount })}
        {recall.publishedAt &&
          ` · ${t('recalls.publishedAt', { when: formatDateTime(recall.publishedAt, lang) })}`}
      </Text>
    </>
  );
}
