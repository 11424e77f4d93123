import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
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
import { RecordCard, type RecordForm } from './record-card';

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

const formOf = (detail: LotDetail, record: RecordView): RecordForm | undefined =>
  detail.forms.find(
    (form) => form.processVersionId === record.processVersionId && form.stageId === record.stageId,
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

/** Every record oldest first; a current stage record may be corrected by whoever records. */
function Timeline({ detail, linked }: { detail: LotDetail; linked: string | null }) {
  const t = useT();
  const canRecord = useCanRecord();
  const isMobile = useIsMobile();
  const [correcting, setCorrecting] = useState<RecordView | null>(null);
  const seqOf = (id: string) => detail.records.find((record) => record.id === id)?.seq ?? null;
  const correctingForm = correcting ? formOf(detail, correcting) : undefined;
  const open = detail.lot.status === 'in_progress';
  if (detail.records.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="timeline-empty">
        {t('lots.timeline.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="timeline">
      {detail.records.map((record) => {
        const correctable =
          canRecord && open && record.kind === 'stage' && !record.supersededBy && formOf(detail, record);
        return (
          <RecordCard
            key={record.id}
            record={record}
            form={formOf(detail, record)}
            seqOf={seqOf}
            highlighted={linked === record.id}
            initiallyOpen={!record.supersededBy && (!isMobile || record.id === detail.records.at(-1)?.id)}
            onCorrect={correctable ? () => setCorrecting(record) : null}
          />
        );
      })}
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
