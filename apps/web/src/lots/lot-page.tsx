import { Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { LotDetail, RecordView } from '@nguon/contracts/client';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { QueryState } from '../ui/query-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { CorrectRecordDrawer } from './correct-record-drawer';
import { GenealogyCard } from './genealogy-card';
import { GpsMap } from './gps-map';
import { useCanRecord, useLot } from './lot-api';
import { BackLink, LotStatusBadge, LotTitle } from './lot-header';
import { LotFacts, LotStages } from './lot-summary';
import { useNameOf } from './lot-text';
import { RecordCard, type RecordForm } from './record-card';
import { stageStateText } from './stage-jobs-text';
import { type TimelineGroup, timelineGroups } from './timeline-groups';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} component="section" data-testid={testId}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The form a record was entered with: its version's, its stage's, and its job's for a job record. */
const formOf = (detail: LotDetail, record: RecordView): RecordForm | undefined =>
  detail.forms.find(
    (form) =>
      form.processVersionId === record.processVersionId &&
      form.stageId === record.stageId &&
      (form.jobId ?? null) === (record.job?.id ?? null),
  );

/** The record a link (`#record-<id>`) points at; the page scrolls to it once it is drawn. */
function useLinkedRecord(ready: boolean): string | null {
  const { hash } = useLocation();
  const recordId = hash.startsWith('#record-') ? hash.slice('#record-'.length) : null;
  useEffect(() => {
    if (!ready || !recordId) return;
    document.getElementById(`record-${recordId}`)?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [ready, recordId]);
  return recordId;
}

/** A stage with jobs heads its records with its name and state ("đang mở", "đã kết thúc"). */
function GroupHeading({ group }: { group: TimelineGroup }) {
  const t = useT();
  const nameOf = useNameOf();
  const { stage } = group;
  if (!stage) return null;
  return (
    <Group gap="xs" data-testid={`timeline-stage-${stage.key}`}>
      <Title order={3} size="h5">
        {nameOf(stage.name)}
      </Title>
      <Badge variant="light" color={stage.state === 'done' ? 'leaf' : 'blue'}>
        {stageStateText(stage, t)}
      </Badge>
    </Group>
  );
}

/** Records grouped by stage, then by job, each in time order; a current stage record may be corrected. */
function Timeline({ detail, linked }: { detail: LotDetail; linked: string | null }) {
  const t = useT();
  const nameOf = useNameOf();
  const canRecord = useCanRecord();
  const isMobile = useIsMobile();
  const [correcting, setCorrecting] = useState<RecordView | null>(null);
  const recordOf = (id: string) => detail.records.find((record) => record.id === id);
  const seqOf = (id: string) => recordOf(id)?.seq ?? null;
  const correctingForm = correcting ? formOf(detail, correcting) : undefined;
  const open = detail.lot.status === 'in_progress';
  const last = detail.records.at(-1)?.id;
  if (detail.records.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="timeline-empty">
        {t('lots.timeline.empty')}
      </Text>
    );
  }
  const followingName = (record: RecordView) => {
    const by = record.closedBy?.kind === 'following' ? recordOf(record.closedBy.recordId) : undefined;
    return by ? nameOf(by.stageName) : null;
  };
  const card = (record: RecordView) => {
    const correctable =
      canRecord && open && record.kind === 'stage' && !record.supersededBy && formOf(detail, record);
    return (
      <RecordCard
        key={record.id}
        record={record}
        form={formOf(detail, record)}
        seqOf={seqOf}
        followingName={followingName(record)}
        highlighted={linked === record.id}
        initiallyOpen={!record.supersededBy && (!isMobile || record.id === last)}
        onCorrect={correctable ? () => setCorrecting(record) : null}
      />
    );
  };
  return (
    <Stack gap="sm" data-testid="timeline">
      {timelineGroups(detail).map((group) =>
        group.withJobs ? (
          <Stack key={group.stageId} gap="xs" data-testid="timeline-group">
            <GroupHeading group={group} />
            {group.sections.map((section) => (
              <Stack
                key={section.job?.id ?? section.records[0]?.kind}
                gap="xs"
                className="nguon-timeline-job"
              >
                {section.records.map(card)}
              </Stack>
            ))}
          </Stack>
        ) : (
          group.sections.flatMap((section) => section.records.map(card))
        ),
      )}
      {correcting && correctingForm && (
        <CorrectRecordDrawer record={correcting} form={correctingForm} onClose={() => setCorrecting(null)} />
      )}
    </Stack>
  );
}

function LotView({ detail, linked }: { detail: LotDetail; linked: string | null }) {
  const t = useT();
  const canRecord = useCanRecord();
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }} order={{ base: 1, md: 2 }}>
        <Stack gap="md">
          <Section title={t('lots.section.summary')}>
            <LotFacts detail={detail} />
          </Section>
          <Section title={t('lots.section.stages')}>
            <LotStages detail={detail} canRecord={canRecord && detail.lot.status === 'in_progress'} />
          </Section>
          <Section title={t('lots.section.genealogy')}>
            <GenealogyCard lot={detail} />
          </Section>
          <Section title={t('lots.section.map')}>
            <GpsMap records={detail.records} />
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }} order={{ base: 2, md: 1 }}>
        <Title order={2} size="h4" mb="sm">
          {t('lots.section.timeline', { count: detail.records.length })}
        </Title>
        <Timeline detail={detail} linked={linked} />
      </Grid.Col>
    </Grid>
  );
}

/** `/lots/:id`: the owner's (and clerk's) view of one lot and its whole history. */
export function LotPage() {
  const t = useT();
  const { id = '' } = useParams();
  const lot = useLot(id);
  const linked = useLinkedRecord(lot.data !== undefined);
  const detail = lot.data;
  return (
    <>
      <BackLink to="/lots" label={t('lots.backToLots')} />
      <QueryState isPending={lot.isPending} error={lot.error} onRetry={() => lot.refetch()} />
      {detail && (
        <>
          <LotTitle
            lot={detail.lot}
            title={detail.lot.code}
            withCode={false}
            extra={<LotStatusBadge status={detail.lot.status} />}
          />
          <LotView detail={detail} linked={linked} />
        </>
      )}
    </>
  );
}
