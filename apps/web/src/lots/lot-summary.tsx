import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { LotDetail, LotStageView } from '@nguon/contracts/client';
import { IconCheck, IconClock, IconPlayerPlay } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { LotStatusBadge } from './lot-header';
import { formatQuantity, useNameOf } from './lot-text';
import { boundLabelCount } from './record-labels';
import { StageJobsPanel } from './stage-jobs-panel';
import { stageStateText } from './stage-jobs-text';
import { StageButton } from './work-card';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** What the lot is: product, status, quantities and the process version it is pinned to. */
export function LotFacts({ detail }: { detail: LotDetail }) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  const { lot } = detail;
  const madeAt = detail.stages.find((stage) => stage.stageId === lot.madeAtStageId);
  const recordedStage = detail.stages.find((stage) => stage.stageId === lot.recordedStageId);
  // each label is activated once, by one record: the runs of all records never overlap
  const labelsActivated = boundLabelCount(detail.records.flatMap((record) => record.labels ?? []));
  return (
    <SimpleGrid cols={2} spacing="sm" data-testid="lot-facts">
      <Fact label={t('lots.fact.product')}>{nameOf(lot.productName)}</Fact>
      <Fact label={t('lots.fact.status')}>
        <LotStatusBadge status={lot.status} />
      </Fact>
      <Fact label={t('lots.fact.quantity')}>
        <span data-testid="lot-declared-quantity">{formatQuantity(lot.quantity, lot.unit, lang)}</span>
      </Fact>
      {lot.recordedQuantity !== null && (
        <Fact
          label={t('lots.fact.recorded', { stage: recordedStage ? nameOf(recordedStage.name) : '' })}
          testId="lot-recorded-fact"
        >
          <span data-testid="lot-recorded-quantity">
            {formatQuantity(lot.recordedQuantity, lot.unit, lang)}
          </span>
          {lot.recordedAt && (
            <Text size="xs" c="dimmed">
              {t('lots.fact.recordedOn', { date: formatDate(lot.recordedAt, lang) })}
            </Text>
          )}
        </Fact>
      )}
      <Fact label={t('lots.fact.remaining')}>{formatQuantity(lot.remaining, lot.unit, lang)}</Fact>
      <Fact label={t('lots.fact.version')}>{t('lots.version', { version: lot.processVersion })}</Fact>
      <Fact label={t('lots.fact.created')}>{formatDateTime(lot.createdAt, lang)}</Fact>
      {madeAt && <Fact label={t('lots.fact.madeAt')}>{nameOf(madeAt.name)}</Fact>}
      {labelsActivated > 0 && (
        <Fact label={t('lots.fact.labelsActivated')} testId="lot-labels-activated">
          {labelsActivated.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}
        </Fact>
      )}
      {lot.note && <Fact label={t('lots.fact.note')}>{lot.note}</Fact>}
    </SimpleGrid>
  );
}

const stateLook = {
  done: { color: 'leaf', variant: 'light', icon: <IconCheck size={14} /> },
  available: { color: 'blue', variant: 'outline', icon: <IconPlayerPlay size={14} /> },
  waiting: { color: 'gray', variant: 'outline', icon: <IconClock size={14} /> },
} as const;

function StageChip({ stage }: { stage: LotStageView }) {
  const t = useT();
  const nameOf = useNameOf();
  const look = stateLook[stage.state];
  // a stage with jobs counts its jobs' records, which the jobs' own counts show better
  const times = !stage.jobs && stage.timesRecorded > 1 ? ` ×${stage.timesRecorded}` : '';
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      leftSection={look.icon}
      size="lg"
      title={stageStateText(stage, t)}
      data-testid={`stage-chip-${stage.key}`}
      data-state={stage.state}
    >
      {nameOf(stage.name)}
      {times}
    </Badge>
  );
}

/** Every stage of the lot's process with its state, and a button for each one that may be recorded now. */
export function LotStages({ detail, canRecord }: { detail: LotDetail; canRecord: boolean }) {
  const t = useT();
  const nameOf = useNameOf();
  const available = detail.stages.filter((stage) => stage.state === 'available');
  return (
    <Stack gap="sm">
      <Group gap={6}>
        {detail.stages.map((stage) => (
          <StageChip key={stage.stageId} stage={stage} />
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('lots.stageLegend')}
      </Text>
      {canRecord &&
        available.map((stage, index) =>
          stage.jobs ? (
            <Stack key={stage.stageId} gap={4}>
              <Text size="sm" fw={600}>
                {nameOf(stage.name)}
              </Text>
              <StageJobsPanel
                lotId={detail.lot.id}
                lotCode={detail.lot.code}
                stage={stage}
                testId={`lot-stage-jobs-${index}`}
              />
            </Stack>
          ) : (
            <StageButton
              key={stage.stageId}
              lotId={detail.lot.id}
              stage={stage}
              testId={`lot-stage-button-${index}`}
            />
          ),
        )}
    </Stack>
  );
}
