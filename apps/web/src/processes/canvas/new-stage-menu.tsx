import { Button, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { type StageKind, stageKinds } from '@nguon/domain';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { stageKindLooks } from './stage-kinds';

interface NewStageMenuProps {
  /** Where the connection was dropped, relative to the canvas box. */
  left: number;
  top: number;
  onPick: (kind: StageKind) => void;
  onClose: () => void;
}

/** After a connection is dropped on empty canvas: which kind of stage to create there, connected. */
export function NewStageMenu({ left, top, onPick, onClose }: NewStageMenuProps) {
  const t = useT();
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);
  return (
    <Paper
      withBorder
      shadow="md"
      p="xs"
      radius="md"
      pos="absolute"
      style={{ left, top, zIndex: 10 }}
      role="menu"
      data-testid="designer-new-stage-menu"
    >
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('designer.newStageHere')}
        </Text>
        <CloseButton onClick={onClose} aria-label={t('common.close')} />
      </Group>
      <Stack gap={4}>
        {stageKinds.map((kind) => {
          const Icon = stageKindLooks[kind].icon;
          return (
            <Button
              key={kind}
              variant="subtle"
              justify="flex-start"
              color={stageKindLooks[kind].color}
              leftSection={<Icon size={18} />}
              onClick={() => onPick(kind)}
              role="menuitem"
              data-testid={`designer-new-stage-${kind}`}
            >
              {t(`designer.kind.${kind}`)}
            </Button>
          );
        })}
      </Stack>
    </Paper>
  );
}
