import { Stack } from '@mantine/core';
import type { GenealogyDirection } from '@nguon/contracts/client';
import { provinces } from '@nguon/domain';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { BackLink } from '../lots/lot-header';
import { inspectedTracePath, LotLinkProvider } from '../lots/lot-link';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useIsMobile } from '../ui/use-is-mobile';
import { useInspectedLotGenealogy } from './trace-api';
import { TraceControls, TraceResult, type TraceView } from './trace-page';

/**
 * `/oversight/lots/:id/trace`: an inspector's read-only walk of a lot of a tenant in their provinces (any other
 * lot answers as unknown). No CSV and no recall here: those are the tenant's.
 */
export function InspectedTracePage() {
  const t = useT();
  const { id = '' } = useParams();
  const isMobile = useIsMobile();
  const [direction, setDirection] = useState<GenealogyDirection>('up');
  const [view, setView] = useState<TraceView>(isMobile ? 'list' : 'graph');
  const inspected = useInspectedLotGenealogy(id, direction);
  const data = inspected.data;
  const code = data?.genealogy.nodes[0]?.lot.code ?? '';
  const province =
    provinces.find((p) => p.code === data?.tenant.province)?.name ?? data?.tenant.province ?? '';
  return (
    <LotLinkProvider value={inspectedTracePath}>
      <BackLink to="/oversight" label={t('recalls.inspected.title')} />
      <PageHeader
        title={t('trace.title', { code })}
        description={
          data ? t('recalls.inspected.tenant', { name: data.tenant.name, province }) : t('trace.intro')
        }
      />
      <Stack gap="md">
        <TraceControls direction={direction} onDirection={setDirection} view={view} onView={setView} />
        <QueryState
          isPending={inspected.isPending}
          error={inspected.error}
          onRetry={() => inspected.refetch()}
        />
        {data && <TraceResult genealogy={data.genealogy} view={view} />}
      </Stack>
    </LotLinkProvider>
  );
}
