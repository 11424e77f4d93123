import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { DetailsRefusal } from './details-save';
import { useDraftTabsT } from './editor-messages';

/** A refusal above the fields: a conflict with its way out, or what no field shows. */
export function DetailsRefusalAlert({
  refusal,
  unplaced,
  onReload,
  reloading,
}: {
  refusal: DetailsRefusal | null;
  unplaced: string[];
  onReload: () => void;
  reloading: boolean;
}) {
  const t = useDraftTabsT();
  if (refusal?.kind === 'conflict')
    return (
      <Alert
        color="orange"
        role="alert"
        title={t('templateDraftDetails.conflictTitle')}
        data-testid="details-conflict"
      >
        <Stack gap="xs">
          <Text size="sm">{refusal.message}</Text>
          <Text size="sm">{t('templateDraftDetails.reloadHint')}</Text>
          <Button
            size="md"
            variant="white"
            w="fit-content"
            loading={reloading}
            onClick={onReload}
            data-testid="details-reload"
          >
            {t('templateDraftDetails.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  if (refusal?.kind !== 'fields') return null;
  return (
    <Alert color="red" role="alert" title={t('templateDraftDetails.refused')} data-testid="details-refused">
      <Text size="sm">{refusal.message}</Text>
      {unplaced.length > 0 && (
        <List size="sm" mt="xs">
          {unplaced.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
