import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import type { RecallDetail } from '@nguon/contracts/client';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { BackLink } from '../lots/lot-header';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { RecallActions } from './recall-actions';
import { useCanManageRecalls, useRecall } from './recall-api';
import { RecallHistory, RecallOutcome } from './recall-history';
import { recallsPath } from './recall-paths';
import { RecallReport } from './recall-report';
import { RecallScopeView } from './recall-scope';
import { RecallBadges, recallTitle } from './recall-words';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function NoticeView({ detail }: { detail: RecallDetail }) {
  const t = useT();
  const lang = useLang();
  const { notice } = detail.recall;
  const inLang = (text: { vi: string; en: string }) => text[lang] || text.vi;
  return (
    <Stack gap="xs" data-testid="recall-notice">
      <Text size="sm" fw={600}>
        {t('recalls.page.reason')}
      </Text>
      <Text size="sm">{inLang(notice.reason)}</Text>
      <Text size="sm" fw={600}>
        {t('recalls.page.instructions')}
      </Text>
      <Text size="sm">{inLang(notice.instructions)}</Text>
      <Text size="sm" fw={600}>
        {t('recalls.page.contact')}
      </Text>
      <Text size="sm">{notice.contact}</Text>
    </Stack>
  );
}

/** A recall as its owner (or, read-only, a viewer, clerk or inspector) sees it: scope, notice, outcome, report, history. */
export function RecallDetailView({
  detail,
  canManage,
  inspected = false,
}: {
  detail: RecallDetail;
  canManage: boolean;
  /** Shown to an inspector: read-only without saying who may change it. */
  inspected?: boolean;
}) {
  const t = useT();
  return (
    <Stack gap="md">
      <RecallBadges recall={detail.recall} />
      {canManage && <RecallActions detail={detail} />}
      {!canManage && !inspected && (
        <Text size="sm" c="dimmed" data-testid="recall-read-only">
          {t('recalls.readOnly')}
        </Text>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Block title={t('recalls.page.scope')}>
            <RecallScopeView detail={detail} />
          </Block>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="md">
            <Block title={t('recalls.page.notice')}>
              <NoticeView detail={detail} />
            </Block>
            {detail.outcome && (
              <Block title={t('recalls.page.outcome')}>
                <RecallOutcome detail={detail} />
              </Block>
            )}
            {!inspected && (
              <Block title={t('recalls.report')}>
                <RecallReport detail={detail} canManage={canManage} />
              </Block>
            )}
            <Block title={t('recalls.page.history')}>
              <RecallHistory detail={detail} />
            </Block>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** `/recalls/:id`: one recall or drill, its preview while a draft. */
export function RecallPage() {
  const t = useT();
  const { id = '' } = useParams();
  const canManage = useCanManageRecalls();
  const recall = useRecall(id);
  const detail = recall.data;
  return (
    <>
      <BackLink to={recallsPath} label={t('recalls.title')} />
      {detail && <PageHeader title={recallTitle(detail.recall, t)} />}
      <QueryState isPending={recall.isPending} error={recall.error} onRetry={() => recall.refetch()} />
      {detail && <RecallDetailView detail={detail} canManage={canManage} />}
    </>
  );
}
