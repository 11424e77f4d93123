import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { LotStatus, LotSummary } from '@nguon/contracts/client';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { formatQuantity, useNameOf } from './lot-text';

/** The small link above a screen's title back to where the clerk came from. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor
      component={Link}
      to={to}
      size="sm"
      mb="xs"
      display="inline-flex"
      style={{ alignItems: 'center', gap: 4, minHeight: 32 }}
      data-testid="lot-back"
    >
      <IconArrowLeft size={16} />
      {label}
    </Anchor>
  );
}

const statusColors: Record<LotStatus, string> = { in_progress: 'blue', completed: 'leaf', recalled: 'red' };

export function LotStatusBadge({ status }: { status: LotStatus }) {
  const t = useT();
  return (
    <Badge color={statusColors[status]} variant="light" data-testid="lot-status">
      {t(`lots.status.${status}`)}
    </Badge>
  );
}

/**
 * "Còn 120 / 500 kg": what is left of a lot for transformations, out of what it started with; once a stage
 * recorded the lot's quantity, "Khai báo 100 kg · Ghi nhận 95,5 kg" (· còn 60 kg), both figures side by side.
 */
export function RemainingText({ lot }: { lot: LotSummary }) {
  const t = useT();
  const lang = useLang();
  const quantity = (value: number) => formatQuantity(value, lot.unit, lang);
  const remaining = quantity(lot.remaining);
  if (lot.recordedQuantity === null) {
    const total = quantity(lot.quantity);
    return <>{lot.remaining === lot.quantity ? total : t('lots.remainingOf', { remaining, total })}</>;
  }
  const both = t('lots.declaredRecorded', {
    declared: quantity(lot.quantity),
    recorded: quantity(lot.recordedQuantity),
  });
  return (
    <>{lot.remaining === lot.recordedQuantity ? both : t('lots.leftAside', { text: both, remaining })}</>
  );
}

interface LotTitleProps {
  lot: LotSummary;
  title: string;
  extra?: ReactNode;
  /** False when the title already is the lot's code. */
  withCode?: boolean;
}

/** Title block of a screen about one lot (and maybe one of its stages): who it is, at a glance. */
export function LotTitle({ lot, title, extra, withCode = true }: LotTitleProps) {
  const t = useT();
  const nameOf = useNameOf();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap={4} mb="md">
      <Group gap="xs" wrap="wrap">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {extra}
      </Group>
      <Text c="dimmed" size="sm" data-testid="lot-title-line">
        {withCode && `${t('lots.lotCode', { code: lot.code })} · `}
        {t('lots.titleLine', { product: nameOf(lot.productName), version: lot.processVersion })}
      </Text>
    </Stack>
  );
}
