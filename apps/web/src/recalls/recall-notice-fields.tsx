import { Input, SegmentedControl, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useIsMobile } from '../ui/use-is-mobile';
import { type DraftField, type RecallDraft, severities } from './recall-draft';

type TextField = 'reasonVi' | 'reasonEn' | 'instructionsVi' | 'instructionsEn';

const textFields: { field: TextField; label: MessageKey }[] = [
  { field: 'reasonVi', label: 'recalls.form.reasonVi' },
  { field: 'reasonEn', label: 'recalls.form.reasonEn' },
  { field: 'instructionsVi', label: 'recalls.form.instructionsVi' },
  { field: 'instructionsEn', label: 'recalls.form.instructionsEn' },
];

interface NoticeFieldsProps {
  draft: RecallDraft;
  change: (next: Partial<RecallDraft>) => void;
  errorOf: (field: DraftField) => string | undefined;
}

/** What consumers will read, in Vietnamese and English, who to contact, and how severe it is. */
export function RecallNoticeFields({ draft, change, errorOf }: NoticeFieldsProps) {
  const t = useT();
  const isMobile = useIsMobile();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {textFields.map(({ field, label }) => (
          <Textarea
            key={field}
            label={t(label)}
            required
            autosize
            minRows={2}
            value={draft[field]}
            onChange={(event) => change({ [field]: event.currentTarget.value })}
            error={errorOf(field)}
            data-testid={`recall-${field}`}
          />
        ))}
      </SimpleGrid>
      <TextInput
        label={t('recalls.form.contact')}
        required
        value={draft.contact}
        onChange={(event) => change({ contact: event.currentTarget.value })}
        error={errorOf('contact')}
        data-testid="recall-contact"
      />
      <Input.Wrapper label={t('recalls.severity')}>
        <SegmentedControl
          fullWidth
          orientation={isMobile ? 'vertical' : 'horizontal'}
          size="md"
          mt={4}
          value={draft.severity}
          data={severities.map((value) => ({ value, label: t(`recalls.severity.${value}`) }))}
          onChange={(value) => change({ severity: severities.find((s) => s === value) ?? 'high' })}
          data-testid="recall-severity"
        />
      </Input.Wrapper>
    </>
  );
}
