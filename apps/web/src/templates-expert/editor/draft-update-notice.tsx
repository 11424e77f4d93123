import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { DraftUpdateDrawerProps } from './draft-update-drawer';
import { useEditorT } from './editor-messages';

// the drawer and its diff load on the first click only: the designer's script is at its budget
const DraftUpdateDrawer = lazy(async () => ({
  default: (await import('./draft-update-drawer')).DraftUpdateDrawer,
}));

/** Stands in for the drawer while its chunk loads: the open button spins meanwhile (a slow phone waits a while). */
function DrawerLoading({ onLoading }: { onLoading: (loading: boolean) => void }) {
  useEffect(() => {
    onLoading(true);
    return () => onLoading(false);
  }, [onLoading]);
  return null;
}

type DraftUpdateNoticeProps = Omit<DraftUpdateDrawerProps, 'onClose'>;

/** "Version M was published after this draft was opened from version N", with the way to bring it onto M. */
export function DraftUpdateNotice(props: DraftUpdateNoticeProps) {
  const te = useEditorT();
  const [opened, setOpened] = useState(false);
  const [loading, setLoading] = useState(false);
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
        <Button mih={44} loading={loading} onClick={() => setOpened(true)} data-testid="draft-update-open">
          {te('templateEditor.outdatedOpen', { latest: props.latest })}
        </Button>
      </Stack>
      {opened && (
        <Suspense fallback={<DrawerLoading onLoading={setLoading} />}>
          <DraftUpdateDrawer {...props} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </Alert>
  );
}
