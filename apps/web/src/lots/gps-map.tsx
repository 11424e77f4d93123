import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { RecordView } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';
import { formatMeters, type GpsPlot, openStreetMapUrl, plotGpsPoints } from './gps-plot';

const width = 320;
const height = 200;
const padding = 24;

/** The plot itself: a north arrow, a scale bar, and a numbered dot per record linking to OpenStreetMap. */
function GpsPlotSvg({ plot, count }: { plot: GpsPlot; count: number }) {
  const t = useT();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="nguon-gps-map"
      role="img"
      aria-label={t('lots.map.label', { count })}
    >
      <text x={width - 10} y={18} textAnchor="end" fontSize="12" fill="#555">
        {t('lots.map.north')} ↑
      </text>
      <line
        x1={10}
        y1={height - 12}
        x2={10 + plot.scale.length}
        y2={height - 12}
        stroke="#333"
        strokeWidth={2}
      />
      <text x={10} y={height - 18} fontSize="11" fill="#333">
        {formatMeters(plot.scale.meters)}
      </text>
      {plot.points.map((point) => (
        <a key={point.label} href={openStreetMapUrl(point.lat, point.lon)} target="_blank" rel="noreferrer">
          <title>{t('lots.map.pointTitle', { n: point.label })}</title>
          <circle cx={point.x} cy={point.y} r={11} fill="#447c32" stroke="#fff" strokeWidth={2} />
          <text x={point.x} y={point.y + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff">
            {point.label}
          </text>
        </a>
      ))}
    </svg>
  );
}

/** Where the records were made, drawn in the page (no map tiles reach a LAN or a strict CSP); each dot opens OpenStreetMap. */
export function GpsMap({ records }: { records: RecordView[] }) {
  const t = useT();
  const located = records.flatMap((record) =>
    record.location
      ? [{ label: String(record.seq), lat: record.location.lat, lon: record.location.lon }]
      : [],
  );
  if (located.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="lot-map-empty">
        {t('lots.map.empty')}
      </Text>
    );
  }
  const plot = plotGpsPoints(located, width, height, padding);
  return (
    <Stack gap={6} data-testid="lot-map">
      <GpsPlotSvg plot={plot} count={located.length} />
      <Text size="xs" c="dimmed">
        {t('lots.map.note')}
      </Text>
      <Group gap="xs">
        {plot.points.map((point) => (
          <Anchor
            key={point.label}
            href={openStreetMapUrl(point.lat, point.lon)}
            target="_blank"
            rel="noreferrer"
            size="sm"
            data-testid={`lot-map-link-${point.label}`}
          >
            {t('lots.map.openPoint', { n: point.label })}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}
