import { Button, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { LabelLayout, LabelLayoutField } from '@nguon/domain';
import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../lots/submit-bar';
import { LabelLayoutPreview } from './label-layout-preview';
import { sampleLabel } from './label-sample';
import {
  type DraftProblem,
  type LayoutDraft,
  type LayoutDraftField,
  longestQrModules,
  readLayoutDraft,
} from './layout-draft';

interface LabelLayoutEditorProps {
  draft: LayoutDraft;
  onChange: (patch: Partial<LayoutDraft>) => void;
  /** The server's messages by field, shown where the local check has nothing to say. */
  serverErrors: Partial<Record<LayoutDraftField, string>>;
  notice: string | null;
  saving: boolean;
  /** Called with the layout once the local check passes; the draft stays as typed whatever the answer. */
  onSave: (layout: LabelLayout) => void;
  /** Called instead when the local check refuses: the parent shows every problem, "required" included. */
  onRefused: () => void;
  showErrors: boolean;
}

const groups: { title: 'page' | 'label' | 'grid' | 'spacing'; fields: LabelLayoutField[] }[] = [
  { title: 'page', fields: ['pageWidthMm', 'pageHeightMm'] },
  { title: 'label', fields: ['labelWidthMm', 'labelHeightMm'] },
  { title: 'grid', fields: ['columns', 'rows'] },
  { title: 'spacing', fields: ['marginTopMm', 'marginLeftMm', 'gapXMm', 'gapYMm'] },
];

/** Name and the ten numbers of a sheet or roll, checked as typed, with the page and one label drawn beside. */
export function LabelLayoutEditor(props: LabelLayoutEditorProps) {
  const t = useT();
  const { draft, onChange, serverErrors, showErrors } = props;
  const modules = useMemo(() => longestQrModules(window.location.origin), []);
  const { layout, errors } = readLayoutDraft(draft, modules);
  const sample = sampleLabel(window.location.origin, {
    gtin14: null,
    lotCode: null,
    productName: t('labels.preview.sampleProduct'),
  });
  const message = (problem: DraftProblem | undefined) =>
    problem ? t(problem.key, problem.values) : undefined;
  // range and fit faults show as soon as typed; "required" only after a save was tried
  const errorOf = (field: LayoutDraftField) => {
    const local = errors[field];
    const shown = local && (showErrors || local.key !== 'common.required') ? message(local) : undefined;
    return shown ?? serverErrors[field];
  };
  return (
    <Stack gap="sm" data-entry-screen>
      <TextInput
        label={t('labels.layouts.name')}
        required
        maxLength={80}
        value={draft.name}
        error={errorOf('name')}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        data-testid="layout-name"
      />
      {groups.map((group) => (
        <Stack key={group.title} gap={4}>
          <Text size="sm" fw={600}>
            {t(`labels.layouts.section.${group.title}`)}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: group.fields.length > 2 ? 4 : 2 }} spacing="xs">
            {group.fields.map((field) => (
              <TextInput
                key={field}
                label={t(`labels.layouts.field.${field}`)}
                inputMode="decimal"
                autoComplete="off"
                value={draft[field]}
                error={errorOf(field)}
                onChange={(event) => onChange({ [field]: event.currentTarget.value })}
                data-testid={`layout-${field}`}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
      {layout && <LabelLayoutPreview layout={layout} sample={sample} />}
      <ProblemNotice message={props.notice} />
      <Button
        size="lg"
        fullWidth
        loading={props.saving}
        onClick={() =>
          layout && Object.keys(errors).length === 0 ? props.onSave(layout) : props.onRefused()
        }
        data-testid="layout-save"
      >
        {t('labels.layouts.save')}
      </Button>
    </Stack>
  );
}
