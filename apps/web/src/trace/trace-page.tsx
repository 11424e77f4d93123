import { Alert, Button, EmptyState, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import type { GenealogyDirection, LotGenealogy } from '@nguon/contracts/client';
import { IconAlertTriangle, IconDownload, IconGitFork } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { BackLink } from '../lots/lot-header';
import { lotPath } from '../lots/lot-paths';
import { useCanManageRecalls } from '../recalls/recall-api';
import { newRecallPath } from '../recalls/recall-paths';
import { PageHeader } from '../ui/page-header';
import { PageLoading } from '../ui/page-loading';
import { QueryState } from '../ui/query-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { genealogyCsvHref, useLotGenealogy } from './trace-api';
import { TraceList } from './trace-list';
import { traceRowsOf } from './trace-rows';

const TraceGraph = lazy(() => import('./trace-graph'));

export type TraceView = 'graph' | 'list';

export function TraceControls(props: {
  direction: GenealogyDirection;
  onDirection: (direction: GenealogyDirection) => void;
  view: TraceView;
  onView: (view: TraceView) => void;
}) {
  const t = useT();
  const isMobile = useIsMobile();
  return (
    <Group gap="sm" wrap="wrap">
      <SegmentedControl
        size="md"
        fullWidth={isMobile}
        orientation={isMobile ? 'vertical' : 'horizontal'}
        aria-label={t('trace.direction')}
        value={props.direction}
        data={[
          { value: 'up', label: t('trace.up') },
          { value: 'down', label: t('trace.down') },
        ]}
        onChange={(value) => props.onDirection(value === 'up' ? 'up' : 'down')}
        data-testid="trace-direction"
      />
      <SegmentedControl
        size="md"
        aria-label={t('trace.view')}
        value={props.view}
        data={[
          { value: 'graph', label: t('trace.viewGraph') },
          { value: 'list', label: t('trace.viewList') },
        ]}
        onChange={(value) => props.onView(value === 'graph' ? 'graph' : 'list')}
        data-testid="trace-view"
      />
    </Group>
  );
}

export function TraceResult({ genealogy, view }: { genealogy: LotGenealogy; view: TraceView }) {
  const t = useT();
  const code = genealogy.nodes[0]?.lot.code ?? '';
  if (genealogy.nodes.length <= 1) {
    return (
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="trace-empty">
        <EmptyState
          variant="light"
          color="leaf"
          icon={<IconGitFork size={32} />}
          title={t(`trace.empty.${genealogy.direction}`)}
        />
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Text fw={600} data-testid="trace-count">
        {t('trace.lotCount', { count: genealogy.nodes.length })}
      </Text>
      {genealogy.truncated && (
        <Alert color="orange" data-testid="trace-truncated">
          {t('trace.truncated')}
        </Alert>
      )}
      {view === 'graph' ? (
        <Suspense fallback={<PageLoading />}>
          <TraceGraph genealogy={genealogy} code={code} />
        </Suspense>
      ) : (
        <TraceList rows={traceRowsOf(genealogy)} rootLotId={genealogy.rootLotId} />
      )}
      {genealogy.edges.some((edge) => edge.proportional) && (
        <Text size="sm" c="dimmed">
          {t('trace.proportionalNote')}
        </Text>
      )}
    </Stack>
  );
}

/** `/lots/:id/trace`: the lot's genealogy back to farms and inputs or forward to pack lots and labels. */
export function TracePage() {
  const t = useT();
  const { id = '' } = useParams();
  const isMobile = useIsMobile();
  const isOwner = useCanManageRecalls();
  const [direction, setDirection] = useState<GenealogyDirection>('down');
  // A phone starts on the list: the graph (and React Flow) loads only when asked for.
  const [view, setView] = useState<TraceView>(isMobile ? 'list' : 'graph');
  const genealogy = useLotGenealogy(id, direction);
  const data = genealogy.data;
  const code = data?.nodes[0]?.lot.code ?? '';
  return (
    <>
      <BackLink to={lotPath(id)} label={code || t('lots.backToLots')} />
      <PageHeader
        title={t('trace.title', { code })}
        description={t('trace.intro')}
        action={
          <Group gap="xs">
            <Button
              component="a"
              href={genealogyCsvHref(id, direction)}
              download
              size="md"
              variant="default"
              leftSection={<IconDownload size={20} />}
              data-testid="trace-csv"
            >
              {t('trace.csv')}
            </Button>
            {isOwner && (
              <Button
                component={Link}
                to={newRecallPath({ lotId: id })}
                size="md"
                color="red"
                variant="light"
                leftSection={<IconAlertTriangle size={20} />}
                data-testid="trace-recall"
              >
                {t('trace.recallLot')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <TraceControls direction={direction} onDirection={setDirection} view={view} onView={setView} />
        <QueryState
          isPending={genealogy.isPending}
          error={genealogy.error}
          onRetry={() => genealogy.refetch()}
        />
        {data && <TraceResult genealogy={data} view={view} />}
      </Stack>
    </>
  );
}
