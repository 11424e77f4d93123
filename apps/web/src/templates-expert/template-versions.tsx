import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { TemplateVersionSummary } from '@nguon/contracts/client';
import { IconBan } from '@tabler/icons-react';
import { formatDate } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { useIsMobile } from '../ui/use-is-mobile';

interface VersionRowProps {
  version: TemplateVersionSummary;
  onDeprecate: (number: number) => void;
}

/** "Deprecate", a larger target on a phone; none for a version already deprecated. */
function DeprecateButton({ version, onDeprecate }: VersionRowProps) {
  const t = useT();
  const isMobile = useIsMobile();
  if (version.deprecated) return null;
  return (
    <Button
      size={isMobile ? 'sm' : 'xs'}
      variant="subtle"
      style={{ flexShrink: 0 }}
      color="red"
      leftSection={<IconBan size={16} />}
      onClick={() => onDeprecate(version.number)}
      data-testid={`template-deprecate-${version.number}`}
    >
      {t('templateExpert.deprecate')}
    </Button>
  );
}

/** The version's number, whether it is deprecated, who or what published it, when, and its stage count. */
function VersionFacts({ version }: { version: TemplateVersionSummary }) {
  const t = useT();
  const lang = useLang();
  const source =
    version.source === 'file' || !version.publishedBy
      ? t('templateExpert.fromFile')
      : t('templateExpert.byExpert', { name: version.publishedBy.name });
  return (
    <Group gap="xs">
      <Text fw={600} size="sm">
        {t('templateExpert.versionN', { number: version.number })}
      </Text>
      {version.deprecated && (
        <Badge color="gray" variant="light">
          {t('templateExpert.deprecated')}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        {source} · {formatDate(version.publishedAt, lang)} ·{' '}
        {t('templateExpert.stages', { count: version.stageCount })}
      </Text>
    </Group>
  );
}

/** One published version: number, who or what published it and when, its note, and its deprecation. */
function VersionRow({ version, onDeprecate }: VersionRowProps) {
  const t = useT();
  const lang = useLang();
  const isMobile = useIsMobile();
  const { number, deprecated } = version;
  const deprecateButton = <DeprecateButton version={version} onDeprecate={onDeprecate} />;
  return (
    <Stack
      gap={4}
      py="xs"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid={`template-version-${number}`}
    >
      <Group justify="space-between" gap="xs" align="flex-start">
        <VersionFacts version={version} />
        {!isMobile && deprecateButton}
      </Group>
      <Text size="sm">{version.note[lang] || version.note.vi}</Text>
      {deprecated && (
        <Text size="sm" c="dimmed">
          {t('templateExpert.deprecatedOn', {
            date: formatDate(deprecated.at, lang),
            message: deprecated.message[lang] || deprecated.message.vi,
          })}
        </Text>
      )}
      {isMobile && !deprecated && <Group justify="flex-end">{deprecateButton}</Group>}
    </Stack>
  );
}

/** A template's versions, newest first, each deprecatable while it is not. */
export function TemplateVersions({
  versions,
  onDeprecate,
}: {
  versions: readonly TemplateVersionSummary[];
  onDeprecate: (number: number) => void;
}) {
  return (
    <Stack gap={0}>
      {versions.map((version) => (
        <VersionRow key={version.number} version={version} onDeprecate={onDeprecate} />
      ))}
    </Stack>
  );
}
