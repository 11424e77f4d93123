import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { StageRef, WorkItem } from '@nguon/contracts/client';
import { IconArrowsSplit2, IconChevronRight, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { RemainingText } from './lot-header';
import { lotPath, stagePath } from './lot-paths';
import { useNameOf } from './lot-text';

/** One waiting stage as a thumb-sized button: the form (or the transformation screen) is one tap away. */
export function StageButton({ lotId, stage, testId }: { lotId: string; stage: StageRef; testId: string }) {
  const t = useT();
  const nameOf = useNameOf();
  const isTransformation = stage.kind === 'transformation';
  return (
    <Button
      component={Link}
      to={stagePath(lotId, stage)}
      size="lg"
      variant={isTransformation ? 'light' : 'filled'}
      color={isTransformation ? 'earth' : undefined}
      fullWidth
      className="nguon-stage-button"
      leftSection={isTransformation ? <IconArrowsSplit2 size={22} /> : <IconPencil size={22} />}
      rightSection={<IconChevronRight size={20} />}
      justify="space-between"
      data-testid={testId}
    >
      <span>
        {nameOf(stage.name)}
        {isTransformation && (
          <Text component="span" size="xs" display="block" fw={500}>
            {t('lots.stage.transformationHint')}
          </Text>
        )}
      </span>
    </Button>
  );
}

/** A lot of the work list: who it is, what is left of it, and a button for every stage waiting for it. */
export function WorkCard({ item, index, canRecord }: { item: WorkItem; index: number; canRecord: boolean }) {
  const t = useT();
  const nameOf = useNameOf();
  const { lot, stages } = item;
  return (
    <Paper withBorder radius="lg" p="sm" data-testid={`work-card-${index}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={lotPath(lot.id)} fw={700} size="lg" data-testid="work-lot-link">
            {lot.code}
          </Anchor>
          <Badge variant="outline" color="gray" title={t('lots.versionTitle')}>
            {t('lots.version', { version: lot.processVersion })}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {nameOf(lot.productName)} · <RemainingText lot={lot} />
        </Text>
        {canRecord ? (
          stages.map((stage, stageIndex) => (
            <StageButton
              key={stage.stageId}
              lotId={lot.id}
              stage={stage}
              testId={`work-stage-${index}-${stageIndex}`}
            />
          ))
        ) : (
          <Group gap={6}>
            <Text size="sm">{t('lots.waitingFor')}</Text>
            {stages.map((stage) => (
              <Badge key={stage.stageId} variant="light">
                {nameOf(stage.name)}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
