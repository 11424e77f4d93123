import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { businessSteps, findBusinessStep, type StageKind } from '@nguon/domain';
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

interface BusinessStepSelectProps {
  value: string | null;
  /** The stage's kind, to suggest the one a step usually has; absent for a job, which has no kind. */
  kind?: StageKind;
  disabled: boolean;
  onChange: (uri: string | null) => void;
  onKindSuggested?: (kind: StageKind) => void;
  testId?: string;
}

/** The CBV 2.0 business steps and our farm steps, grouped and searchable; suggests the kind a step usually has. */
export function BusinessStepSelect({
  value,
  kind,
  disabled,
  onChange,
  onKindSuggested,
  testId = 'stage-business-step',
}: BusinessStepSelectProps) {
  const t = useT();
  const lang = useLang();
  const data = useMemo(() => {
    const items = (source: 'cbv' | 'nguon') =>
      businessSteps
        .filter((step) => step.source === source)
        .map((step) => ({ value: step.uri, label: `${step.label[lang]} · ${step.id}` }));
    return [
      { group: t('designer.stepGroupFarm'), items: items('nguon') },
      { group: t('designer.stepGroupCbv'), items: items('cbv') },
    ];
  }, [lang, t]);
  const step = value ? findBusinessStep(value) : undefined;
  const suggested = step && kind && step.defaultKind !== kind ? step.defaultKind : null;
  return (
    <Stack gap={4}>
      <Select
        label={t('designer.businessStep')}
        description={t('designer.businessStepHint')}
        placeholder={t('designer.businessStepNone')}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        clearable
        disabled={disabled}
        nothingFoundMessage={t('designer.nothingFound')}
        data-testid={testId}
      />
      {value && !step && (
        <Text size="xs" c="red">
          {t('designer.businessStepUnknown')}
        </Text>
      )}
      {suggested && onKindSuggested && !disabled && (
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t('designer.kindSuggested', { kind: t(`designer.kind.${suggested}`) })}
          </Text>
          <Button size="compact-xs" variant="light" onClick={() => onKindSuggested(suggested)}>
            {t('designer.kindApply')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
