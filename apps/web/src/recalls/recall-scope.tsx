import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { RecallDetail, RecallLotView, RecallScope } from '@nguon/contracts/client';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { LotStatusBadge } from '../lots/lot-header';
import { useLotLink } from '../lots/lot-link';
import { formatQuantity, lotQuantity, useNameOf } from '../lots/lot-text';

function LabelRuns({ lot }: { lot: RecallLotView }) {
  const t = useT();
  if (lot.labelRuns.length === 0) return null;
  return (
    <Stack gap={0} data-testid="recall-label-runs">
      {lot.labelRuns.map((run) => (
        <Text key={`${run.batchId}-${run.firstSeq}`} size="xs" c="dimmed" ff="monospace">
          {t('recalls.page.labelRun', {
            batch: run.batchNumber,
            first: run.firstSerial,
            last: run.lastSerial,
          })}
        </Text>
      ))}
    </Stack>
  );
}

function AffectedLot({ view, codes }: { view: RecallLotView; codes: Map<string, string> }) {
  const t = useT();
  const linkOf = useLotLink();
  const lang = useLang();
  const nameOf = useNameOf();
  const { lot } = view;
  const from = view.fromLotIds.map((id) => codes.get(id) ?? id).join(', ');
  return (
    <Paper withBorder radius="md" p="sm" data-testid="recall-lot" data-code={lot.code}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={linkOf(lot.id)} fw={700}>
          {lot.code}
        </Anchor>
        <Group gap={6}>
          {view.seed && (
            <Badge color="red" variant="light">
              {t('recalls.page.seed')}
            </Badge>
          )}
          {view.joinedLater && (
            <Badge color="orange" variant="light">
              {t('recalls.page.joinedLater')}
            </Badge>
          )}
          <LotStatusBadge status={lot.status} />
        </Group>
      </Group>
      <Text size="sm">
        {nameOf(lot.productName)} · {formatQuantity(lotQuantity(lot), lot.unit, lang)} ·{' '}
        {t('trace.node.labels', { count: view.labelCount })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('trace.depth', { depth: view.depth })}
        {from && ` · ${t('recalls.page.madeFrom', { codes: from })}`}
      </Text>
      <LabelRuns lot={view} />
    </Paper>
  );
}

function ProductTotals({ scope }: { scope: RecallScope }) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  return (
    <Stack gap={6} data-testid="recall-products">
      <Title order={3} size="h5">
        {t('recalls.page.products')}
      </Title>
      {scope.products.map((product) => (
        <Group
          key={product.productId}
          justify="space-between"
          wrap="wrap"
          gap="xs"
          data-testid="recall-product"
        >
          <Text fw={600}>{nameOf(product.productName)}</Text>
          <Text size="sm">
            {product.quantities.map((q) => formatQuantity(q.quantity, q.unit, lang)).join(' + ')} ·{' '}
            {t('recalls.page.totals', { lots: product.lotCount, labels: product.labelCount })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Lots made beside affected ones but not from affected material: greyed, with why. */
function ExcludedLots({ scope, codes }: { scope: RecallScope; codes: Map<string, string> }) {
  const t = useT();
  const nameOf = useNameOf();
  if (scope.excluded.length === 0) return null;
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {t('recalls.page.excluded')}
      </Title>
      {scope.excluded.map((excluded) => (
        <Paper
          key={`${excluded.transformationId}-${excluded.lot.id}`}
          withBorder
          radius="md"
          p="sm"
          opacity={0.6}
          bg="gray.0"
          data-testid="recall-excluded"
        >
          <Text fw={600}>
            {excluded.lot.code} · {nameOf(excluded.lot.productName)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('recalls.page.excludedWhy', { code: codes.get(excluded.siblingOfLotId) ?? '' })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

/** What the recall reaches: totals per product, every affected lot with depth, origin and label runs, the siblings left out. */
export function RecallScopeView({ detail }: { detail: RecallDetail }) {
  const t = useT();
  const { scope, recall } = detail;
  const codes = new Map(scope.lots.map((view) => [view.lot.id, view.lot.code]));
  const lots = [...scope.lots].sort((a, b) => a.depth - b.depth || a.lot.code.localeCompare(b.lot.code));
  return (
    <Stack gap="md" data-testid="recall-scope">
      <Text fw={700} size="lg" data-testid="recall-totals">
        {t('recalls.page.totals', { lots: scope.lots.length, labels: scope.labelCount })}
      </Text>
      {scope.labelCount === 0 && (
        <Text size="sm" c="dimmed">
          {t('recalls.page.noLabels')}
        </Text>
      )}
      <ProductTotals scope={scope} />
      <Title order={3} size="h5">
        {t(recall.status === 'draft' ? 'recalls.page.preview' : 'recalls.page.scope')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        {lots.map((view) => (
          <AffectedLot key={view.lot.id} view={view} codes={codes} />
        ))}
      </SimpleGrid>
      <ExcludedLots scope={scope} codes={codes} />
    </Stack>
  );
}
