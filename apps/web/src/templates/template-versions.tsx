import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TemplateVersionSummary } from '@nguon/contracts/client';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { QueryState } from '../ui/query-state';
import { useTemplateVersions } from './template-api';
import { useTemplateT } from './template-messages';

/** Why a deprecated version cannot be used, in the expert's words; nothing for a usable one. */
export function DeprecatedNotice({ version }: { version: TemplateVersionSummary }) {
  const tt = useTemplateT();
  const lang = useLang();
  if (!version.deprecated) return null;
  const message = version.deprecated.message[lang] || version.deprecated.message.vi;
  return (
    <Alert color="orange" variant="light" role="alert" data-testid="template-deprecated">
      {tt('templates.deprecatedNotice', { number: version.number, message })}
    </Alert>
  );
}

function VersionRow({
  templateId,
  version,
  shown,
}: {
  templateId: string;
  version: TemplateVersionSummary;
  shown: boolean;
}) {
  const tt = useTemplateT();
  const lang = useLang();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="template-version">
      <Group justify="space-between" gap="xs" mb={4}>
        <Group gap="xs">
          <Text fw={600}>{tt('templates.versionN', { number: version.number })}</Text>
          {version.deprecated && (
            <Badge color="orange" variant="light" size="sm">
              {tt('templates.deprecatedBadge')}
            </Badge>
          )}
          {shown && (
            <Badge color="leaf" variant="light" size="sm">
              {tt('templates.currentBadge')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {tt('templates.versionPublished', { at: formatDate(version.publishedAt, lang) })}
        </Text>
      </Group>
      <Text size="sm">{version.note[lang] || version.note.vi}</Text>
      {version.deprecated && (
        <Text size="sm" c="orange.9" mt={4}>
          {version.deprecated.message[lang] || version.deprecated.message.vi}
        </Text>
      )}
      {!shown && (
        <Anchor
          component={Link}
          to={`/templates/${templateId}?version=${version.number}`}
          size="sm"
          mt={4}
          display="inline-block"
          py={6}
        >
          {tt('templates.viewVersion')}
        </Anchor>
      )}
    </Paper>
  );
}

/** Every version, newest first, with its change note and any deprecation; each one can be looked at. */
export function TemplateVersions({ templateId, shownNumber }: { templateId: string; shownNumber: number }) {
  const tt = useTemplateT();
  const versions = useTemplateVersions(templateId);
  return (
    <Stack gap="sm" component="section" aria-label={tt('templates.versions')}>
      <Title order={2} size="h3">
        {tt('templates.versions')}
      </Title>
      <QueryState isPending={versions.isPending} error={versions.error} onRetry={() => versions.refetch()} />
      {versions.data?.items.map((version) => (
        <VersionRow
          key={version.number}
          templateId={templateId}
          version={version}
          shown={version.number === shownNumber}
        />
      ))}
    </Stack>
  );
}
