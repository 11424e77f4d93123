import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TemplateSummary } from '@nguon/contracts/client';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../auth/session-context';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { DeprecateModal } from './deprecate-modal';
import { RejectedFile, type Rejection, TemplateUpload } from './template-upload';
import { TemplateVersions } from './template-versions';
import { useManagedTemplates, useTemplateVersions } from './use-template-admin';

/** One template with its versions and a way to publish the next one. */
function TemplateCard({ template }: { template: TemplateSummary }) {
  const t = useT();
  const lang = useLang();
  const versions = useTemplateVersions(template.id);
  const [deprecating, setDeprecating] = useState<number | null>(null);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  return (
    <Paper withBorder radius="lg" p="md" data-testid={`template-card-${template.key}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Title order={2} fz="h4">
              {template.name[lang] || template.name.vi}
            </Title>
            <Group gap={6}>
              <Text size="xs" c="dimmed" ff="monospace">
                {template.key}
              </Text>
              <Badge variant="light" color="earth">
                {t('templateExpert.versionCount', { count: template.versionCount })}
              </Badge>
            </Group>
          </Stack>
          <TemplateUpload templateId={template.id} onRejected={setRejection} />
        </Group>
        {rejection && <RejectedFile rejection={rejection} />}
        {versions.data ? (
          <TemplateVersions versions={versions.data.items} onDeprecate={setDeprecating} />
        ) : (
          <QueryState
            isPending={versions.isPending}
            error={versions.error}
            onRetry={() => versions.refetch()}
          />
        )}
      </Stack>
      <DeprecateModal templateId={template.id} number={deprecating} onClose={() => setDeprecating(null)} />
    </Paper>
  );
}

function ManageTemplates() {
  const t = useT();
  const templates = useManagedTemplates();
  const [rejection, setRejection] = useState<Rejection | null>(null);
  return (
    <>
      <PageHeader
        title={t('templateExpert.title')}
        description={t('templateExpert.intro')}
        action={<TemplateUpload templateId={null} onRejected={setRejection} />}
      />
      <Stack gap="md">
        {rejection && <RejectedFile rejection={rejection} />}
        {templates.data ? (
          templates.data.items.length === 0 ? (
            <Alert color="gray">{t('templateExpert.empty')}</Alert>
          ) : (
            templates.data.items.map((template) => <TemplateCard key={template.id} template={template} />)
          )
        ) : (
          <QueryState
            isPending={templates.isPending}
            error={templates.error}
            onRetry={() => templates.refetch()}
          />
        )}
      </Stack>
    </>
  );
}

/** `/templates/manage`: the centre's experts publish templates and versions from files and deprecate versions. */
export function ManageTemplatesPage() {
  const session = useSession();
  const isExpert = session.platformRoles.some((role) => role === 'expert' || role === 'admin');
  return isExpert ? <ManageTemplates /> : <Navigate to="/templates" replace />;
}
