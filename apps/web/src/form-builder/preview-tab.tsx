import { Alert, Box, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { type Lang, languages } from '@nguon/contracts/client';
import type { StageForm } from '@nguon/domain';
import { IconEye } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { previewRendererContext } from '../form-renderer/preview-context';
import type { FormRendererContext } from '../form-renderer/renderer-context';
import { StageFormView } from '../form-renderer/stage-form-view';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

interface PreviewTabProps {
  form: StageForm;
  hasFields: boolean;
  hasProblems: boolean;
  catalogs: Array<{ id: string; name: { vi: string; en: string } }>;
  searchCatalog?: FormRendererContext['searchCatalog'];
}

function PreviewToolbar({
  lang,
  onLang,
  onReset,
}: {
  lang: Lang;
  onLang: (lang: Lang) => void;
  onReset: () => void;
}) {
  const t = useT();
  return (
    <Group justify="center" gap="sm">
      <Group gap={6} c="earth.8">
        <IconEye size={18} />
        <Text fw={600} size="sm" data-testid="fb-preview-note">
          {t('formBuilder.preview.note')}
        </Text>
      </Group>
      <SegmentedControl
        size="xs"
        value={lang}
        onChange={(value) => onLang(languages.find((candidate) => candidate === value) ?? 'vi')}
        data={languages.map((value) => ({ value, label: t(`lang.${value}`) }))}
        aria-label={t('lang.label')}
        data-testid="fb-preview-lang"
      />
      <Button variant="subtle" size="compact-sm" onClick={onReset} data-testid="fb-preview-reset">
        {t('formBuilder.preview.reset')}
      </Button>
    </Group>
  );
}

/** The form as a clerk will see it, in a 360 px phone frame, live; nothing typed here is saved. */
export function PreviewTab({ form, hasFields, hasProblems, catalogs, searchCatalog }: PreviewTabProps) {
  const t = useT();
  const [lang, setLang] = useState<Lang>(useLang());
  const [data, setData] = useState<unknown>({});
  const [valid, setValid] = useState(false);
  const context = useMemo(() => {
    const names = new Map(catalogs.map((catalog) => [catalog.id, catalog.name[lang] || catalog.name.vi]));
    const preview = previewRendererContext(lang, (id) => names.get(id) ?? id);
    return searchCatalog ? { ...preview, searchCatalog } : preview;
  }, [lang, catalogs, searchCatalog]);
  if (!hasFields || hasProblems) {
    return (
      <Text c="dimmed" data-testid="fb-preview-unavailable">
        {hasFields ? t('formBuilder.preview.unavailable') : t('formBuilder.preview.empty')}
      </Text>
    );
  }
  const reset = () => {
    setData({});
    setValid(false);
  };
  return (
    <Stack align="center" gap="sm">
      <PreviewToolbar lang={lang} onLang={setLang} onReset={reset} />
      <Box className="fb-phone" data-testid="fb-preview-frame">
        <StageFormView
          form={form}
          lang={lang}
          formData={data}
          onChange={(next) => {
            setData(next);
            setValid(false);
          }}
          onSubmit={() => setValid(true)}
          context={context}
          submitLabel={t('formBuilder.preview.submit')}
        />
      </Box>
      {valid && (
        <Alert color="leaf" data-testid="fb-preview-valid" maw={360}>
          {t('formBuilder.preview.valid')}
        </Alert>
      )}
    </Stack>
  );
}
