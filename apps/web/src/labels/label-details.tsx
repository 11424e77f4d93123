import { Anchor, Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { LabelView } from '@nguon/contracts/client';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useNameOf } from '../lots/lot-text';
import { CopyField } from '../ui/copy-field';
import { labelBatchPath } from './label-paths';

/** One label as GET /api/v1/labels/{serial} answers. */
export type LabelDetailsView = LabelView;

const stateColors = { generated: 'gray', activated: 'green', voided: 'red' } as const;

function HistoryLine({ entry }: { entry: LabelDetailsView['history'][number] }) {
  const t = useT();
  const lang = useLang();
  const what =
    entry.kind === 'activated'
      ? t('labels.label.history.activated', { lot: entry.lot?.code ?? '' })
      : entry.kind === 'voided'
        ? t('labels.label.history.voided', {
            reason: t(`labels.label.reason.${entry.reason ?? 'other'}` satisfies MessageKey),
          })
        : t('labels.label.history.generated');
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {what}
      </Text>
      <Text size="xs" c="dimmed">
        {[formatDateTime(entry.at, lang), entry.actor?.name].filter(Boolean).join(' · ')}
      </Text>
      {entry.note && <Text size="sm">{entry.note}</Text>}
    </Stack>
  );
}

/** A label found by its code: state, where it was printed, what lot it is bound to, and what happened to it. */
export function LabelDetails({ label }: { label: LabelDetailsView }) {
  const t = useT();
  const nameOf = useNameOf();
  return (
    <Stack gap="md" data-testid="label-details">
      <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }}>
        <Group justify="space-between" align="flex-start" mb="xs">
          <Text ff="monospace" fz="xl" fw={700} data-testid="label-code">
            {label.code}
          </Text>
          <Badge color={stateColors[label.state]} variant="light" data-testid="label-state">
            {t(`labels.label.state.${label.state}`)}
          </Badge>
        </Group>
        <Stack gap={4}>
          <Text size="sm">{label.product ? nameOf(label.product.name) : t('labels.batch.blank')}</Text>
          <Text size="sm">
            {label.lot ? t('labels.batch.forLot', { code: label.lot.code }) : t('labels.label.noLot')}
          </Text>
          <Anchor component={Link} to={labelBatchPath(label.batch.id)} size="sm">
            {t('labels.label.inBatch', { number: label.batch.number, seq: label.seq })}
          </Anchor>
        </Stack>
      </Paper>
      <Stack gap={4}>
        <CopyField label={t('labels.label.url')} value={label.url} testId="label-url" />
        <Anchor
          href={label.url}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          data-testid="label-consumer-page"
        >
          {t('labels.label.consumerPage')}
        </Anchor>
      </Stack>
      <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} component="section">
        <Title order={2} size="h5" mb="sm">
          {t('labels.label.history')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} data-testid="label-history">
          {label.history.map((entry) => (
            <Timeline.Item key={`${entry.kind}-${entry.at}`}>
              <HistoryLine entry={entry} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}
