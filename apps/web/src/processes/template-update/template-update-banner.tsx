import { Alert, Button, Group, Text } from '@mantine/core';
import type { ProcessTemplateLink } from '@nguon/contracts/client';
import { IconRefresh } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

// the drawer and its diff load on the first click only, to keep the designer's script within its budget
const TemplateUpdateDrawer = lazy(async () => ({
  default: (await import('./template-update-drawer')).TemplateUpdateDrawer,
}));

interface TemplateUpdateBannerProps {
  processId: string;
  link: ProcessTemplateLink;
  /** The draft revision the owner's choice applies to. */
  revision: number;
  /** Changes are taken only into a saved draft, so no autosave races the reload after them. */
  draftSaved: boolean;
  /** After taking changes: the designer loads the draft again. */
  onTaken: () => void;
}

/** "Template X has a new version N" over the canvas, with the way to see and take the changes. */
export function TemplateUpdateBanner(props: TemplateUpdateBannerProps) {
  const { processId, link, revision, draftSaved, onTaken } = props;
  const t = useT();
  const lang = useLang();
  const [opened, setOpened] = useState(false);
  const name = link.name[lang] || link.name.vi;
  return (
    <Alert color="blue" icon={<IconRefresh size={20} />} mb="sm" data-testid="template-update-banner">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('templateUpdate.available', { name, number: link.latestVersion ?? link.baseVersion })}
        </Text>
        <Button size="md" variant="white" onClick={() => setOpened(true)} data-testid="template-update-open">
          {t('templateUpdate.see')}
        </Button>
      </Group>
      {opened && (
        <Suspense fallback={null}>
          <TemplateUpdateDrawer
            processId={processId}
            name={name}
            revision={revision}
            draftSaved={draftSaved}
            onClose={() => setOpened(false)}
            onTaken={onTaken}
          />
        </Suspense>
      )}
    </Alert>
  );
}
