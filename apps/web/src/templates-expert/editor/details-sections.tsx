import {
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { Lang, TemplateDraftDetails } from '@nguon/contracts/client';
import type { ReactNode } from 'react';
import { useLang } from '../../i18n/lang-store';
import { ProductTypeSelect, parseProductType } from '../../processes/list/product-type-select';
import {
  type DetailsEdits,
  keywordsMax,
  noteValue,
  pointerPart,
  type TextField,
  textValue,
} from './details-form';
import type { DraftTabMessageKey } from './editor-messages';
import { useDraftTabsT } from './editor-messages';
import type { TemplateDraftPartProps } from './editor-parts';

/** What every section of the tab gets: the latest details, the unsaved edits and the errors by pointer. */
export interface DetailsSectionProps {
  details: TemplateDraftDetails;
  edits: DetailsEdits;
  errors: Record<string, string>;
  readOnly: boolean;
  /** Applies an edit; `pointers` are the fields it touches (their errors go). */
  change: (pointers: string[], update: (edits: DetailsEdits) => DetailsEdits) => void;
}

export function DetailsSection({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }} data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const labelKeys: Record<TextField, Record<Lang, DraftTabMessageKey>> = {
  name: { vi: 'templateDraftDetails.nameVi', en: 'templateDraftDetails.nameEn' },
  summary: { vi: 'templateDraftDetails.summaryVi', en: 'templateDraftDetails.summaryEn' },
  guide: { vi: 'templateDraftDetails.guideVi', en: 'templateDraftDetails.guideEn' },
  processName: { vi: 'templateDraftDetails.processNameVi', en: 'templateDraftDetails.processNameEn' },
};
const multiline: Record<TextField, number> = { name: 0, summary: 2, guide: 5, processName: 0 };

/** One bilingual text of the template, Vietnamese first; long ones in growing text areas. */
function TextPair({
  field,
  description,
  ...props
}: DetailsSectionProps & { field: TextField; description?: string }) {
  const t = useDraftTabsT();
  const input = (lang: Lang) => {
    const pointer = `/${field}/${lang}`;
    const common = {
      label: t(labelKeys[field][lang]),
      description: lang === 'vi' ? description : undefined,
      required: lang === 'vi' && field === 'processName',
      value: textValue(props.details, props.edits, field, lang),
      readOnly: props.readOnly,
      error: props.errors[pointer],
      'data-testid': `details-${field}-${lang}`,
      onChange: (event: { currentTarget: { value: string } }) => {
        const value = event.currentTarget.value;
        props.change([pointer], (edits) => ({
          ...edits,
          texts: { ...edits.texts, [`${field}.${lang}`]: value },
        }));
      },
    };
    return multiline[field] > 0 ? (
      <Textarea key={lang} autosize minRows={multiline[field]} maxRows={16} {...common} />
    ) : (
      <TextInput key={lang} {...common} />
    );
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: multiline[field] > 2 ? 1 : 2 }} spacing="sm">
      {input('vi')}
      {input('en')}
    </SimpleGrid>
  );
}

export function TemplateFacts(props: DetailsSectionProps) {
  const t = useDraftTabsT();
  return (
    <DetailsSection title={t('templateDraftDetails.section.template')} testId="details-template">
      <Stack gap="sm">
        <ProductTypeSelect
          label={t('templateDraftDetails.productType')}
          required
          readOnly={props.readOnly}
          value={props.edits.productType ?? props.details.productType}
          error={props.errors['/productType']}
          onChange={(value) => {
            const productType = parseProductType(value);
            if (productType) props.change(['/productType'], (edits) => ({ ...edits, productType }));
          }}
          data-testid="details-product-type"
        />
        <TextPair field="name" {...props} />
        <TextPair field="summary" {...props} />
        <TagsInput
          label={t('templateDraftDetails.keywords')}
          description={t('templateDraftDetails.keywordsHint')}
          value={props.edits.keywords ?? props.details.keywords}
          maxTags={keywordsMax}
          readOnly={props.readOnly}
          error={props.errors['/keywords']}
          onChange={(keywords) =>
            props.change(['/keywords'], (edits) => ({
              ...edits,
              keywords: keywords.map((word) => word.trim()).filter((word) => word !== ''),
            }))
          }
          data-testid="details-keywords"
        />
        <TextPair field="guide" description={t('templateDraftDetails.guideHint')} {...props} />
      </Stack>
    </DetailsSection>
  );
}

