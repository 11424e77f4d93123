import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import type { DraftUpdateDrawerProps } from './draft-update-drawer';
import { useEditorT } from './editor-messages';

// the drawer and its diff load on the first click only: the designer's script is at its budget
const DraftUpdateDrawer = lazy(async () => ({
  default: (await import('./draft-update-drawer')).DraftUpdateDrawer,
}));

type DraftUpdateNoticeProps = Omit<DraftUpdateDrawerProps, 'onClose'>;

/** "Version M was published after this draft was opened from version N", with the way to bring it onto M. */
export function DraftUpdateNotice(props: DraftUpdateNoticeProps) {
  const te = useEditorT();
  const [opened, setOpened] = useState(false);
  const numbers = { latest: props.latest, base: props.draft.baseVersion ?? 0 };
  return (
    <Alert
      color="blue"
      icon={<IconRefresh size={20} />}
      title={te('templateEditor.outdated')}
      mb="sm"
      data-testid="draft-update-notice"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{te('templateEditor.outdatedBody', numbers)}</Text>
        <Button mih={44} onClick={() => setOpened(true)} data-testid="draft-update-open">
          {te('templateEditor.outdatedOpen', { latest: props.latest })}
        </Button>
      </Stack>
      {opened && (
        <Suspense fallback={null}>
          <DraftUpdateDrawer {...props} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </Alert>
  );
}
