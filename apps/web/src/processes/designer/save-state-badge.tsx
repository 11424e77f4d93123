import { Badge, Loader, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import type { SaveState } from '../editing/save-state';

const looks: Record<SaveState, { color: string; icon: ReactNode }> = {
  saved: { color: 'leaf', icon: <IconCloudCheck size={14} /> },
  saving: { color: 'blue', icon: <Loader size={12} color="blue" /> },
  dirty: { color: 'gray', icon: <IconPencil size={14} /> },
  conflict: { color: 'red', icon: <IconAlertTriangle size={14} /> },
  error: { color: 'orange', icon: <IconAlertTriangle size={14} /> },
};

/** "Đã lưu", "Đang lưu…", "Chưa lưu"… with `data-state` for the end-to-end tests; `detail` says why a save failed. */
export function SaveStateBadge({ state, detail }: { state: SaveState; detail: string | null }) {
  const t = useT();
  const look = looks[state];
  return (
    <Tooltip label={detail} disabled={!detail} multiline w={280}>
      <Badge
        variant="light"
        color={look.color}
        leftSection={look.icon}
        size="lg"
        role="status"
        aria-live="polite"
        data-state={state}
        data-testid="designer-save-state"
      >
        {t(`designer.save.${state}`)}
      </Badge>
    </Tooltip>
  );
}
