import { Badge, Group, Text } from '@mantine/core';
import type { ProcessTemplateLink } from '@nguon/contracts/client';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

/** "From template X, version N" under a process's name, with a hint when a newer version waits. */
export function TemplateOrigin({ link }: { link: ProcessTemplateLink }) {
  const t = useT();
  const lang = useLang();
  return (
    <Group gap={6} data-testid="process-template-origin">
      <Text size="xs" c="dimmed">
        {t('templateUpdate.origin', { name: link.name[lang] || link.name.vi, number: link.baseVersion })}
      </Text>
      {link.updateAvailable && link.latestVersion !== null && (
        <Badge size="xs" color="blue" variant="light">
          {t('templateUpdate.originNew', { number: link.latestVersion })}
        </Badge>
      )}
    </Group>
  );
}
