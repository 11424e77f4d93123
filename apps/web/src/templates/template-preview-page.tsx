import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError, type TemplateView } from '@nguon/contracts/client';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useProductTypeName } from './product-type-name';
import { useTemplate } from './template-api';
import { TemplateCounts } from './template-card';
import { TemplateCatalogs, TemplateSampleProduct } from './template-catalogs';
import { templateFormContext } from './template-form-context';
import { useTemplateT } from './template-messages';
import { TemplateStages } from './template-stages';
import { DeprecatedNotice, TemplateVersions } from './template-versions';
import { UseTemplateAction } from './use-template-action';

function versionOf(search: URLSearchParams): number | null {
  const text = search.get('version') ?? '';
  return /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : null;
}

function BackLink() {
  const tt = useTemplateT();
  return (
    <Anchor component={Link} to="/templates" size="sm" mb="xs" display="inline-block" py={6}>
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} />
        {tt('templates.back')}
      </Group>
    </Anchor>
  );
}

/** The guide as the expert wrote it: paragraphs split on blank lines. */
function Guide({ text }: { text: string }) {
  const tt = useTemplateT();
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-label={tt('templates.guide')}
    >
      <Title order={2} size="h3" mb="xs">
        {tt('templates.guide')}
      </Title>
      <Stack gap="xs" data-testid="template-guide">
        {text
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim() !== '')
          .map((paragraph) => (
            <Text key={paragraph} size="sm" style={{ whiteSpace: 'pre-line' }}>
              {paragraph.trim()}
            </Text>
          ))}
      </Stack>
    </Paper>
  );
}

function TemplatePreview({ template }: { template: TemplateView }) {
  const lang = useLang();
  const productTypeName = useProductTypeName();
  const { file } = template;
  const context = useMemo(() => templateFormContext(file.catalogs), [file.catalogs]);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
        <Stack gap="lg">
          <Guide text={file.guide[lang] || file.guide.vi} />
          <TemplateStages file={file} context={context} />
          <TemplateCatalogs catalogs={file.catalogs} />
          <TemplateSampleProduct product={file.sampleProduct} />
          <TemplateVersions templateId={template.id} shownNumber={template.version.number} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light" color="leaf">
              {productTypeName(template.productType)}
            </Badge>
            <TemplateCounts template={template} />
          </Group>
          <DeprecatedNotice version={template.version} />
          <UseTemplateAction template={template} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** `/templates/:id` (`?version=`): everything an owner needs to judge a template before using it. */
export function TemplatePreviewPage() {
  const tt = useTemplateT();
  const lang = useLang();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const template = useTemplate(id, versionOf(search));
  const notFound = template.error instanceof ApiError && template.error.status === 404;
  const data = template.data;
  return (
    <>
      <BackLink />
      {data ? (
        <>
          <PageHeader
            title={data.name[lang] || data.name.vi}
            description={data.summary[lang] || data.summary.vi}
          />
          <TemplatePreview template={data} />
        </>
      ) : notFound ? (
        <Text data-testid="template-not-found">{tt('templates.notFound')}</Text>
      ) : (
        <QueryState
          isPending={template.isPending}
          error={template.error}
          onRetry={() => template.refetch()}
        />
      )}
    </>
  );
}
