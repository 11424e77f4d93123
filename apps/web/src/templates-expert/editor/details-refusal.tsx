import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { TemplateDraftView } from '@nguon/contracts/client';
import { useLang } from '../../i18n/lang-store';
import type { DetailsRefusal } from './details-save';
import { useDraftTabsT } from './editor-messages';
import { problemPlaceWords, wordedProblem } from './problem-place-words';

/** A field error no field shows, by the path it names (into the details part). */
export interface UnplacedError {
  path: string;
  message: string;
}

/** "Place: message", or the message alone when it has no place to name. */
const placedMessage = (place: string | null, message: string) =>
  place === null ? message : `${place}: ${message}`;

/** Someone else saved first: their change, and the way to take it without losing what was typed here. */
function ConflictAlert({
  message,
  onReload,
  reloading,
}: {
  message: string;
  onReload: () => void;
  reloading: boolean;
}) {
  const t = useDraftTabsT();
  return (
    <Alert
      color="orange"
      role="alert"
      title={t('templateDraftDetails.conflictTitle')}
      data-testid="details-conflict"
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
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
}

/** The server's refusal, its pointers named in words (experts never see the file's JSON). */
function FieldsRefusalAlert({
  message,
  unplaced,
  draft,
}: {
  message: string;
  unplaced: readonly UnplacedError[];
  draft: TemplateDraftView;
}) {
  const t = useDraftTabsT();
  const lang = useLang();
  const word = (error: UnplacedError) => wordedProblem(error, draft, lang).message;
  return (
    <Alert color="red" role="alert" title={t('templateDraftDetails.refused')} data-testid="details-refused">
      <Text size="sm">{word({ message, path: '' })}</Text>
      {unplaced.length > 0 && (
        <List size="sm" mt="xs">
          {unplaced.map((error) => (
            <List.Item key={`${error.path}:${error.message}`}>
              {placedMessage(problemPlaceWords(error.path, draft, lang), word(error))}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** A refusal above the fields: a conflict with its way out, or what no field shows. */
export function DetailsRefusalAlert({
  refusal,
  unplaced,
  draft,
  onReload,
  reloading,
}: {
  refusal: DetailsRefusal | null;
  unplaced: readonly UnplacedError[];
  draft: TemplateDraftView;
  onReload: () => void;
  reloading: boolean;
}) {
  if (refusal?.kind === 'conflict')
    return <ConflictAlert message={refusal.message} onReload={onReload} reloading={reloading} />;
  if (refusal?.kind !== 'fields') return null;
  return <FieldsRefusalAlert message={refusal.message} unplaced={unplaced} draft={draft} />;
}