export function ProcessFacts(props: DetailsSectionProps) {
  const t = useDraftTabsT();
  return (
    <DetailsSection title={t('templateDraftDetails.section.process')} testId="details-process">
      <TextPair field="processName" description={t('templateDraftDetails.processNameHint')} {...props} />
    </DetailsSection>
  );
}

type Stage = TemplateDraftPartProps['stages'][number];

function noteState(note: { vi: string; en: string }): 'missing' | 'half' | 'done' {
  const filled = [note.vi, note.en].filter((text) => text.trim() !== '').length;
  return filled === 0 ? 'missing' : filled === 1 ? 'half' : 'done';
}

/** One language's note of a stage. */
function StageNoteArea({
  stage,
  noteLang,
  ...props
}: DetailsSectionProps & { stage: Stage; noteLang: Lang }) {
  const t = useDraftTabsT();
  const note = noteValue(props.details, props.edits, stage.id);
  const pointer = `/stageNotes/${pointerPart(stage.id)}/${noteLang}`;
  return (
    <Textarea
      label={t(noteLang === 'vi' ? 'templateDraftDetails.noteVi' : 'templateDraftDetails.noteEn')}
      autosize
      minRows={2}
      maxRows={12}
      value={note[noteLang]}
      readOnly={props.readOnly}
      error={props.errors[pointer]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        props.change([pointer], (edits) => ({
          ...edits,
          notes: { ...edits.notes, [stage.id]: { ...edits.notes[stage.id], [noteLang]: value } },
        }));
      }}
      data-testid={`details-note-${stage.key}-${noteLang}`}
    />
  );
}

function StageNote({ stage, ...props }: DetailsSectionProps & { stage: Stage }) {
  const t = useDraftTabsT();
  const lang = useLang();
  const state = noteState(noteValue(props.details, props.edits, stage.id));
  return (
    <Stack gap="xs" data-testid={`details-note-${stage.key}`} data-note={state}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text fw={600}>{stage.name[lang] || stage.name.vi}</Text>
        {state !== 'done' && (
          <Badge color={state === 'missing' ? 'orange' : 'yellow'} variant="light" style={{ flexShrink: 0 }}>
            {t(state === 'missing' ? 'templateDraftDetails.noteMissing' : 'templateDraftDetails.noteHalf')}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <StageNoteArea stage={stage} noteLang="vi" {...props} />
        <StageNoteArea stage={stage} noteLang="en" {...props} />
      </SimpleGrid>
    </Stack>
  );
}

export function StageNotes({ stages, ...props }: DetailsSectionProps & { stages: readonly Stage[] }) {
  const t = useDraftTabsT();
  const lacking = stages.filter(
    (stage) => noteState(noteValue(props.details, props.edits, stage.id)) !== 'done',
  );
  return (
    <DetailsSection title={t('templateDraftDetails.section.notes')} testId="details-notes">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('templateDraftDetails.notesIntro')}
        </Text>
        {stages.length === 0 && <Text size="sm">{t('templateDraftDetails.notesEmpty')}</Text>}
        {lacking.length > 0 && (
          <Text size="sm" c="orange.8" data-testid="details-notes-missing">
            {t('templateDraftDetails.notesMissing', { count: lacking.length })}
          </Text>
        )}
        {stages.map((stage) => (
          <StageNote key={stage.id} stage={stage} {...props} />
        ))}
      </Stack>
    </DetailsSection>
  );
}
