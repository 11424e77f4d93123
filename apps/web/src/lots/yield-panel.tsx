import { Alert, Group, Paper, Text } from '@mantine/core';
import type { YieldRange } from '@nguon/domain';
import { IconAlertTriangle, IconGauge } from '@tabler/icons-react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { formatQuantity } from './lot-text';
import type { YieldResult } from './transformation-draft';

function rangeText(range: YieldRange | null, t: ReturnType<typeof useT>): string | null {
  if (!range || (range.minPercent === null && range.maxPercent === null)) return null;
  if (range.minPercent !== null && range.maxPercent !== null) {
    return t('lots.yield.range', { min: range.minPercent, max: range.maxPercent });
  }
  return range.minPercent !== null
    ? t('lots.yield.rangeMin', { min: range.minPercent })
    : t('lots.yield.rangeMax', { max: range.maxPercent ?? '' });
}

/** Output over input as the clerk types, with a warning (not a refusal) outside the stage's declared range. */
export function YieldPanel({ result, range }: { result: YieldResult; range: YieldRange | null }) {
  const t = useT();
  const lang = useLang();
  const allowed = rangeText(range, t);
  const view = result?.ok ? result.yield : null;
  return (
    <Paper withBorder radius="lg" p="sm" data-testid="yield-panel">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconGauge size={22} />
        <div>
          {view && view.percent !== null ? (
            <Text fw={700} data-testid="yield-value">
              {t('lots.yield.value', {
                percent: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
                  maximumFractionDigits: 1,
                }).format(view.percent),
                out: formatQuantity(view.totalOut, view.unit, lang),
                in: formatQuantity(view.totalIn, view.unit, lang),
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('lots.yield.pending')}
            </Text>
          )}
          {allowed && (
            <Text size="sm" c="dimmed">
              {allowed}
            </Text>
          )}
        </div>
      </Group>
      {view?.flag && (
        <Alert mt="xs" color="orange" icon={<IconAlertTriangle size={20} />} data-testid="yield-warning">
          {t(view.flag === 'below' ? 'lots.yield.below' : 'lots.yield.above')}
        </Alert>
      )}
    </Paper>
  );
}
