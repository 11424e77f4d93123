import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { RecallList, RecallSummary } from '@nguon/contracts/client';
import { IconAlertTriangle, IconFileDescription } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { recallPath, recallsPath } from '../recalls/recall-paths';
import { RecallReadiness } from '../recalls/recall-readiness';
import { RecallBadges, RecallReasonAndReach, recallTitle } from '../recalls/recall-words';
import { Figure, OverviewCard } from './overview-card';

/** Published and not closed: every label of these lots warns consumers now (drills are never published). */
export const openRecallsOf = (list: RecallList) =>
  list.items.filter((recall) => recall.status === 'published' && !recall.drill);

/** Drafts an owner still has to publish or drop; drills stay drafts and are counted by the readiness instead. */
export const recallDraftsOf = (list: RecallList) =>
  list.items.filter((recall) => recall.status === 'draft' && !recall.drill);

function OpenRecall({ recall }: { recall: RecallSummary }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="overview-open-recall">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={recallPath(recall.id)} fw={700} size="lg" c="red.9">
          {recallTitle(recall, t)}
        </Anchor>
        <RecallBadges recall={recall} />
      </Group>
      <RecallReasonAndReach recall={recall} />
    </Paper>
  );
}

/** The first card: red while a recall is published and not closed, since consumers are being warned. */
export function OpenRecallsCard({ list }: { list: UseQueryResult<RecallList> }) {
  const t = useT();
  const open = list.data ? openRecallsOf(list.data) : [];
  return (
    <OverviewCard
      title={t('overview.openRecalls.title')}
      icon={<IconAlertTriangle size={22} />}
      to={recallsPath}
      testId="overview-open-recalls"
      query={list}
      alarm={open.length > 0}
    >
      {open.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="overview-open-recalls-none">
          {t('overview.openRecalls.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text fw={600} c="red.9" data-testid="overview-open-recalls-banner">
            {t('overview.openRecalls.banner', { count: open.length })}
          </Text>
          {open.map((recall) => (
            <OpenRecall key={recall.id} recall={recall} />
          ))}
        </Stack>
      )}
    </OverviewCard>
  );
}

/** Drafts waiting to be published, and the recall readiness: how long the last drill took to its report. */
export function RecallDraftsCard({ list }: { list: UseQueryResult<RecallList> }) {
  const t = useT();
  const lang = useLang();
  const drafts = list.data ? recallDraftsOf(list.data) : [];
  const readiness = list.data?.readiness ?? null;
  return (
    <OverviewCard
      title={t('overview.drafts.title')}
      icon={<IconFileDescription size={22} />}
      to={recallsPath}
      testId="overview-recall-drafts"
      query={list}
    >
      <Stack gap="xs">
        {drafts.length > 0 ? (
          <Figure testId="overview-drafts-count">
            {t('overview.drafts.count', { count: drafts.length })}
          </Figure>
        ) : (
          <Text size="sm" c="dimmed" data-testid="overview-drafts-count">
            {t('overview.drafts.none')}
          </Text>
        )}
        {drafts.slice(0, 3).map((recall) => (
          <Anchor key={recall.id} component={Link} to={recallPath(recall.id)} size="sm">
            {recallTitle(recall, t)}: {recall.notice.reason[lang] || recall.notice.reason.vi}
          </Anchor>
        ))}
        <RecallReadiness readiness={readiness} testId="overview-readiness" />
      </Stack>
    </OverviewCard>
  );
}
