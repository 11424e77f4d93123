import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { LotDetail, LotLinkView } from '@nguon/contracts/client';
import { IconArrowDownRight, IconArrowUpLeft, IconGitFork } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { lotPath, tracePath } from './lot-paths';
import { formatQuantity, useNameOf } from './lot-text';

function LinkRow({ link, testId }: { link: LotLinkView; testId: string }) {
  const lang = useLang();
  const nameOf = useNameOf();
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" data-testid={testId}>
      <Stack gap={0}>
        <Anchor component={Link} to={lotPath(link.lot.id)} fw={600}>
          {link.lot.code}
        </Anchor>
        <Text size="xs" c="dimmed">
          {nameOf(link.lot.productName)}
        </Text>
      </Stack>
      <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {formatQuantity(link.quantity, link.unit, lang)}
      </Text>
    </Group>
  );
}

/** Opens the trace explorer: the whole genealogy both ways, as a graph and as lists. */
function TraceButton({ lotId }: { lotId: string }) {
  const t = useT();
  return (
    <Button
      component={Link}
      to={tracePath(lotId)}
      variant="light"
      size="md"
      leftSection={<IconGitFork size={20} />}
      data-testid="genealogy-trace"
    >
      {t('trace.open')}
    </Button>
  );
}

/** One step back and one step forward, and the way to the whole trace. */
export function GenealogyCard({ lot }: { lot: LotDetail }) {
  return (
    <Stack gap="sm">
      <GenealogySteps lot={lot} />
      <TraceButton lotId={lot.lot.id} />
    </Stack>
  );
}

/** One step back (the lots this one was made from) and one step forward (the lots made from it). */
function GenealogySteps({ lot }: { lot: LotDetail }) {
  const t = useT();
  if (lot.parents.length === 0 && lot.children.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="genealogy-empty">
        {t('lots.genealogy.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="genealogy">
      {lot.parents.length > 0 && (
        <Stack gap={6}>
          <Group gap={6}>
            <IconArrowUpLeft size={18} />
            <Text fw={600} size="sm">
              {t('lots.genealogy.parents')}
            </Text>
          </Group>
          {lot.parents.map((link) => (
            <LinkRow key={`${link.transformationId}-${link.lot.id}`} link={link} testId="genealogy-parent" />
          ))}
        </Stack>
      )}
      {lot.children.length > 0 && (
        <Stack gap={6}>
          <Group gap={6}>
            <IconArrowDownRight size={18} />
            <Text fw={600} size="sm">
              {t('lots.genealogy.children')}
            </Text>
          </Group>
          {lot.children.map((link) => (
            <LinkRow key={`${link.transformationId}-${link.lot.id}`} link={link} testId="genealogy-child" />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
