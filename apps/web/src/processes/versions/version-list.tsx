import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { ProcessVersionSummary } from '@nguon/contracts/client';
import { IconEye, IconGitCompare, IconRestore } from '@tabler/icons-react';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

interface VersionListProps {
  versions: readonly ProcessVersionSummary[];
  /** Restoring needs an editable, saved draft; null hides the button. */
  canRestore: boolean;
  onView: (number: number) => void;
  onCompare: (number: number) => void;
  onRestore: (number: number) => void;
}

/** Published versions, newest first: who published what, when, and what to do with one. */
export function VersionList({ versions, canRestore, onView, onCompare, onRestore }: VersionListProps) {
  const t = useT();
  const lang = useLang();
  if (versions.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="versions-empty">
        {t('designer.versionsEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {versions.map((version) => (
        <Card
          key={version.id}
          withBorder
          padding="sm"
          radius="md"
          data-testid={`version-row-${version.number}`}
        >
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Stack gap={2} miw={0}>
              <Group gap="xs">
                <Badge variant="light">{t('designer.versionN', { number: version.number })}</Badge>
                <Text size="xs" c="dimmed">
                  {t('designer.stageCount', { count: version.stageCount })}
                </Text>
              </Group>
              <Text size="sm">{version.note || t('designer.noNote')}</Text>
              <Text size="xs" c="dimmed">
                {t('designer.publishedBy', {
                  name: version.publishedBy?.name ?? t('designer.someone'),
                  time: formatDateTime(version.publishedAt, lang),
                })}
              </Text>
            </Stack>
          </Group>
          <Group gap={4} mt="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconEye size={16} />}
              onClick={() => onView(version.number)}
              data-testid={`version-view-${version.number}`}
            >
              {t('designer.versionView')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconGitCompare size={16} />}
              onClick={() => onCompare(version.number)}
              data-testid={`version-compare-${version.number}`}
            >
              {t('designer.versionCompare')}
            </Button>
            {canRestore && (
              <Button
                size="xs"
                variant="subtle"
                color="orange"
                leftSection={<IconRestore size={16} />}
                onClick={() => onRestore(version.number)}
                data-testid={`version-restore-${version.number}`}
              >
                {t('designer.versionRestore')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
