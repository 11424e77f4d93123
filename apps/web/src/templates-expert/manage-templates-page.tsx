import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TemplateSummary } from '@nguon/contracts/client';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useSession } from '../auth/session-context';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { notifyProblem } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { DeprecateModal } from './deprecate-modal';
import { useEditorT } from './editor/editor-messages';
import { useOpenTemplateDraft } from './editor/template-draft-api';
import { NewTemplateDialog } from './new-template-dialog';
import { TemplateDrafts } from './template-drafts';
import { RejectedFile, type Rejection, TemplateUpload } from './template-upload';
import { TemplateVersions } from './template-versions';
import { useManagedTemplates, useTemplateVersions } from './use-template-admin';

/** Opens the template's draft (started from its newest version when none is open) in the editor. */
function EditInAppButton({ templateId }: { templateId: string }) {
  const t = useT();
  const te = useEditorT();
  const navigate = useNavigate();
  const open = useOpenTemplateDraft();
  return (
    <Button
      variant="light"
      mih={44}
      leftSection={<IconPencil size={18} />}
      loading={open.isPending}
      onClick={() =>
        open.mutate(templateId, {
          onSuccess: (draft) => navigate(`/templates/manage/drafts/${draft.id}`),
          onError: (error) => notifyProblem(error, t),
        })
      }
      data-testid={`template-edit-${templateId}`}
    >
      {te('templateEditor.editInApp')}
    </Button>
  );
}

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
          <Group gap="xs">
            <EditInAppButton templateId={template.id} />
            <TemplateUpload templateId={template.id} onRejected={setRejection} />
          </Group>
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
  const te = useEditorT();
  const templates = useManagedTemplates();
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('templateExpert.title')}
        description={t('templateExpert.intro')}
        action={
          <Group gap="xs">
            <Button
              mih={44}
              leftSection={<IconPlus size={18} />}
              onClick={() => setCreating(true)}
              data-testid="template-create"
            >
              {te('templateEditor.create')}
            </Button>
            <TemplateUpload templateId={null} onRejected={setRejection} />
          </Group>
        }
      />
      <NewTemplateDialog opened={creating} onClose={() => setCreating(false)} />
      <Stack gap="md">
        {rejection && <RejectedFile rejection={rejection} />}
        <TemplateDrafts />
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
