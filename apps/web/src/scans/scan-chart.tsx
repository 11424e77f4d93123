import { Box, Group, Text } from '@mantine/core';
import type { ScanStatistics } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';

const width = 720;
const height = 180;

/** Scans per day as plain SVG bars: no chart library for one series; each bar says its figure on hover and to readers. */
export function ScanChart({ stats }: { stats: Pick<ScanStatistics, 'days' | 'from' | 'to'> }) {
  const t = useT();
  const most = Math.max(1, ...stats.days.map((day) => day.scans));
  const step = width / Math.max(1, stats.days.length);
  const bar = Math.max(1, step * 0.8);
  const plot = height;
  return (
    <Box>
      <Text fw={600} mb="xs">
        {t('scans.chartTitle')}
      </Text>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={160}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('scans.chartAria', { from: stats.from, to: stats.to })}
        data-testid="scan-chart"
        style={{ display: 'block' }}
      >
        <line x1={0} x2={width} y1={plot - 0.5} y2={plot - 0.5} stroke="var(--mantine-color-gray-4)" />
        {stats.days.map((day, index) => {
          const barHeight = (day.scans / most) * (plot - 4);
          return (
            <rect
              key={day.day}
              x={index * step + (step - bar) / 2}
              y={plot - barHeight}
              width={bar}
              height={barHeight}
              rx={Math.min(3, bar / 3)}
              fill="var(--mantine-color-leaf-6, var(--mantine-color-green-6))"
              data-testid="scan-bar"
            >
              <title>{t('scans.dayBar', { day: day.day, count: day.scans })}</title>
            </rect>
          );
        })}
      </svg>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {stats.from}
        </Text>
        <Text size="xs" c="dimmed">
          {t('scans.chartMost', { count: most })}
        </Text>
        <Text size="xs" c="dimmed">
          {stats.to}
        </Text>
      </Group>
    </Box>
  );
}
