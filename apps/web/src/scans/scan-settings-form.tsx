import { Button, Group, NumberInput, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ScanSettingsBody, ScanSettingsView } from '@nguon/contracts/client';
import { scanSignalLimits } from '@nguon/domain';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { useSaveScanSettings } from './scans-api';

const fields = ['countThreshold', 'spreadNetworks', 'spreadRegions', 'spreadHours'] as const;

const bodyOf = (view: ScanSettingsView): ScanSettingsBody => ({
  countThreshold: view.countThreshold,
  spreadNetworks: view.spreadNetworks,
  spreadRegions: view.spreadRegions,
  spreadHours: view.spreadHours,
});

/** The counterfeit thresholds: owners change them, others read them. */
export function ScanSettingsForm({
  settings,
  canChange,
}: {
  settings: ScanSettingsView;
  canChange: boolean;
}) {
  const t = useT();
  const save = useSaveScanSettings();
  const [draft, setDraft] = useState<ScanSettingsBody>(bodyOf(settings));
  useEffect(() => setDraft(bodyOf(settings)), [settings]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate(draft, {
      onSuccess: () => notifySuccess(t('scans.settings.saved')),
      onError: (error) => notifyProblem(error, t),
    });
  };

  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'md' }}
      component="form"
      onSubmit={submit}
      data-testid="scan-settings"
    >
      <Text fw={600}>{t('scans.settings')}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('scans.settingsIntro')} {settings.customized ? '' : t('scans.settings.defaults')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {fields.map((field) => (
          <NumberInput
            key={field}
            label={t(`scans.settings.${field}`)}
            value={draft[field]}
            min={scanSignalLimits[field].min}
            max={scanSignalLimits[field].max}
            allowDecimal={false}
            size="md"
            disabled={!canChange}
            data-testid={`scan-setting-${field}`}
            onChange={(value) => setDraft((current) => ({ ...current, [field]: Number(value) }))}
          />
        ))}
      </SimpleGrid>
      {canChange && (
        <Group justify="flex-end" mt="md">
          <Button type="submit" size="md" loading={save.isPending} data-testid="scan-settings-save">
            {t('scans.settings.save')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
