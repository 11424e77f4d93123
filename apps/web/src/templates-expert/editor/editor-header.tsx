import { ActionIcon, Badge, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { TemplateDraftView } from '@nguon/contracts/client';
import { IconArrowLeft, IconRocket, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import type { DesignerStatus } from '../../processes/designer/designer';
import { SaveStateBadge } from '../../processes/designer/save-state-badge';
import { notifyError } from '../../ui/notify';
import { newerVersion } from './draft-update';
import { type EditorMessageKey, useEditorT } from './editor-messages';

/** Which tabs hold edits not saved yet: publishing would send the server's older details without them. */
export interface UnsavedTabs {
  details: boolean;
  catalogs: boolean;
}

/**
 * Why Publish waits: a newer version was published since the draft's base (the server would refuse it), a tab
 * has unsaved edits, or the process is not saved yet, is being checked, or the saved draft has problems. Those are the server's for the saved process (recomputed with the catalogs on every
 * details save), not the designer's count: the designer reports from an effect, and on a hidden tab React's
 * Activity holds effects back, so a catalog added on the Catalogs tab would unblock only once it is shown.
 */
export function templatePublishBlocker(
  status: DesignerStatus | null,
  unsaved: UnsavedTabs,
  saved: Pick<TemplateDraftView['process'], 'problems'>,
  outdated = false,
): EditorMessageKey | null {
  if (outdated) return 'templateEditor.blockedOutdated';
  if (unsaved.details) return 'templateEditor.blockedDetails';
  if (unsaved.catalogs) return 'templateEditor.blockedCatalogs';
  if (status === null || status.checking) return 'templateEditor.blockedChecking';
  if (status.saveState !== 'saved') return 'templateEditor.blockedUnsaved';
  if (saved.problems.length > 0) return 'templateEditor.blockedProblems';
  return null;
}

interface EditorHeaderProps {
  draft: TemplateDraftView;
  status: DesignerStatus | null;
  unsaved: UnsavedTabs;
  onPublish: () => void;
  onDiscard: () => void;
}

/** Back to managing, the template's name and key, the version it comes from, whether its process is saved. */
function EditorTitle({
  draft,
  name,
  status,
}: {
  draft: TemplateDraftView;
  name: string;
  status: DesignerStatus | null;
}) {
  const te = useEditorT();
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <ActionIcon
        component={Link}
        to="/templates/manage"
        variant="subtle"
        size={44}
        aria-label={te('templateEditor.back')}
      >
        <IconArrowLeft size={20} />
      </ActionIcon>
      <Stack gap={2} miw={0}>
        <Title order={1} size="h3" lineClamp={1} data-testid="editor-name">
          {name}
        </Title>
        <Group gap={6}>
          <Text size="sm" c="dimmed" ff="monospace" data-testid="editor-key">
            {draft.key}
          </Text>
          <Badge variant="light" color="earth" data-testid="editor-base">
            {draft.baseVersion === null
              ? te('templateEditor.newTemplate')
              : te('templateEditor.fromVersion', { number: draft.baseVersion })}
          </Badge>
          {status && <SaveStateBadge state={status.saveState} detail={null} />}
        </Group>
      </Stack>
    </Group>
  );
}

/** Publish, which says why it waits (a tooltip, and a tap on a phone) rather than being disabled. */
function PublishButton({ blocker, onPublish }: { blocker: EditorMessageKey | null; onPublish: () => void }) {
  const t = useT();
  const te = useEditorT();
  return (
    <Tooltip label={te(blocker ?? 'templateEditor.publishHint')} multiline w={260}>
      {/* data-disabled, not disabled: the tooltip (and a tap on a phone) still explains why */}
      <Button
        mih={44}
        leftSection={<IconRocket size={18} />}
        onClick={() => (blocker ? notifyError(te(blocker), t) : onPublish())}
        data-disabled={blocker !== null || undefined}
        aria-disabled={blocker !== null}
        data-testid="editor-publish"
      >
        {te('templateEditor.publish')}
      </Button>
    </Tooltip>
  );
}

/** The template's name and key, the version it comes from, whether its process is saved, Publish and Discard. */
export function EditorHeader({ draft, status, unsaved, onPublish, onDiscard }: EditorHeaderProps) {
  const t = useT();
  const te = useEditorT();
  const lang = useLang();
  const name = draft.details.name[lang] || draft.details.name.vi || draft.key;
  useDocumentTitle(`${name} · ${t('app.name')}`);
  const blocker = templatePublishBlocker(status, unsaved, draft.process, newerVersion(draft) !== null);
  return (
    <Group justify="space-between" gap="sm" pb="sm" wrap="wrap">
      <EditorTitle draft={draft} name={name} status={status} />
      <Group gap="xs" wrap="wrap">
        <Button
          variant="default"
          color="red"
          mih={44}
          leftSection={<IconTrash size={18} />}
          onClick={onDiscard}
          data-testid="editor-discard"
        >
          {te('templateEditor.discard')}
        </Button>
        <PublishButton blocker={blocker} onPublish={onPublish} />
      </Group>
    </Group>
  );
}
