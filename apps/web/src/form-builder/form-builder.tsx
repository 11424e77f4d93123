import { Alert, Stack, Tabs, Text } from '@mantine/core';
import type { StageForm } from '@nguon/domain';
import { emptyFormModel, type FormProblem } from '@nguon/forms';
import { IconCode, IconEye, IconTools } from '@tabler/icons-react';
import { useState } from 'react';
import type { FormRendererContext } from '../form-renderer/renderer-context';
import { useT } from '../i18n/use-t';
import { BuildTab } from './build-tab';
import { JsonTab } from './json-tab';
import { PreviewTab } from './preview-tab';
import { ProblemsPanel } from './problems-panel';
import { useBuilderActions } from './use-builder-actions';
import { useFormModel } from './use-form-model';
import './builder.css';

export interface FormBuilderCatalog {
  id: string;
  name: { vi: string; en: string };
}

export interface FormBuilderProps {
  form: StageForm;
  /** Called with the newly compiled form after every edit; the parent keeps it (and the undo history). */
  onChange: (form: StageForm) => void;
  readOnly?: boolean;
  catalogs: FormBuilderCatalog[];
  /** Lets the owner create a catalog from a lookup field; `chosen` is called with the new catalog's id. */
  onCreateCatalog?: (chosen: (catalogId: string) => void) => void;
  /** Real catalog items for the preview's lookups; without it the preview shows sample items. */
  searchCatalog?: FormRendererContext['searchCatalog'];
}

type Tab = 'build' | 'preview' | 'json';
const emptyModel = emptyFormModel();

function TabList({ parsed }: { parsed: boolean }) {
  const t = useT();
  return (
    <Tabs.List grow>
      <Tabs.Tab
        value="build"
        disabled={!parsed}
        leftSection={<IconTools size={18} />}
        data-testid="fb-tab-build"
      >
        {t('formBuilder.tab.build')}
      </Tabs.Tab>
      <Tabs.Tab
        value="preview"
        disabled={!parsed}
        leftSection={<IconEye size={18} />}
        data-testid="fb-tab-preview"
      >
        {t('formBuilder.tab.preview')}
      </Tabs.Tab>
      <Tabs.Tab value="json" leftSection={<IconCode size={18} />} data-testid="fb-tab-json">
        {t('formBuilder.tab.json')}
      </Tabs.Tab>
    </Tabs.List>
  );
}

function BuilderNotices({ readOnly, parseProblems }: { readOnly: boolean; parseProblems: FormProblem[] }) {
  const t = useT();
  return (
    <>
      {readOnly && (
        <Alert color="blue" data-testid="fb-readonly">
          {t('formBuilder.readOnly')}
        </Alert>
      )}
      {parseProblems.length > 0 && (
        <Stack gap="xs">
          <ProblemsPanel
            problems={parseProblems}
            model={null}
            color="red"
            title={t('formBuilder.unparsable.title')}
            testId="fb-unparsable"
          />
          <Text size="sm">{t('formBuilder.unparsable.body')}</Text>
        </Stack>
      )}
    </>
  );
}

/** The owner's form designer for one stage: fields, properties, conditions, a live phone preview and the JSON. */
export function FormBuilder(props: FormBuilderProps) {
  const { form, onChange, readOnly = false, catalogs, searchCatalog } = props;
  const state = useFormModel(form, onChange);
  const actions = useBuilderActions(state.model ?? emptyModel, state.change);
  const [tab, setTab] = useState<Tab>('build');
  const pick = (value: string | null) => {
    if (value === 'build' || value === 'preview' || value === 'json') setTab(value);
  };
  const { model } = state;
  return (
    <Stack gap="md" className="fb-root" data-testid="form-builder">
      <BuilderNotices readOnly={readOnly} parseProblems={model ? [] : state.parseProblems} />
      {/* a form that does not parse can only be mended in the JSON tab */}
      <Tabs value={model ? tab : 'json'} onChange={pick} keepMounted={false}>
        <TabList parsed={model !== null} />
        <Tabs.Panel value="build" pt="md">
          {model && (
            <BuildTab
              model={model}
              problems={state.problems}
              heldProblems={state.heldProblems}
              actions={actions}
              catalogs={catalogs}
              onCreateCatalog={props.onCreateCatalog}
              readOnly={readOnly}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <PreviewTab
            form={form}
            hasFields={(model?.fields.length ?? 0) > 0}
            hasProblems={state.problems.length > 0}
            catalogs={catalogs}
            searchCatalog={searchCatalog}
          />
        </Tabs.Panel>
        <Tabs.Panel value="json" pt="md">
          <JsonTab form={form} readOnly={readOnly} onApply={state.change} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
