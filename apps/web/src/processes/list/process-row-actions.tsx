import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import type { ProcessSummary } from '@nguon/contracts/client';
import {
  IconArchive,
  IconArchiveOff,
  IconCopy,
  IconDotsVertical,
  IconDownload,
  IconPencil,
  IconRoute,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';

export type ProcessRowAction = 'rename' | 'duplicate' | 'archive' | 'unarchive' | 'export';

interface ProcessRowActionsProps {
  process: ProcessSummary;
  index: number;
  canManage: boolean;
  onAction: (action: ProcessRowAction, process: ProcessSummary) => void;
}

/** Open, and a menu of the rest; owners get every action, others only export. */
export function ProcessRowActions({ process, index, canManage, onAction }: ProcessRowActionsProps) {
  const t = useT();
  const act = (action: ProcessRowAction) => () => onAction(action, process);
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button
        component={Link}
        to={`/processes/${process.id}`}
        variant="light"
        leftSection={<IconRoute size={18} />}
        data-testid={`process-open-${index}`}
      >
        {t('designer.open')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={44}
            aria-label={t('designer.moreOf', { name: process.name.vi })}
            data-testid={`process-menu-${index}`}
          >
            <IconDotsVertical size={20} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canManage && (
            <>
              <Menu.Item leftSection={<IconPencil size={18} />} onClick={act('rename')}>
                {t('designer.rename')}
              </Menu.Item>
              <Menu.Item leftSection={<IconCopy size={18} />} onClick={act('duplicate')}>
                {t('designer.duplicate')}
              </Menu.Item>
            </>
          )}
          <Menu.Item leftSection={<IconDownload size={18} />} onClick={act('export')}>
            {t('designer.export')}
          </Menu.Item>
          {canManage &&
            (process.archived ? (
              <Menu.Item leftSection={<IconArchiveOff size={18} />} onClick={act('unarchive')}>
                {t('designer.unarchive')}
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconArchive size={18} />} color="red" onClick={act('archive')}>
                {t('designer.archive')}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
