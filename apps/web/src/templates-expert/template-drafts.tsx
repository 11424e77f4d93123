import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TemplateDraftSummary } from '@nguon/contracts/client';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { QueryState } from '../ui/query-state';
import { newerVersion } from './editor/draft-update';
import { useEditorT } from './editor/editor-messages';
import { useTemplateDrafts } from './editor/template-draft-api';

function DraftRow({ draft }: { draft: TemplateDraftSummary }) {
  const te = useEditorT();
  const lang = useLang();
  const date = formatDateTime(draft.updatedAt, lang);
  const latest = newerVersion(draft);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`template-draft-${draft.key}`}>
      <Group justify="space-between" gap="xs" align="center">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600}>{draft.name[lang] || draft.name.vi || draft.key}</Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed" ff="monospace">
              {draft.key}
            </Text>
            <Badge variant="light" color="earth">
              {draft.baseVersion === null
                ? te('templateEditor.newTemplate')
                : te('templateEditor.fromVersion', { number: draft.baseVersion })}
            </Badge>
            {latest !== null && (
              <Badge variant="light" color="orange" data-testid={`template-draft-outdated-${draft.key}`}>
                {te('templateEditor.outdatedSince', { latest })}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {te('templateEditor.stages', { count: draft.stageCount })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {draft.updatedBy
              ? te('templateEditor.updatedBy', { date, name: draft.updatedBy.name })
              : te('templateEditor.updatedAt', { date })}
          </Text>
        </Stack>
        <Button
          component={Link}
          to={`/templates/manage/drafts/${draft.id}`}
          variant="light"
          mih={44}
          leftSection={<IconPencil size={18} />}
          data-testid={`template-draft-open-${draft.key}`}
        >
          {te('templateEditor.open')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The templates being written in the app, the last changed first, each a way back into the editor. */
export function TemplateDrafts() {
  const te = useEditorT();
  const drafts = useTemplateDrafts();
  return (
    <Stack gap="xs" data-testid="template-drafts">
      <Title order={2} fz="h4">
        {te('templateEditor.drafts')}
      </Title>
      {drafts.data ? (
        drafts.data.items.length === 0 ? (
          <Alert color="gray">{te('templateEditor.draftsEmpty')}</Alert>
        ) : (
          drafts.data.items.map((draft) => <DraftRow key={draft.id} draft={draft} />)
        )
      ) : (
        <QueryState isPending={drafts.isPending} error={drafts.error} onRetry={() => drafts.refetch()} />
      )}
    </Stack>
  );
}
