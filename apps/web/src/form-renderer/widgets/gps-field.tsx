import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCurrentLocation, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { formTranslate, type RendererFieldProps } from '../renderer-context';
import { DraftNumberInput } from './draft-number-input';
import { numberOf } from './number-value';

export interface GpsValue {
  lat: number;
  lon: number;
  accuracy?: number;
}

type LocateState = { status: 'idle' } | { status: 'locating' } | { status: 'failed'; reason: MessageKey };

type GpsParts = { lat?: number; lon?: number; accuracy?: number };

function partsOf(value: unknown): GpsParts {
  if (typeof value !== 'object' || value === null) return {};
  return {
    lat: 'lat' in value ? numberOf(value.lat) : undefined,
    lon: 'lon' in value ? numberOf(value.lon) : undefined,
    accuracy: 'accuracy' in value ? numberOf(value.accuracy) : undefined,
  };
}

const failureReason = (code: number): MessageKey =>
  code === 1
    ? 'formRenderer.gps.denied'
    : code === 3
      ? 'formRenderer.gps.timeout'
      : 'formRenderer.gps.unavailable';

/** One reading from the device, high accuracy, at most 20 s; the failure says what the clerk can do. */
function useLocate(onFound: (value: GpsValue) => void) {
  const [state, setState] = useState<LocateState>({ status: 'idle' });
  const locate = () => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setState({ status: 'failed', reason: 'formRenderer.gps.unsupported' });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setState({ status: 'idle' });
        onFound({ lat: coords.latitude, lon: coords.longitude, accuracy: Math.round(coords.accuracy) });
      },
      (error) => setState({ status: 'failed', reason: failureReason(error.code) }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  };
  return { state, locate };
}

/** Messages of the lat/lon sub-values (rjsf puts them under the field's errorSchema). */
function nestedErrors(props: RendererFieldProps, key: 'lat' | 'lon'): string | undefined {
  const entry: unknown = props.errorSchema ? Reflect.get(props.errorSchema, key) : undefined;
  if (typeof entry !== 'object' || entry === null || !('__errors' in entry)) return undefined;
  const errors = entry.__errors;
  return Array.isArray(errors) && errors.length > 0 ? errors.join(' ') : undefined;
}

interface CoordinateInputsProps {
  props: RendererFieldProps;
  value: GpsParts;
  editable: boolean;
  onTyped: (key: 'lat' | 'lon', entry: number | undefined) => void;
}

/** Latitude and longitude typed by hand, side by side (they fit in 360 px). */
function CoordinateInputs({ props, value, editable, onTyped }: CoordinateInputsProps) {
  const t = formTranslate(props.registry.formContext.lang);
  const id = props.fieldPathId.$id;
  return (
    <SimpleGrid cols={2} spacing="xs">
      {(['lat', 'lon'] as const).map((key) => (
        <DraftNumberInput
          key={key}
          id={`${id}_${key}`}
          label={t(`formRenderer.gps.${key}`)}
          value={value[key]}
          onNumberChange={(entry) => onTyped(key, entry)}
          decimalScale={7}
          readOnly={!editable}
          error={nestedErrors(props, key)}
          data-testid={`form-gps-${key}-${id}`}
        />
      ))}
    </SimpleGrid>
  );
}

/** gps fields: "Lấy vị trí" from the device with its accuracy, or coordinates typed by hand. */
export function GpsField(props: RendererFieldProps) {
  const { formData, onChange, fieldPathId, registry, disabled, readonly } = props;
  const t = formTranslate(registry.formContext.lang);
  const id = fieldPathId.$id;
  const value = partsOf(formData);
  const set = (next: GpsParts | undefined) => onChange(next, fieldPathId.path);
  const { state, locate } = useLocate(set);
  const editable = !disabled && !readonly;
  const typed = (key: 'lat' | 'lon', entry: number | undefined) => {
    const next = { lat: value.lat, lon: value.lon, [key]: entry };
    // a typed coordinate has no measured accuracy
    set(next.lat === undefined && next.lon === undefined ? undefined : next);
  };
  const located = value.lat !== undefined || value.lon !== undefined;
  return (
    <Stack gap="xs" id={id}>
      {editable && (
        <Group gap="xs" grow>
          <Button
            leftSection={<IconCurrentLocation size={20} />}
            onClick={locate}
            loading={state.status === 'locating'}
            data-testid={`form-gps-locate-${id}`}
          >
            {t('formRenderer.gps.locate')}
          </Button>
          {located && (
            <Button variant="default" leftSection={<IconX size={18} />} onClick={() => set(undefined)}>
              {t('formRenderer.gps.clear')}
            </Button>
          )}
        </Group>
      )}
      {state.status === 'locating' && <Text size="sm">{t('formRenderer.gps.locating')}</Text>}
      {state.status === 'failed' && (
        <Alert color="orange" role="alert" p="xs" data-testid={`form-gps-error-${id}`}>
          {t(state.reason)}
        </Alert>
      )}
      <CoordinateInputs props={props} value={value} editable={editable} onTyped={typed} />
      {value.accuracy !== undefined && (
        <Text size="sm" c="dimmed">
          {t('formRenderer.gps.accuracy', { meters: value.accuracy })}
        </Text>
      )}
    </Stack>
  );
}
