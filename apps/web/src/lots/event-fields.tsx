import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { RecordView } from '@nguon/contracts/client';
import { IconCurrentLocation, IconMapPinOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { eventTimeProblem, parseLocalInput, toLocalInput } from './event-time';

export type GpsPoint = NonNullable<RecordView['location']>;

export interface EventDraft {
  time: string;
  /** False while the clerk keeps the default "now": the server then stamps its own clock. */
  timeChanged: boolean;
  location: GpsPoint | null;
}

/** When and where the work was done, as a screen edits it. `initial` comes from a record being corrected. */
export function useEventDraft(initial?: { eventTime: string; location: GpsPoint | null }) {
  const t = useT();
  const [draft, setDraft] = useState<EventDraft>(() => ({
    time: toLocalInput(initial ? new Date(initial.eventTime) : new Date()),
    timeChanged: initial !== undefined,
    location: initial?.location ?? null,
  }));
  const [serverError, setServerError] = useState<string | undefined>();
  const problem = eventTimeProblem(draft.time, new Date());
  const error =
    serverError ??
    (problem === 'future'
      ? t('lots.event.future')
      : problem === 'invalid'
        ? t('lots.event.invalid')
        : undefined);
  return { draft, setDraft, error, setServerError, valid: problem === null };
}

export type EventDraftState = ReturnType<typeof useEventDraft>;

/** The body fields of an event; eventTime is left out while it is the default "now". */
export function eventBody(draft: EventDraft): { eventTime?: string; location: GpsPoint | null } {
  const time = draft.timeChanged ? parseLocalInput(draft.time) : null;
  return { ...(time ? { eventTime: time.toISOString() } : {}), location: draft.location };
}

const geoFailure = (code: number): MessageKey =>
  code === 1 ? 'lots.gps.denied' : code === 3 ? 'lots.gps.timeout' : 'lots.gps.unavailable';

function useLocate(onFound: (point: GpsPoint) => void) {
  const [state, setState] = useState<{ locating: boolean; failure: MessageKey | null }>({
    locating: false,
    failure: null,
  });
  const locate = () => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      return setState({ locating: false, failure: 'lots.gps.unsupported' });
    }
    setState({ locating: true, failure: null });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setState({ locating: false, failure: null });
        const accuracy = Math.min(100_000, Math.round(coords.accuracy));
        onFound({ lat: coords.latitude, lon: coords.longitude, accuracy });
      },
      (failure) => setState({ locating: false, failure: geoFailure(failure.code) }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  };
  return { ...state, locate };
}

function LocationLine({ point }: { point: GpsPoint }) {
  const t = useT();
  return (
    <Text size="sm" data-testid="event-location">
      {point.lat.toFixed(5)}, {point.lon.toFixed(5)}
      {point.accuracy !== undefined && ` · ${t('lots.gps.accuracy', { meters: point.accuracy })}`}
    </Text>
  );
}

/** The GPS reading, its buttons (take, take again, remove) and why a reading failed. */
function LocationControls({ event }: { event: EventDraftState }) {
  const t = useT();
  const { draft, setDraft } = event;
  const located = useLocate((location) => setDraft((old) => ({ ...old, location })));
  return (
    <>
      {draft.location && <LocationLine point={draft.location} />}
      <Group gap="xs" grow>
        <Button
          variant="light"
          leftSection={<IconCurrentLocation size={20} />}
          loading={located.locating}
          onClick={located.locate}
          data-testid="event-locate"
        >
          {t(draft.location ? 'lots.gps.again' : 'lots.gps.locate')}
        </Button>
        {draft.location && (
          <Button
            variant="default"
            leftSection={<IconMapPinOff size={20} />}
            onClick={() => setDraft((old) => ({ ...old, location: null }))}
            data-testid="event-location-clear"
          >
            {t('lots.gps.clear')}
          </Button>
        )}
      </Group>
      {located.failure && (
        <Text size="sm" c="red" role="alert">
          {t(located.failure)}
        </Text>
      )}
    </>
  );
}

/** Event time (defaults to now, never in the future) and an optional GPS reading, in one card. */
export function EventFields({ event, timeHint }: { event: EventDraftState; timeHint?: string }) {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('lots.event.title')}
        </Title>
        <TextInput
          type="datetime-local"
          label={t('lots.event.time')}
          description={timeHint ?? t('lots.event.timeHint')}
          value={event.draft.time}
          max={toLocalInput(new Date())}
          error={event.error}
          onChange={(change) => {
            const time = change.currentTarget.value;
            event.setServerError(undefined);
            event.setDraft((old) => ({ ...old, time, timeChanged: true }));
          }}
          data-testid="event-time"
        />
        <LocationControls event={event} />
      </Stack>
    </Paper>
  );
}
