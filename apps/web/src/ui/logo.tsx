import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconPlant2 } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';

/** The word mark "Nguồn" with a sprout. */
export function Logo({ size = 'xl' }: { size?: 'lg' | 'xl' | '2rem' }) {
  const t = useT();
  return (
    <Group gap={8} wrap="nowrap" data-testid="logo">
      <ThemeIcon size="lg" radius="md" variant="filled" aria-hidden>
        <IconPlant2 size={22} />
      </ThemeIcon>
      <Text fz={size} fw={750} c="leaf.9" lh={1}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
