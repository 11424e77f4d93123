import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TemplateCatalog, TemplateFile } from '@nguon/contracts/client';
import { useLang } from '../i18n/lang-store';
import { sampleItemRefs } from './template-form-context';
import { useTemplateT } from './template-messages';

function CatalogCard({ catalog }: { catalog: TemplateCatalog }) {
  const tt = useTemplateT();
  const lang = useLang();
  const items = sampleItemRefs(catalog);
  return (
    <Paper withBorder radius="lg" p="sm" data-testid="template-catalog">
      <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
        <Text fw={600}>{catalog.name[lang] || catalog.name.vi}</Text>
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
          {tt('templates.sampleItems', { count: items.length })}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tt('templates.noSamples')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {items.map((item) => (
            <List.Item key={item.id} data-testid="template-sample-item">
              {item.label}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** The catalogs a template brings, with the sample items the owner gets. */
export function TemplateCatalogs({ catalogs }: { catalogs: readonly TemplateCatalog[] }) {
  const tt = useTemplateT();
  if (catalogs.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-label={tt('templates.catalogs')}>
      <Title order={2} size="h3">
        {tt('templates.catalogs')}
      </Title>
      <Text size="sm" c="dimmed">
        {tt('templates.catalogsIntro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {catalogs.map((catalog) => (
          <CatalogCard key={catalog.key} catalog={catalog} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </Stack>
  );
}

/** The product an owner gets with the template, as its label and trace page will describe it. */
export function TemplateSampleProduct({ product }: { product: TemplateFile['sampleProduct'] }) {
  const tt = useTemplateT();
  const lang = useLang();
  const description = product.description?.[lang] || product.description?.vi;
  const facts = [
    product.netQuantity
      ? {
          label: tt('templates.netQuantity'),
          value: `${product.netQuantity.value} ${product.netQuantity.unit}`,
        }
      : null,
    product.shelfLifeDays
      ? {
          label: tt('templates.shelfLife'),
          value: tt('templates.shelfLifeDays', { count: product.shelfLifeDays }),
        }
      : null,
    product.lotCodePattern ? { label: tt('templates.lotCodePattern'), value: product.lotCodePattern } : null,
  ].flatMap((fact) => (fact ? [fact] : []));
  return (
    <Stack gap="sm" component="section" aria-label={tt('templates.sampleProduct')}>
      <Title order={2} size="h3">
        {tt('templates.sampleProduct')}
      </Title>
      <Paper withBorder radius="lg" p="sm" data-testid="template-sample-product">
        <Text fw={600}>{product.name[lang] || product.name.vi}</Text>
        <Text size="xs" c="dimmed" mb={description ? 4 : 'xs'}>
          {product.sku}
        </Text>
        {description && (
          <Text size="sm" mb="xs">
            {description}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {facts.map((fact) => (
            <Fact key={fact.label} label={fact.label} value={fact.value} />
          ))}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
