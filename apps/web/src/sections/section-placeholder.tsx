import { EmptyState, Paper, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';

export const placeholderSections = ['templates'] as const;
export type PlaceholderSection = (typeof placeholderSections)[number];

const icons: Record<PlaceholderSection, ComponentType<{ size?: number }>> = {
  templates: IconTemplate,
};

/** An honest page for a section a later version builds: what it will hold, that it is not there yet, no made-up data. */
export function SectionPlaceholder({ section }: { section: PlaceholderSection }) {
  const t = useT();
  const Icon = icons[section];
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} />
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="section-placeholder">
        <EmptyState
          variant="light"
          color="earth"
          icon={<Icon size={32} />}
          title={t('section.notYet')}
          description={t(`section.${section}`)}
        >
          <Text size="sm" c="dimmed" maw={520}>
            {t('section.notYetBody')}
          </Text>
        </EmptyState>
      </Paper>
    </>
  );
}
