import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TemplateSummary } from '@nguon/contracts/client';
import { IconEye } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useProductTypeName } from './product-type-name';
import { useTemplateT } from './template-messages';

/** Stages, jobs and catalogs of a template, in one short line a card and the preview share. */
export function TemplateCounts({ template }: { template: TemplateSummary }) {
  const tt = useTemplateT();
  const parts = [
    tt('templates.stageCount', { count: template.stageCount }),
    tt('templates.jobCount', { count: template.jobCount }),
    tt('templates.catalogCount', { count: template.catalogCount }),
  ];
  return (
    <Text size="sm" c="dimmed" data-testid="template-counts">
      {parts.join(' · ')}
    </Text>
  );
}

/** One template of the library: what it is for, how big it is, which version an owner would get. */
export function TemplateCard({ template }: { template: TemplateSummary }) {
  const tt = useTemplateT();
  const lang = useLang();
  const productTypeName = useProductTypeName();
  const version = template.latestVersion;
  return (
    <Card withBorder radius="lg" padding="md" data-testid="template-card">
      <Stack gap="xs" h="100%">
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Badge variant="light" color="leaf" style={{ flexShrink: 1, minWidth: 0 }}>
            {productTypeName(template.productType)}
          </Badge>
          <Text size="xs" c={version ? 'dimmed' : 'red.8'} style={{ whiteSpace: 'nowrap' }}>
            {version ? tt('templates.versionN', { number: version.number }) : tt('templates.allDeprecated')}
          </Text>
        </Group>
        <Title order={2} size="h4" data-testid="template-card-name">
          {template.name[lang] || template.name.vi}
        </Title>
        <Text size="sm" lineClamp={3}>
          {template.summary[lang] || template.summary.vi}
        </Text>
        <TemplateCounts template={template} />
        <Button
          component={Link}
          to={`/templates/${template.id}`}
          variant="light"
          size="md"
          mt="auto"
          fullWidth
          leftSection={<IconEye size={18} />}
          data-testid="template-card-open"
        >
          {tt('templates.open')}
        </Button>
      </Stack>
    </Card>
  );
}
