import { Stack, Text, Timeline } from '@mantine/core';
import type { RecallDetail } from '@nguon/contracts/client';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { formatQuantity, useNameOf } from '../lots/lot-text';

/** Who did what and when; nothing about a recall is ever deleted. */
export function RecallHistory({ detail }: { detail: RecallDetail }) {
  const t = useT();
  const lang = useLang();
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="recall-history">
      {detail.events.map((event) => (
        <Timeline.Item
          key={`${event.at}-${event.kind}-${event.summary}`}
          title={event.summary}
          data-testid="recall-event"
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at, lang)} · {event.by?.name ?? t('recalls.page.byPlatform')}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** What a closed recall recovered and destroyed per product, and its note. */
export function RecallOutcome({ detail }: { detail: RecallDetail }) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  if (!detail.outcome) return null;
  const names = new Map(detail.scope.products.map((p) => [p.productId, nameOf(p.productName)]));
  return (
    <Stack gap={4} data-testid="recall-outcome">
      {detail.outcome.outcomes.map((row) => (
        <Text key={row.productId} size="sm">
          {t('recalls.page.outcomeRow', {
            product: names.get(row.productId) ?? '',
            recovered: formatQuantity(row.recovered, row.unit, lang),
            destroyed: formatQuantity(row.destroyed, row.unit, lang),
          })}
        </Text>
      ))}
      {detail.outcome.note && <Text size="sm">{detail.outcome.note}</Text>}
    </Stack>
  );
}
